package org.villagegov.platform.indicator;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sweepInterval how often changes left pending (by a crash) and older than this are finished
 * @param reconcileAt   county time after which the nightly reconciliation repairs each county once a day
 * @param debounce      how long after an event its village is refreshed, so that a burst of events costs one refresh
 */
@ConfigurationProperties("platform.indicators")
public record IndicatorProperties(@DefaultValue("PT30S") Duration sweepInterval,
                                  @DefaultValue("02:40") LocalTime reconcileAt,
                                  @DefaultValue("250ms") Duration debounce) {
}
