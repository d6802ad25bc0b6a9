package org.villagegov.points.rule;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.data.MongoPages;
import org.springframework.stereotype.Component;

/** How the catalogue is listed: by id, county rules and the overrides inside a scope. */
@Component
class RuleQueries {

    private final MongoTemplate mongo;

    RuleQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** County rules for everyone, village overrides only inside {@code scope}; with a village, only its overrides. */
    Page<Rule> page(Criteria scope, String villageId, Pageable pageable) {
        Criteria visible = new Criteria().orOperator(Criteria.where("villageId").is(null),
                new Criteria().andOperator(Criteria.where("villageId").ne(null), scope));
        Query query = Query.query(villageId == null ? visible
                : new Criteria().andOperator(visible, Criteria.where("villageId").in(villageId, null)));
        return MongoPages.find(mongo, query, pageable, Sort.by("_id"), Rule.class);
    }
}
