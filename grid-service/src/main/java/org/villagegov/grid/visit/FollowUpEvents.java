package org.villagegov.grid.visit;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.villagegov.platform.messaging.EventSubscription;

/** Events of other services that owe a household a visit from its grid (CONTRACTS.md). */
@Configuration(proxyBeanMethods = false)
class FollowUpEvents {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HouseholdBlacklisted(String householdId, String reason, LocalDate periodStart, LocalDate periodEnd) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseClosed(String caseId, String outcome, List<String> householdIds) {
    }

    @Bean
    EventSubscription<HouseholdBlacklisted> householdBlacklisted(Visits visits) {
        return EventSubscription.on("points.events", "household.blacklisted", HouseholdBlacklisted.class,
                event -> visits.followUp(event.eventId() + ":" + event.payload().householdId(),
                        event.payload().householdId(), "black-listed: " + event.payload().reason(), "points"));
    }

    @Bean
    EventSubscription<CaseClosed> caseClosed(Visits visits) {
        return EventSubscription.on("mediation.events", "case.closed", CaseClosed.class, event -> {
            List<String> households = event.payload().householdIds() == null ? List.of() : event.payload().householdIds();
            households.forEach(household -> visits.followUp(event.eventId() + ":" + household, household,
                    "mediation case " + event.payload().caseId() + " closed (" + event.payload().outcome() + ")",
                    "mediation"));
        });
    }
}
