package org.villagegov.council.suggestion;

import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/**
 * Records a bench meeting: the meeting is written first (with its {@code meeting.attended}),
 * then each raised suggestion it discussed moves on by a conditional update.
 */
@Service
class BenchMeetings {

    private final MongoTemplate mongo;
    private final SuggestionQueries suggestionQueries;
    private final Suggestions suggestions;
    private final PlaceGuard places;
    private final CountyTime time;

    BenchMeetings(MongoTemplate mongo, SuggestionQueries suggestionQueries, Suggestions suggestions, PlaceGuard places,
                  CountyTime time) {
        this.mongo = mongo;
        this.suggestionQueries = suggestionQueries;
        this.suggestions = suggestions;
        this.places = places;
        this.time = time;
    }

    BenchMeeting hold(BenchMeetingController.NewMeeting request, PlatformUser user) {
        Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
        if (request.heldOn().isAfter(time.today())) {
            throw new RuleViolationException("heldOn", "A meeting is recorded after it was held");
        }
        List<String> suggestionIds = List.copyOf(new LinkedHashSet<>(request.suggestionIds()));
        for (String id : suggestionIds) {
            Suggestion suggestion = suggestionQueries.byId(id);
            if (suggestion == null || !suggestion.villageId().equals(village.id())) {
                throw new RuleViolationException("suggestionIds", "No suggestion '" + id + "' in this village");
            }
            if (suggestion.status() != Suggestion.Status.RAISED) {
                throw new ConflictException("Suggestion " + id + " was discussed already (" + suggestion.status() + ")");
            }
        }
        // one batch lookup for everyone present, however many came
        List<String> households = places.householdsOf(request.householdIds(), village.id(), "householdIds").stream()
                .map(HouseholdPlace::householdId).toList();
        BenchMeeting meeting = mongo.insert(BenchMeeting.hold(village.townshipId(), village.id(), request.heldOn(),
                request.place(), households, suggestionIds, request.minutes(), user.subject(), time.now()));
        suggestions.discussedAt(meeting.id(), suggestionIds);
        return meeting;
    }
}
