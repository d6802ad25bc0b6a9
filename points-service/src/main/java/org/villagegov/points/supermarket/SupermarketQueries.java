package org.villagegov.points.supermarket;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.data.MongoPages;
import org.springframework.stereotype.Component;

/** How the shelves and the receipts are listed, inside a scope the place guard made. */
@Component
class SupermarketQueries {

    private final MongoTemplate mongo;

    SupermarketQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Items by name. */
    Page<Item> items(Criteria scope, Pageable pageable) {
        return MongoPages.find(mongo, Query.query(scope), pageable, Sort.by("name"), Item.class);
    }

    /** Receipts, newest first. */
    Page<Redemption> redemptions(Criteria scope, String householdId, Redemption.Status status, Pageable pageable) {
        List<Criteria> filters = new ArrayList<>(List.of(scope));
        if (householdId != null) {
            filters.add(Criteria.where("householdId").is(householdId));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        return MongoPages.find(mongo, Query.query(criteria), pageable, Sort.by(Sort.Direction.DESC, "createdAt"), Redemption.class);
    }
}
