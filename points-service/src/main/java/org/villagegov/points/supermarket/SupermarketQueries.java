package org.villagegov.points.supermarket;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/** How the shelves and the receipts are listed, inside a scope the place guard made. */
@Component
class SupermarketQueries {

    private final MongoTemplate mongo;

    SupermarketQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Items by name. */
    Page<Item> items(Criteria scope, int page, int size) {
        var pageable = PageRequest.of(page, size, Sort.by("name"));
        var found = mongo.find(Query.query(scope).with(pageable), Item.class);
        return PageableExecutionUtils.getPage(found, pageable, () -> mongo.count(Query.query(scope), Item.class));
    }

    /** Receipts, newest first. */
    Page<Redemption> redemptions(Criteria scope, String householdId, Redemption.Status status, int page, int size) {
        List<Criteria> filters = new ArrayList<>(List.of(scope));
        if (householdId != null) {
            filters.add(Criteria.where("householdId").is(householdId));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        Criteria criteria = new Criteria().andOperator(filters);
        var pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt"));
        var found = mongo.find(Query.query(criteria).with(pageable), Redemption.class);
        return PageableExecutionUtils.getPage(found, pageable, () -> mongo.count(Query.query(criteria), Redemption.class));
    }
}
