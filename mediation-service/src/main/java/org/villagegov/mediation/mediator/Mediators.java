package org.villagegov.mediation.mediator;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.dispute.Category;
import org.villagegov.mediation.dispute.Level;

/**
 * The directory as other features need it: a mediator's entry, their caseload and the
 * suggestion for a case. The caseload is counted from the cases themselves (open or in
 * mediation, assigned to the mediator), so it can never drift from them.
 */
@Component
public class Mediators {

    /** Case statuses that keep a mediator busy. */
    static final List<String> ACTIVE_STATUSES = List.of("OPEN", "IN_MEDIATION");

    private final MongoTemplate mongo;

    Mediators(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Mediator> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Mediator.class));
    }

    /** The directory entry of the calling mediator's account, if any. */
    public Optional<Mediator> byUser(String subject) {
        return subject == null ? Optional.empty()
                : Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("userId").is(subject)), Mediator.class));
    }

    public long caseload(String mediatorId) {
        return mongo.count(Query.query(Criteria.where("mediatorId").is(mediatorId).and("status").in(ACTIVE_STATUSES)),
                "cases");
    }

    /**
     * The least-loaded active mediator with the case's level, place and category as a specialty;
     * ties go to the name, then the id, so the suggestion is stable.
     */
    public Optional<Mediator> suggest(Level level, String townshipId, String villageId, Category category) {
        Map<Mediator, Long> loads = new HashMap<>();
        mongo.find(Query.query(Criteria.where("active").is(true).and("level").is(level)), Mediator.class).stream()
                .filter(m -> m.serves(level, townshipId, villageId) && m.specialties().contains(category))
                .forEach(m -> loads.put(m, caseload(m.id())));
        return loads.keySet().stream().min(Comparator.comparingLong((Mediator m) -> loads.get(m))
                .thenComparing(Mediator::name).thenComparing(Mediator::id));
    }

    /** May this mediator be assigned a case of this level and place at all (override or not)? */
    public boolean mayServe(Mediator mediator, Level level, String townshipId, String villageId) {
        return mediator.active() && mediator.serves(level, townshipId, villageId);
    }
}
