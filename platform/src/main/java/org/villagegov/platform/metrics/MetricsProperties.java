package org.villagegov.platform.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param refreshInterval   how often the outbox backlog and the queue depths are read again (not on
 *                          every scrape: a scrape must cost nothing, however many counties there are)
 * @param maxTaggedTenants  how many counties get a {@code tenant} tag value of their own in this process;
 *                          later ones are tagged {@value TenantTagLimit#OTHER}
 */
@ConfigurationProperties("platform.metrics")
public record MetricsProperties(@DefaultValue("15s") Duration refreshInterval,
                                @DefaultValue("100") int maxTaggedTenants) {
}
