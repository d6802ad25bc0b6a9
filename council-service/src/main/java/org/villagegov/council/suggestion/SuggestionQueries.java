package org.villagegov.council.suggestion;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.council.config.Scope;
import org.villagegov.platform.data.MongoPages;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/** The suggestions a caller may read (a villager: the ones they raised), the overdue ones and the figures. */
@Component
class SuggestionQueries {

    /** The seed's figures: raised, solved on the spot, assigned, and how many were solved in time. */
    record Figures(long raised, long awaitingMeeting, long discussed, long solvedOnSpot, long assigned, long answered,
                   long solvedOnTime, long overdue, double onTimePercent, Double averageRating) {
    }

    private final MongoTemplate mongo;
    private final PlaceGuard places;
    private final CountyTime time;

    SuggestionQueries(MongoTemplate mongo, PlaceGuard places, CountyTime time) {
        this.mongo = mongo;
        this.places = places;
        this.time = time;
    }

    Page<Suggestion> list(String villageId, Suggestion.Status status, Boolean escalated, Pageable pageable,
                          PlatformUser user) {
        Criteria criteria = places.listScope(user, villageId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (escalated != null) {
            // the township's desk: assigned suggestions the village let run past their deadline
            criteria = criteria.and("escalatedToTownship").is(escalated);
        }
        if (Scope.isVillagerOnly(user)) {
            // a suggestion may name a neighbour's problem: villagers see only their own
            criteria = criteria.and("raisedBy").is(user.subject());
        }
        return MongoPages.find(mongo, Query.query(criteria), pageable, Sort.by(Sort.Direction.DESC, "raisedAt"),
                Suggestion.class);
    }

    /** Assigned suggestions past their deadline in county time. */
    List<Suggestion> overdue(String villageId, PlatformUser user) {
        LocalDate today = time.today();
        Criteria criteria = places.listScope(user, villageId).and("status").is(Suggestion.Status.ASSIGNED);
        return mongo.find(Query.query(criteria), Suggestion.class).stream().filter(s -> s.overdue(today)).toList();
    }

    Figures figures(String villageId, PlatformUser user) {
        LocalDate today = time.today();
        List<Suggestion> all = mongo.find(Query.query(places.listScope(user, villageId)), Suggestion.class);
        long onSpot = all.stream().filter(s -> s.status() == Suggestion.Status.SOLVED_ON_SPOT).count();
        long assigned = all.stream().filter(s -> s.status() == Suggestion.Status.ASSIGNED
                || s.status() == Suggestion.Status.ANSWERED).count();
        long answered = all.stream().filter(s -> s.status() == Suggestion.Status.ANSWERED).count();
        long onTime = all.stream().filter(s -> Boolean.TRUE.equals(s.onTime())).count();
        long overdue = all.stream().filter(s -> s.overdue(today)).count();
        var ratings = all.stream().filter(s -> s.rating() != null).mapToInt(Suggestion::rating).summaryStatistics();
        long handled = onSpot + assigned;
        return new Figures(all.size(), all.stream().filter(s -> s.status() == Suggestion.Status.RAISED).count(),
                all.stream().filter(s -> s.status() == Suggestion.Status.DISCUSSED).count(), onSpot, assigned, answered,
                onTime, overdue, handled == 0 ? 0.0 : Math.round(1000.0 * onTime / handled) / 10.0,
                ratings.getCount() == 0 ? null : Math.round(ratings.getAverage() * 10) / 10.0);
    }

    /** Out of scope, or raised by someone else when a villager asks: not found. */
    Suggestion visible(String id, PlatformUser user) {
        Suggestion suggestion = mongo.findById(id, Suggestion.class);
        if (suggestion == null || !user.mayAccess(suggestion.townshipId(), suggestion.villageId())
                || (Scope.isVillagerOnly(user) && !suggestion.raisedBy().equals(user.subject()))) {
            throw new NotFoundException("Suggestion", id);
        }
        return suggestion;
    }

    /** A suggestion by id whoever asks (the bench meeting checks its village itself); null when unknown. */
    Suggestion byId(String id) {
        return mongo.findById(id, Suggestion.class);
    }
}
