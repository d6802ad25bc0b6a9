package org.villagegov.platform.messaging;

import java.time.Duration;

import org.springframework.amqp.core.QueueBuilder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Names and timings of the service's exchange, queue, relay and retries.
 *
 * @param exchange       the topic exchange this service publishes to, e.g. {@code grid.events}
 * @param queue          the queue this service consumes from; defaults to {@code <application>.events}
 * @param queueType      {@code quorum} (production) or {@code classic}
 * @param queueExpires   delete the queue after this long unused (tests); unset keeps it forever
 * @param maxAttempts    deliveries of one message before it is dead-lettered
 * @param initialBackoff the first wait between two attempts (doubling after)
 * @param confirmTimeout how long a publish waits for the broker's confirm
 * @param claimLease     how long a relay instance owns an event it is publishing before another may retry it
 * @param sweepInterval  how often the relay sweeps every tenant for events not yet published (crash recovery)
 * @param consumers      concurrent consumers of the queue
 */
@ConfigurationProperties("platform.messaging")
public record MessagingProperties(String exchange, String queue, @DefaultValue("quorum") String queueType,
                                  Duration queueExpires, @DefaultValue("4") int maxAttempts,
                                  @DefaultValue("200ms") Duration initialBackoff,
                                  @DefaultValue("5s") Duration confirmTimeout, @DefaultValue("30s") Duration claimLease,
                                  @DefaultValue("5s") Duration sweepInterval, @DefaultValue("2") int consumers) {

    /** A durable queue of this service as configured: quorum unless classic, expiring only where set. */
    public QueueBuilder durableQueue(String name) {
        QueueBuilder builder = QueueBuilder.durable(name);
        if ("quorum".equals(queueType)) {
            builder.quorum();
        }
        if (queueExpires != null) {
            builder.expires((int) queueExpires.toMillis());
        }
        return builder;
    }
}
