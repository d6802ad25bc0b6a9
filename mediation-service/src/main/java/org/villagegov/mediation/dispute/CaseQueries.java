package org.villagegov.mediation.dispute;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.web.PageResponse;

/** The case queries: every read takes the caller's scope ({@link CaseAccess#scope}) as one of its criteria. */
@Component
class CaseQueries {

    private final MongoTemplate mongo;

    CaseQueries(MongoTemplate mongo) {
        this.mongo = mongo;
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

    /**
     * One page of the cases matching the filter within the scope, newest first. The offset is
     * long arithmetic and a page past the end answers empty without asking the database to skip
     * billions of documents.
     */
    PageResponse<MediationCase> page(Filter filter, Criteria scope, int page, int size) {
        List<Criteria> all = filter.criteria();
        all.add(scope);
        Query query = Query.query(new Criteria().andOperator(all));
        long total = mongo.count(query, MediationCase.class);
        long offset = (long) page * size;
        List<MediationCase> found = offset >= total ? List.of()
                : mongo.find(query.with(Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by("_id"))).skip(offset).limit(size),
                MediationCase.class);
        int pages = (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
        return new PageResponse<>(found, page, size, total, pages);
    }

    /** Open cases flagged as a petition or violence risk, oldest first. */
    List<MediationCase> flagged(Criteria scope) {
        Query query = Query.query(new Criteria().andOperator(scope, Criteria.where("risk").ne(null),
                Criteria.where("status").ne(MediationCase.Status.CLOSED))).with(Sort.by("openedAt"));
        return mongo.find(query, MediationCase.class).stream().filter(c -> c.risk() != null).toList();
    }

    MediationCase save(MediationCase c) {
        return mongo.save(c);
    }

    MediationCase insert(MediationCase c) {
        return mongo.insert(c);
    }
}
