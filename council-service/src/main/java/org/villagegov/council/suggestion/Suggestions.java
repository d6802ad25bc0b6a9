package org.villagegov.council.suggestion;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.time.CountyTime;

/** Each step of a suggestion as one call: load what the caller may act on, take the step, save. */
@Service
class Suggestions {

    private final MongoTemplate mongo;
    private final SuggestionQueries queries;
    private final PlaceGuard places;
    private final Escalation escalation;
    private final CountyTime time;

    Suggestions(MongoTemplate mongo, SuggestionQueries queries, PlaceGuard places, Escalation escalation, CountyTime time) {
        this.mongo = mongo;
        this.queries = queries;
        this.places = places;
        this.escalation = escalation;
        this.time = time;
    }

    /** A villager or grid worker speaks for households of their own village only. */
    Suggestion raise(SuggestionController.NewSuggestion request, PlatformUser user) {
        HouseholdPlace household = places.householdOf(request.householdId(),
                user.village() == null ? "\u0000none" : user.village(), "householdId");
        String role = user.hasRole(Roles.GRID_WORKER) ? "GRID_WORKER" : "VILLAGER";
        return mongo.insert(Suggestion.raise(household.townshipId(), household.villageId(), household.householdId(),
                request.title(), request.content(), user.subject(), role, time.today(), time.now()));
    }

    Suggestion solveOnSpot(String id, String solution, PlatformUser user) {
        Suggestion suggestion = queries.visible(id, user);
        suggestion.solveOnSpot(solution, time.today(), time.now());
        return mongo.save(suggestion);
    }

    Suggestion assign(String id, SuggestionController.Assign request, PlatformUser user) {
        Suggestion suggestion = queries.visible(id, user);
        suggestion.assign(request.assignee(), request.deadline(), time.today(), time.now());
        escalation.expect();  // before the assignment is stored, so that no crash leaves it unswept
        return mongo.save(suggestion);
    }

    Suggestion answer(String id, String feedback, PlatformUser user) {
        Suggestion suggestion = queries.visible(id, user);
        suggestion.answer(feedback, time.today(), time.now());
        return mongo.save(suggestion);
    }

    Suggestion notFeasible(String id, String reason, PlatformUser user) {
        Suggestion suggestion = queries.visible(id, user);
        suggestion.notFeasible(reason, time.today(), time.now());
        return mongo.save(suggestion);
    }

    Suggestion rate(String id, int rating, PlatformUser user) {
        Suggestion suggestion = queries.visible(id, user);
        suggestion.rate(rating, user.subject());
        return mongo.save(suggestion);
    }

    /**
     * {@link Suggestion#discussedAt} for each, as one conditional update per suggestion: only a
     * still-RAISED one moves on, whatever happened meanwhile.
     */
    void discussedAt(String meetingId, List<String> suggestionIds) {
        for (String id : suggestionIds) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("status").is(Suggestion.Status.RAISED)),
                    new Update().set("status", Suggestion.Status.DISCUSSED).set("meetingId", meetingId).inc("version", 1),
                    Suggestion.class);
        }
    }
}
