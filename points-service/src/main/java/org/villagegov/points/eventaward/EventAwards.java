package org.villagegov.points.eventaward;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.villagegov.platform.messaging.EventSubscription;
import org.villagegov.platform.messaging.IncomingEvent;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.account.Ledger;
import org.villagegov.points.account.Posting;
import org.villagegov.points.award.Caps;
import org.villagegov.points.rule.EffectiveRule;
import org.villagegov.points.rule.Rules;

/**
 * Credits participation from council, mediation and grid events. The platform already skips
 * event ids it has processed; on top of that each ledger entry's id is
 * {@code event:<eventId>:<householdId>}, so a redelivery after a crash mid-way (some households
 * credited, the processed-marker not yet written) credits each household once.
 * <p>
 * Events earn under the same monthly caps as proposed awards (the same counters). A household at
 * its cap is recorded in {@code capped_events} (same id as the entry it did not get) and the event
 * is done: not dropped silently, not retried. The cap place is taken in the entry's name, so a
 * redelivery finds it taken and neither counts it twice nor refuses it.
 */
@Configuration
class EventAwards {

    private static final Logger log = LoggerFactory.getLogger(EventAwards.class);

    record MeetingAttended(String meetingId, String matterId, String townshipId, String villageId,
                           List<String> householdIds, LocalDate heldOn) {
    }

    record MatterResolved(String matterId, String townshipId, String villageId, String title, String kind,
                          LocalDate resolvedOn) {
    }

    record SuggestionResolved(String suggestionId, String townshipId, String villageId, String householdId,
                              LocalDate resolvedOn) {
    }

    record CaseResolved(String caseId, String outcome, List<String> reconcilingHouseholdIds, String townshipId,
                        String villageId, LocalDate resolvedOn) {
    }

    record VisitLogged(String visitId, String householdId, String memberId, String townshipId, String villageId,
                       LocalDate visitedOn) {
    }

    /** An event award a household did not get because it had reached the rule's monthly cap. */
    record CappedEvent(String id, String eventId, String eventType, String householdId, String villageId,
                       String ruleCode, int cap, LocalDate occurredOn, String sourceId) {
    }

    static final String CAPPED = "capped_events";

    private final EventRules mapping;
    private final Rules rules;
    private final Ledger ledger;
    private final Caps caps;
    private final MongoTemplate mongo;
    private final CountyTime time;

    EventAwards(EventRules mapping, Rules rules, Ledger ledger, Caps caps, MongoTemplate mongo, CountyTime time) {
        this.mapping = mapping;
        this.rules = rules;
        this.ledger = ledger;
        this.caps = caps;
        this.mongo = mongo;
        this.time = time;
    }

    @Bean
    EventSubscription<MeetingAttended> meetingAttended() {
        return EventSubscription.on("council.events", "meeting.attended", MeetingAttended.class, event ->
                credit(event, event.payload().householdIds(), event.payload().townshipId(), event.payload().villageId(),
                        event.payload().meetingId(), event.payload().heldOn()));
    }

    @Bean
    EventSubscription<MatterResolved> matterResolved() {
        // carries no households: only a county mapping it to a rule would matter, and then there is nobody to credit
        return EventSubscription.on("council.events", "matter.resolved", MatterResolved.class, event ->
                credit(event, List.of(), event.payload().townshipId(), event.payload().villageId(), event.payload().matterId(),
                        event.payload().resolvedOn()));
    }

    @Bean
    EventSubscription<SuggestionResolved> suggestionResolved() {
        return EventSubscription.on("council.events", "suggestion.resolved", SuggestionResolved.class, event ->
                credit(event, nullable(event.payload().householdId()), event.payload().townshipId(),
                        event.payload().villageId(), event.payload().suggestionId(), event.payload().resolvedOn()));
    }

    @Bean
    EventSubscription<CaseResolved> caseResolved() {
        return EventSubscription.on("mediation.events", "case.resolved", CaseResolved.class, event -> {
            if ("AGREEMENT".equals(event.payload().outcome())) {
                credit(event, event.payload().reconcilingHouseholdIds(), event.payload().townshipId(),
                        event.payload().villageId(), event.payload().caseId(), event.payload().resolvedOn());
            }
        });
    }

    @Bean
    EventSubscription<VisitLogged> visitLogged() {
        return EventSubscription.on("grid.events", "visit.logged", VisitLogged.class, event ->
                credit(event, nullable(event.payload().householdId()), event.payload().townshipId(),
                        event.payload().villageId(), event.payload().visitId(), event.payload().visitedOn()));
    }

    private void credit(IncomingEvent<?> event, List<String> householdIds, String townshipId, String villageId,
                        String sourceId, LocalDate happenedOn) {
        var code = mapping.ruleFor(event.type());
        if (code.isEmpty() || householdIds == null) {
            return;
        }
        // the deed's day decides the rule version, the cap's month and the period it counts in
        LocalDate day = happenedOn != null ? happenedOn : time.today();
        var found = rules.find(code.get(), villageId, day);
        if (found.isEmpty()) {
            log.warn("Event {} maps to rule '{}' which is unknown or inactive; nothing credited", event.eventId(), code.get());
            return;
        }
        EffectiveRule rule = found.get();
        for (String householdId : householdIds.stream().distinct().toList()) {
            String entryId = "event:" + event.eventId() + ":" + householdId;
            if (rule.capPerMonth() != null
                    && !caps.take(Caps.key(householdId, rule.code(), day), rule.capPerMonth(), entryId)) {
                recordCapped(new CappedEvent(entryId, event.eventId(), event.type(), householdId, villageId, rule.code(),
                        rule.capPerMonth(), day, sourceId));
                continue;
            }
            ledger.post(new Posting(entryId, householdId, townshipId, villageId, null, rule.points(),
                    Posting.Source.EVENT, rule.code(), rule.ruleVersion(), sourceId, event.type(),
                    "event:" + event.eventId(), day));
        }
    }

    private void recordCapped(CappedEvent capped) {
        try {
            mongo.insert(capped, CAPPED);
        } catch (DuplicateKeyException recordedBefore) {
            // a redelivery of the same event: recorded once is enough
        }
        log.info("Household {} is at the monthly cap of '{}': event {} credits nothing", capped.householdId(),
                capped.ruleCode(), capped.eventId());
    }

    private static List<String> nullable(String householdId) {
        return householdId == null ? null : List.of(householdId);
    }
}
