package org.villagegov.points.award;

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

/** How awards are listed: newest proposal first, inside a scope the place guard made. */
@Component
class AwardQueries {

    private final MongoTemplate mongo;

    AwardQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Page<Award> page(Criteria scope, Award.Status status, String householdId, Pageable pageable) {
        List<Criteria> filters = new ArrayList<>(List.of(scope));
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        if (householdId != null) {
            filters.add(Criteria.where("householdId").is(householdId));
        }
        return page(new Criteria().andOperator(filters), pageable);
    }

    /** The village board: awards in their notice period. */
    Page<Award> board(Criteria scope, Pageable pageable) {
        return page(new Criteria().andOperator(scope, Criteria.where("status").is(Award.Status.APPROVED)), pageable);
    }

    private Page<Award> page(Criteria criteria, Pageable pageable) {
        return MongoPages.find(mongo, Query.query(criteria), pageable, Sort.by(Sort.Direction.DESC, "proposedAt"), Award.class);
    }
}
