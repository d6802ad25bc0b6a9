package org.villagegov.mediation.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.Level;

/** The deadline queries: cases past a deadline, follow-ups due, and the once-only flag of a county-level failure. */
@Component
class DeadlineQueries {

    private final MongoTemplate mongo;

    DeadlineQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The cases past a deadline as of today (the database's pre-selection; {@link MediationCase#overdue} decides). */
    private static Criteria pastADeadline(LocalDate today) {
        return new Criteria().orOperator(
                Criteria.where("status").is(MediationCase.Status.OPEN).and("acceptanceDeadline").lt(today),
                Criteria.where("status").is(MediationCase.Status.IN_MEDIATION).and("resolutionDeadline").lt(today),
                Criteria.where("status").is(MediationCase.Status.FAILED).and("failureDeadline").lt(today));
    }

    /** Every case of the county past a deadline: the deadline check's candidates. */
    List<MediationCase> overdue(LocalDate today) {
        return mongo.find(Query.query(pastADeadline(today)), MediationCase.class);
    }

    /** The overdue cases within the scope, oldest first, by level and township when given. */
    List<MediationCase> overdue(Criteria scope, LocalDate today, Level level, String townshipId) {
        List<Criteria> filters = new ArrayList<>(List.of(scope, pastADeadline(today)));
        if (level != null) {
            filters.add(Criteria.where("level").is(level));
        }
        if (townshipId != null) {
            filters.add(Criteria.where("townshipId").is(townshipId));
        }
        return mongo.find(Query.query(new Criteria().andOperator(filters)).with(Sort.by("openedAt")), MediationCase.class);
    }

    /** Agreements within the scope whose follow-up is due and not recorded, the longest due first. */
    List<MediationCase> followUpsDue(Criteria scope, LocalDate today) {
        Query query = Query.query(new Criteria().andOperator(scope,
                Criteria.where("status").is(MediationCase.Status.AGREED), Criteria.where("followUp").is(null),
                Criteria.where("followUpDue").lte(today))).with(Sort.by("followUpDue"));
        return mongo.find(query, MediationCase.class);
    }

    /** Marks a failed case overdue unless it already is (or changed): true for the one caller that marked it. */
    boolean flagFailedOnce(String caseId, LocalDate today) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)
                        .and("status").is(MediationCase.Status.FAILED).and("overdueFlaggedOn").is(null)),
                new Update().set("overdueFlaggedOn", today), MediationCase.class).getModifiedCount() == 1;
    }
}
