package org.villagegov.mediation.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.villagegov.platform.messaging.EventSubscription;

/** What intake consumes: a dispute found by a grid worker opens exactly one case. */
@Configuration(proxyBeanMethods = false)
class GridReportEvents {

    @Bean
    EventSubscription<DisputeReported> disputeReported(Intake intake) {
        return EventSubscription.on("grid.events", "dispute.reported", DisputeReported.class,
                event -> intake.fromGridReport(event.payload()));
    }
}
