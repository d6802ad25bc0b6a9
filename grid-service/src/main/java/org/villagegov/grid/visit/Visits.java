package org.villagegov.grid.visit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/** Pairings, visit logs, overdue contacts (none in the last 7 days) and follow-up tasks. */
@Service
class Visits {

    static final int CONTACT_EVERY_DAYS = 7;
    /** Counties run on China Standard Time; "this week" and "today" are theirs. */
    private final MongoTemplate mongo;
    private final Clock clock;

    Visits(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Pairing pair(String memberSubject, String memberName, String householdId, PlatformUser user) {
        Document household = householdInScope("householdId", householdId, user);
        Pairing pairing = new Pairing(Pairing.idOf(memberSubject, householdId), memberSubject, memberName, householdId,
                household.getString("townshipId"), household.getString("villageId"), today());
        try {
            return mongo.insert(pairing);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("This member is already paired with household '" + householdId + "'");
        }
    }

    List<Pairing> pairings(String villageId, PlatformUser user) {
        return mongo.find(Query.query(scope(user, villageId)), Pairing.class);
    }

    Visit log(String householdId, LocalDate visitedOn, String notes, String issuesFound, PlatformUser user) {
        Document household = householdInScope("householdId", householdId, user);
        if (visitedOn.isAfter(today())) {
            throw new RuleViolationException("visitedOn", "A visit cannot be logged for a future day");
        }
        Visit visit = mongo.insert(Visit.log(UUID.randomUUID().toString(), householdId, user.subject(),
                household.getString("townshipId"), household.getString("villageId"), visitedOn, notes, issuesFound));
        mongo.updateMulti(Query.query(Criteria.where("householdId").is(householdId).and("closedByVisitId").is(null)),
                new Update().set("closedByVisitId", visit.id()), FollowUpTask.class);
        return visit;
    }

    List<Visit> history(String householdId, PlatformUser user) {
        householdInScope("householdId", householdId, user);
        return mongo.find(Query.query(Criteria.where("householdId").is(householdId))
                .with(Sort.by(Sort.Direction.DESC, "visitedOn")), Visit.class);
    }

    /** Paired households whose member has not contacted them in the last 7 days. */
    List<Pairing> overdue(String villageId, PlatformUser user) {
        LocalDate since = today().minusDays(CONTACT_EVERY_DAYS - 1L);
        Set<String> contacted = mongo.find(Query.query(scope(user, villageId).and("visitedOn").gte(since)), Visit.class)
                .stream()
                .map(visit -> Pairing.idOf(visit.memberSubject(), visit.householdId()))
                .collect(Collectors.toSet());
        return pairings(villageId, user).stream().filter(pairing -> !contacted.contains(pairing.id())).toList();
    }

    boolean inGrid(String householdId, String gridId) {
        Document membership = mongo.findById(householdId, Document.class, "grid_memberships");
        return membership != null && gridId.equals(membership.getString("microGridId"));
    }

    List<FollowUpTask> openFollowUps(String villageId, PlatformUser user) {
        return mongo.find(Query.query(scope(user, villageId).and("closedByVisitId").is(null)), FollowUpTask.class);
    }

    /** From an event: idempotent by the task id the event determines. */
    void followUp(String taskId, String householdId, String reason, String source) {
        Document household = mongo.findById(householdId, Document.class, "households");
        if (household == null) {
            return;
        }
        try {
            mongo.insert(new FollowUpTask(taskId, householdId, household.getString("townshipId"),
                    household.getString("villageId"), reason, source, Instant.now(clock), null));
        } catch (DuplicateKeyException alreadyCreated) {
            // the same event again: the task exists
        }
    }

    private Document householdInScope(String field, String householdId, PlatformUser user) {
        Document household = mongo.findById(householdId, Document.class, "households");
        if (household == null || !user.mayAccess(household.getString("townshipId"), household.getString("villageId"))) {
            throw new RuleViolationException(field, "No household '" + householdId + "' you may visit");
        }
        return household;
    }

    /** The caller's scope, narrowed to one village if asked; another village than one's own matches nothing. */
    private static Criteria scope(PlatformUser user, String villageId) {
        if (user.isCountyWide()) {
            return villageId == null ? new Criteria() : Criteria.where("villageId").is(villageId);
        }
        if (user.hasRole(Roles.TOWNSHIP_OFFICER)) {
            Criteria criteria = Criteria.where("townshipId").is(String.valueOf(user.township()));
            return villageId == null ? criteria : criteria.and("villageId").is(villageId);
        }
        String own = String.valueOf(user.village());
        if (villageId != null && !villageId.equals(own)) {
            return Criteria.where("villageId").in(List.of());
        }
        return Criteria.where("villageId").is(own);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CountyTime.ZONE));
    }
}
