package org.villagegov.points.eventaward;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.villagegov.platform.messaging.EventSubscription;
import org.villagegov.platform.messaging.IncomingEvent;
import org.villagegov.points.account.Ledger;
import org.villagegov.points.account.Posting;
import org.villagegov.points.rule.EffectiveRule;
import org.villagegov.points.rule.Rules;

/**
 * Credits participation from council, mediation and grid events. The platform already skips
 * event ids it has processed; on top of that each ledger entry's id is
 * {@code event:<eventId>:<householdId>}, so a redelivery after a crash mid-way (some households
 * credited, the processed-marker not yet written) credits each household once.
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

    private final EventRules mapping;
    private final Rules rules;
    private final Ledger ledger;

    EventAwards(EventRules mapping, Rules rules, Ledger ledger) {
        this.mapping = mapping;
        this.rules = rules;
        this.ledger = ledger;
    }

    @Bean
    EventSubscription<MeetingAttended> meetingAttended() {
        return EventSubscription.on("council.events", "meeting.attended", MeetingAttended.class, event ->
                credit(event, event.payload().householdIds(), event.payload().townshipId(), event.payload().villageId(),
                        event.payload().meetingId()));
    }

    @Bean
    EventSubscription<MatterResolved> matterResolved() {
        // carries no households: only a county mapping it to a rule would matter, and then there is nobody to credit
        return EventSubscription.on("council.events", "matter.resolved", MatterResolved.class, event ->
                credit(event, List.of(), event.payload().townshipId(), event.payload().villageId(), event.payload().matterId()));
    }

    @Bean
    EventSubscription<SuggestionResolved> suggestionResolved() {
        return EventSubscription.on("council.events", "suggestion.resolved", SuggestionResolved.class, event ->
                credit(event, nullable(event.payload().householdId()), event.payload().townshipId(),
                        event.payload().villageId(), event.payload().suggestionId()));
    }

    @Bean
    EventSubscription<CaseResolved> caseResolved() {
        return EventSubscription.on("mediation.events", "case.resolved", CaseResolved.class, event -> {
            if ("AGREEMENT".equals(event.payload().outcome())) {
                credit(event, event.payload().reconcilingHouseholdIds(), event.payload().townshipId(),
                        event.payload().villageId(), event.payload().caseId());
            }
        });
    }

    @Bean
    EventSubscription<VisitLogged> visitLogged() {
        return EventSubscription.on("grid.events", "visit.logged", VisitLogged.class, event ->
                credit(event, nullable(event.payload().householdId()), event.payload().townshipId(),
                        event.payload().villageId(), event.payload().visitId()));
    }

    private void credit(IncomingEvent<?> event, List<String> householdIds, String townshipId, String villageId,
                        String sourceId) {
        var code = mapping.ruleFor(event.type());
        if (code.isEmpty() || householdIds == null) {
            return;
        }
        var found = rules.find(code.get(), villageId);
        if (found.isEmpty()) {
            log.warn("Event {} maps to rule '{}' which is unknown or inactive; nothing credited", event.eventId(), code.get());
            return;
        }
        EffectiveRule rule = found.get();
        for (String householdId : householdIds.stream().distinct().toList()) {
            ledger.post(new Posting("event:" + event.eventId() + ":" + householdId, householdId, townshipId, villageId,
                    null, rule.points(), Posting.Source.EVENT, rule.code(), rule.ruleVersion(), sourceId, event.type(),
                    "event:" + event.eventId()));
        }
    }

    private static List<String> nullable(String householdId) {
        return householdId == null ? null : List.of(householdId);
    }
}
