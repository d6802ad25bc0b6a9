package org.villagegov.grid.visit;

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
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.PlaceKind;
import org.villagegov.platform.messaging.Outbox;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.security.PlatformUser;

/** Pairings, visit logs, overdue contacts (none in the last 7 days) and follow-up tasks. */
@Service
class Visits {

    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final GridPeople people;
    private final CountyTime time;
    private final Outbox outbox;

    Visits(MongoTemplate mongo, PlaceGuard places, GridPeople people, CountyTime time, Outbox outbox) {
        this.mongo = mongo;
        this.places = places;
        this.people = people;
        this.time = time;
        this.outbox = outbox;
    }

    /** The member must be someone who can log the household's visits: a grid worker or cadre of its village. */
    Pairing pair(String memberSubject, String memberName, String householdId, PlatformUser user) {
        HouseholdPlace household = places.household(householdId, user, "householdId");
        if (!people.mayVisit(memberSubject, household)) {
            throw new RuleViolationException("memberSubject", "No grid worker or cadre '" + memberSubject
                    + "' of this household's village: they must have signed in to the grid with that role first");
        }
        Pairing pairing = Pairing.pair(memberSubject, memberName, householdId, household.townshipId(),
                household.villageId(), time.today(), time.now());
        try {
            return mongo.insert(pairing);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("This member is already paired with household '" + householdId + "'");
        }
    }

    List<Pairing> pairings(String villageId, PlatformUser user) {
        return mongo.find(Query.query(scope(user, villageId)), Pairing.class);
    }

    /**
     * A visit by the caller, or by a paired member whose visit a cadre enters for them
     * ({@code onBehalfOf}): it counts for that member's pairing and says who entered it. It
     * closes the household's open follow-ups created up to the day visited, not later ones.
     */
    Visit log(String householdId, LocalDate visitedOn, String notes, String issuesFound, String onBehalfOf,
              PlatformUser user) {
        HouseholdPlace household = places.household(householdId, user, "householdId");
        VisitRules.refuseFutureDay(visitedOn, time.today());
        String member = VisitRules.countedMember(user, onBehalfOf,
                paired -> mongo.findById(Pairing.idOf(paired, householdId), Pairing.class) != null);
        Visit visit = mongo.insert(Visit.log(UUID.randomUUID().toString(), householdId, member, user.subject(),
                household.townshipId(), household.villageId(), visitedOn, notes, issuesFound));
        // the tasks' own event: visit.logged may be consumed before this update lands
        Update close = new Update().set("closedByVisitId", visit.id()).set("closedOn", time.today());
        outbox.append(close, "follow-up.closed", new FollowUpTask.FollowUpClosed(householdId, household.townshipId(),
                household.villageId(), visit.id(), time.today()), time.now());
        if (mongo.updateMulti(Query.query(Criteria.where("householdId").is(householdId).and("closedByVisitId").is(null)
                        .and("createdAt").lt(VisitRules.closesFollowUpsCreatedBefore(visitedOn))),
                close, FollowUpTask.class).getModifiedCount() > 0) {
            outbox.nudge(FollowUpTask.class);
        }
        return visit;
    }

    List<Visit> history(String householdId, PlatformUser user) {
        places.household(householdId, user, "householdId");
        return mongo.find(Query.query(Criteria.where("householdId").is(householdId))
                .with(Sort.by(Sort.Direction.DESC, "visitedOn")), Visit.class);
    }

    /** Paired households whose member has not contacted them in the last 7 days. */
    List<Pairing> overdue(String villageId, PlatformUser user) {
        LocalDate since = VisitRules.contactWindowStart(time.today());
        Set<String> contacted = mongo.find(Query.query(scope(user, villageId).and("visitedOn").gte(since)), Visit.class)
                .stream()
                .map(visit -> Pairing.idOf(visit.memberSubject(), visit.householdId()))
                .collect(Collectors.toSet());
        return pairings(villageId, user).stream().filter(pairing -> !contacted.contains(pairing.id())).toList();
    }

    /** Overdue pairings, narrowed to one member and / or one micro-grid (which must be one the caller may see). */
    List<Pairing> overdue(String villageId, String memberSubject, String gridId, PlatformUser user) {
        Set<String> inGrid = gridId == null ? null : householdsOfGrid(gridId, user);
        return overdue(villageId, user).stream()
                .filter(pairing -> memberSubject == null || memberSubject.equals(pairing.memberSubject()))
                .filter(pairing -> inGrid == null || inGrid.contains(pairing.householdId()))
                .toList();
    }

    /** Paired households, contacted this week, overdue, and the share contacted. */
    Coverage coverage(String villageId, PlatformUser user) {
        return Coverage.of(pairings(villageId, user).size(), overdue(villageId, user).size());
    }

    /** The weekly contact of a village (or the caller's scope). */
    record Coverage(int pairedHouseholds, int contactedThisWeek, int overdue, double coveragePercent) {

        static Coverage of(int paired, int overdue) {
            double percent = paired == 0 ? 100.0 : Math.round(1000.0 * (paired - overdue) / paired) / 10.0;
            return new Coverage(paired, paired - overdue, overdue, percent);
        }
    }

    private Set<String> householdsOfGrid(String gridId, PlatformUser user) {
        places.place(gridId, PlaceKind.MICRO_GRID, user, "gridId");
        return mongo.find(Query.query(Criteria.where("microGridId").is(gridId)), Document.class, "grid_memberships")
                .stream().map(membership -> membership.getString("_id")).collect(Collectors.toSet());
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
            mongo.insert(FollowUpTask.create(taskId, householdId, household.getString("townshipId"),
                    household.getString("villageId"), reason, source, time.now()));
        } catch (DuplicateKeyException alreadyCreated) {
            // the same event again: the task exists
        }
    }

    /** The caller's scope, narrowed to one village if asked; a village they may not see is refused naming the field. */
    private Criteria scope(PlatformUser user, String villageId) {
        if (villageId != null) {
            places.village(villageId, user, "villageId");
        }
        return ScopeCriteria.of(user, villageId);
    }
}
