package org.villagegov.platform.messaging;

import java.time.Instant;

/**
 * The events a service has stored and not yet published, over the counties it looked at.
 *
 * @param unsent how many
 * @param oldest when the oldest of them occurred; null when there are none
 */
public record OutboxBacklog(long unsent, Instant oldest) {

    public static final OutboxBacklog NONE = new OutboxBacklog(0, null);

    /** Both backlogs together: the counts added, the older oldest. */
    OutboxBacklog plus(OutboxBacklog other) {
        Instant older = oldest == null ? other.oldest
                : other.oldest == null || oldest.isBefore(other.oldest) ? oldest : other.oldest;
        return new OutboxBacklog(unsent + other.unsent, older);
    }
}
