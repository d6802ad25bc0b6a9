package org.villagegov.grid.election;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.villagegov.platform.messaging.EventSubscription;

/** council-service's election events (CONTRACTS.md), kept as the open elections of the county. */
@Configuration(proxyBeanMethods = false)
class ElectionEvents {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ElectionOpened(String electionId, String councilId, String townshipId, String villageId,
                          String naturalVillageId, LocalDate opensOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ElectionEnded(String electionId, String villageId, String naturalVillageId) {
    }

    @Bean
    EventSubscription<ElectionOpened> electionOpened(OpenElections elections) {
        return EventSubscription.on("council.events", "election.opened", ElectionOpened.class, event -> {
            ElectionOpened opened = event.payload();
            elections.opened(opened.electionId(), opened.townshipId(), opened.villageId(), opened.naturalVillageId(),
                    opened.opensOn(), event.occurredAt());
        });
    }

    @Bean
    EventSubscription<ElectionEnded> electionCompleted(OpenElections elections) {
        return EventSubscription.on("council.events", "election.completed", ElectionEnded.class,
                event -> elections.closed(event.payload().electionId(), event.payload().villageId(),
                        event.payload().naturalVillageId(), "COMPLETED", event.occurredAt()));
    }

    @Bean
    EventSubscription<ElectionEnded> electionCancelled(OpenElections elections) {
        return EventSubscription.on("council.events", "election.cancelled", ElectionEnded.class,
                event -> elections.closed(event.payload().electionId(), event.payload().villageId(),
                        event.payload().naturalVillageId(), "CANCELLED", event.occurredAt()));
    }
}
