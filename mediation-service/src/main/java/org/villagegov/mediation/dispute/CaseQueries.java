package org.villagegov.mediation.dispute;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.data.MongoPages;

/** The case queries: every read takes the caller's scope ({@link CaseAccess#scope}) as one of its criteria. */
@Component
class CaseQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by("_id"));

    private final MongoTemplate mongo;
    private final CasesWithDeadlines deadlines;

    CaseQueries(MongoTemplate mongo, CasesWithDeadlines deadlines) {
        this.mongo = mongo;
        this.deadlines = deadlines;
    }

    /** The filters of the case list; null means "any". */
    record Filter(MediationCase.Status status, Level level, Category category, String townshipId, String villageId) {

        List<Criteria> criteria() {
            List<Criteria> filters = new ArrayList<>();
            if (status != null) {
                filters.add(Criteria.where("status").is(status));
            }
            if (level != null) {
                filters.add(Criteria.where("level").is(level));
            }
            if (category != null) {
                filters.add(Criteria.where("category").is(category));
            }
            if (townshipId != null) {
                filters.add(Criteria.where("townshipId").is(townshipId));
            }
            if (villageId != null) {
                filters.add(Criteria.where("villageId").is(villageId));
            }
            return filters;
        }
    }

    MediationCase byId(String id, Criteria scope) {
        return mongo.findOne(Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), scope)),
                MediationCase.class);
    }

    /** One page of the cases matching the filter within the scope, newest first (the id breaks ties, so pages never overlap). */
    Page<MediationCase> page(Filter filter, Criteria scope, Pageable pageable) {
        List<Criteria> all = filter.criteria();
        all.add(scope);
        return MongoPages.find(mongo, Query.query(new Criteria().andOperator(all)), pageable, NEWEST_FIRST,
                MediationCase.class);
    }

    /** Open cases flagged as a petition or violence risk, oldest first. */
    List<MediationCase> flagged(Criteria scope) {
        Query query = Query.query(new Criteria().andOperator(scope, Criteria.where("risk").ne(null),
                Criteria.where("status").ne(MediationCase.Status.CLOSED))).with(Sort.by("openedAt"));
        return mongo.find(query, MediationCase.class).stream().filter(c -> c.risk() != null).toList();
    }

    /** Every case write goes through here or {@link #insert}: the county is marked for the deadline check first. */
    MediationCase save(MediationCase c) {
        deadlines.expect(c);
        return mongo.save(c);
    }

    MediationCase insert(MediationCase c) {
        deadlines.expect(c);
        return mongo.insert(c);
    }
}
