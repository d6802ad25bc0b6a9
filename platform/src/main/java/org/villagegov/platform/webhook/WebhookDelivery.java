package org.villagegov.platform.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event for one subscription: the id is {@code <subscriptionId>:<eventId>}, so an event consumed
 * twice (or by two instances) makes one delivery. The body is made once, when the event arrives, so
 * every attempt sends the same bytes. {@code step} counts the attempts of the current round of the
 * retry schedule (a redelivery starts a new round); {@code attempts} counts them all.
 */
@Document("webhook_deliveries")
@CompoundIndex(name = "due", def = "{'status': 1, 'subscriptionId': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "log", def = "{'subscriptionId': 1, 'createdAt': -1}")
record WebhookDelivery(@Id String id, String subscriptionId, String eventId, String eventType, String body,
                       Status status, int attempts, int step, Instant nextAttemptAt, Instant leaseUntil,
                       Integer lastResponseStatus, String lastError, Instant lastAttemptAt, Instant deliveredAt,
                       Instant createdAt) {

    enum Status { PENDING, DELIVERED, PARKED }

    static String idOf(String subscriptionId, String eventId) {
        return subscriptionId + ":" + eventId;
    }
}
