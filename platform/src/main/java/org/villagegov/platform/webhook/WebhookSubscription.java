package org.villagegov.platform.webhook;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An integrator's subscription in one county's database. {@code secret} is the current signing secret,
 * encrypted ({@link WebhookSecrets}); after a rotation {@code previousSecret} still signs until
 * {@code previousUntil}.
 */
@Document("webhook_subscriptions")
record WebhookSubscription(@Id String id, String url, @Indexed List<String> eventTypes, String description,
                           Status status, String secret, String previousSecret, Instant previousUntil,
                           Instant createdAt, String createdBy, Instant secretRotatedAt) {

    enum Status { ACTIVE, PAUSED }
}
