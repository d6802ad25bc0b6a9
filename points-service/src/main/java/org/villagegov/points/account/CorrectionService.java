package org.villagegov.points.account;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.villagegov.platform.data.MongoPages;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.config.PointsProperties;

/**
 * Corrections of passbooks: proposed by one person, approved or rejected by another, posted
 * once. A household's corrections of one county month may move at most
 * {@code points.correction-monthly-limit} points in absolute value; a proposal holds its place
 * under the limit (so parallel proposals cannot pass it together), a rejection gives it back.
 */
@Service
class CorrectionService {

    static final String LIMITS = "correction_limits";

    private final MongoTemplate mongo;
    private final Ledger ledger;
    private final Outbox outbox;
    private final PlaceGuard places;
    private final PointsProperties properties;
    private final CountyTime time;

    CorrectionService(MongoTemplate mongo, Ledger ledger, Outbox outbox, PlaceGuard places, PointsProperties properties,
                      CountyTime time) {
        this.mongo = mongo;
        this.ledger = ledger;
        this.outbox = outbox;
        this.places = places;
        this.properties = properties;
        this.time = time;
    }

    Correction propose(String householdId, long amount, Correction.Category category, String reason, PlatformUser user) {
        if (amount == 0) {
            throw new RuleViolationException("amount", "A correction changes the balance");
        }
        HouseholdPlace household = places.visibleHousehold(householdId, user);
        String id = UUID.randomUUID().toString();
        String limitKey = householdId + "|" + YearMonth.from(time.today());
        if (!takeLimit(limitKey, Math.abs(amount), id)) {
            throw new RuleViolationException("amount", "Corrections of household " + householdId + " may move at most "
                    + properties.correctionMonthlyLimit() + " points a month");
        }
        Correction correction = Correction.propose(id, householdId, household.townshipId(), household.villageId(),
                household.gridId(), amount, category, reason, limitKey, user.subject(), time.now());
        try {
            return mongo.insert(correction);
        } catch (RuntimeException e) {
            giveBackLimit(limitKey, Math.abs(amount), id);
            throw e;
        }
    }

    /**
     * PROPOSED -> POSTING (conditional: one decider wins), the entry posted under its own id,
     * then APPROVED. A deduction the balance no longer covers goes back to PROPOSED. A correction
     * left in POSTING by a crash is finished by approving it again; the entry posts once.
     */
    Correction approve(String id, PlatformUser user) {
        Correction correction = visible(id, user);
        correction.checkApprovable(user.subject());
        if (correction.awaitsClaim()) {
            boolean claimed = mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Correction.Status.PROPOSED)),
                    new Update().set("status", Correction.Status.POSTING).set("decidedBy", user.subject())
                            .set("decidedAt", Date.from(time.now())).inc("version", 1), Correction.class)
                    .getModifiedCount() == 1;
            if (!claimed) {
                throw new ConflictException("Correction " + id + " was decided meanwhile");
            }
        }
        correction = mongo.findById(id, Correction.class);
        // a deduction needs cover: the ledger refuses it rather than overdraw the passbook
        if (ledger.post(correction.posting()) == Ledger.Outcome.REFUSED) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Correction.Status.POSTING)),
                    new Update().set("status", Correction.Status.PROPOSED).unset("decidedBy").unset("decidedAt")
                            .inc("version", 1), Correction.class);
            throw new RuleViolationException("amount", "The balance does not cover this deduction");
        }
        // correction.approved goes in the write that ends POSTING, so it is raised once however often
        // an approval is repeated; the indicators refresh the village from it
        Update approved = new Update().set("status", Correction.Status.APPROVED).inc("version", 1);
        outbox.append(approved, "correction.approved", correction.approvedEvent(), time.now());
        if (mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Correction.Status.POSTING)),
                approved, Correction.class).getModifiedCount() == 1) {
            outbox.nudge(Correction.class);
        }
        return mongo.findById(id, Correction.class);
    }

    Correction reject(String id, String reason, PlatformUser user) {
        Correction correction = visible(id, user);
        correction.reject(user.subject(), reason, time.now());
        Correction saved = mongo.save(correction);
        giveBackLimit(saved.limitKey(), Math.abs(saved.amount()), saved.id());
        return saved;
    }

    /** Newest first, in the caller's scope, narrowed by the filters the query names (each checked by the guard). */
    Page<Correction> list(String villageId, String householdId, Correction.Status status, Pageable pageable,
                          PlatformUser user) {
        List<Criteria> filters = new ArrayList<>(List.of(places.listScope(user, villageId)));
        if (householdId != null) {
            places.householdFilter(householdId, user, "householdId");
            filters.add(Criteria.where("householdId").is(householdId));
        }
        if (status != null) {
            filters.add(Criteria.where("status").is(status));
        }
        return MongoPages.find(mongo, Query.query(new Criteria().andOperator(filters)), pageable,
                Sort.by(Sort.Direction.DESC, "proposedAt"), Correction.class);
    }

    Correction visible(String id, PlatformUser user) {
        Correction correction = mongo.findById(id, Correction.class);
        if (correction == null || !user.mayAccess(correction.townshipId(), correction.villageId())) {
            throw new NotFoundException("Correction", id);
        }
        return correction;
    }

    private boolean takeLimit(String key, long amount, String taker) {
        long limit = properties.correctionMonthlyLimit();
        if (amount > limit) {
            return false;
        }
        Query room = Query.query(Criteria.where("_id").is(key).and("total").lte(limit - amount).and("takers").ne(taker));
        Update take = new Update().inc("total", amount).push("takers", taker);
        try {
            var result = mongo.upsert(room, take, LIMITS);
            return result.getModifiedCount() == 1 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException fullOrRace) {
            // the counter exists: either there is no room left or it was created just now by another proposal
            return mongo.updateFirst(room, take, LIMITS).getModifiedCount() == 1;
        }
    }

    private void giveBackLimit(String key, long amount, String taker) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("takers").is(taker)),
                new Update().inc("total", -amount).pull("takers", taker), LIMITS);
    }
}
