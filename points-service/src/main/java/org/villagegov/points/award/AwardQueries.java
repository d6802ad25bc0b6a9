package org.villagegov.points.award;

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

/** How awards are listed: newest proposal first, inside a scope the place guard made. */
@Component
class AwardQueries {

    private final MongoTemplate mongo;

    AwardQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Page<Award> page(Criteria scope, Award.Status status, String householdId, int page, int size) {
        List<Criteria> filters = new ArrayList<>(List.of(scope));
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        if (householdId != null) {
            filters.add(Criteria.where("householdId").is(householdId));
        }
        return page(new Criteria().andOperator(filters), page, size);
    }

    /** The village board: awards in their notice period. */
    Page<Award> board(Criteria scope, int page, int size) {
        return page(new Criteria().andOperator(scope, Criteria.where("status").is(Award.Status.APPROVED)), page, size);
    }

    private Page<Award> page(Criteria criteria, int page, int size) {
        var pageable = PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "proposedAt"));
        var found = mongo.find(Query.query(criteria).with(pageable), Award.class);
        return PageableExecutionUtils.getPage(found, pageable, () -> mongo.count(Query.query(criteria), Award.class));
    }
}
