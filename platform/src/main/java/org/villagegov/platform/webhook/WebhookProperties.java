package org.villagegov.platform.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled               whether the service offers webhooks at all
 * @param eventTypes            the event types of this service's exchange integrators may subscribe to (its CONTRACTS.md rows)
 * @param queue                 the queue all instances share for the fan-out, {@code <application>.webhooks} by default
 * @param allowHttp             accept {@code http://} addresses (tests' loopback receivers only)
 * @param allowPrivateAddresses accept addresses that resolve to loopback, private or link-local ranges (tests only)
 * @param secretKey             base64 of the 32-byte AES key that encrypts the stored secrets; unset: the development key
 * @param retrySchedule         the wait before each attempt (the first: usually none); after the last, the delivery is parked
 * @param connectTimeout        connecting to a receiver
 * @param readTimeout           a receiver's whole answer
 * @param sweepInterval         how often due deliveries (retries, resumed subscriptions) are looked for
 * @param lease                 how long an instance owns a delivery it is sending; longer than both timeouts
 * @param secretGrace           how long a rotated-out secret still signs, next to the new one
 * @param maxSubscriptions      subscriptions one county may hold in this service
 */
@ConfigurationProperties("platform.webhooks")
public record WebhookProperties(@DefaultValue("true") boolean enabled,
                                @DefaultValue({}) List<String> eventTypes,
                                String queue,
                                @DefaultValue("false") boolean allowHttp,
                                @DefaultValue("false") boolean allowPrivateAddresses,
                                String secretKey,
                                @DefaultValue({"0s", "5s", "5m", "30m", "2h", "5h", "10h", "10h"}) List<Duration> retrySchedule,
                                @DefaultValue("3s") Duration connectTimeout,
                                @DefaultValue("10s") Duration readTimeout,
                                @DefaultValue("5s") Duration sweepInterval,
                                @DefaultValue("30s") Duration lease,
                                @DefaultValue("24h") Duration secretGrace,
                                @DefaultValue("20") int maxSubscriptions) {
}
