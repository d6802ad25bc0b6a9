package org.villagegov.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Names and timings of the service's exchange, queue, relay and retries. */
@ConfigurationProperties("platform.messaging")
public class MessagingProperties {

    /** The topic exchange this service publishes to, e.g. {@code grid.events}. */
    private String exchange;

    /** The queue this service consumes from; defaults to {@code <application>.events}. */
    private String queue;

    /** {@code quorum} (production) or {@code classic}. */
    private String queueType = "quorum";

    /** Delete the queue after this long unused (tests); unset keeps it forever. */
    private Duration queueExpires;

    private int maxAttempts = 4;

    private Duration initialBackoff = Duration.ofMillis(200);

    private Duration confirmTimeout = Duration.ofSeconds(5);

    /** How long a relay instance owns an event it is publishing before another may retry it. */
    private Duration claimLease = Duration.ofSeconds(30);

    /** How often the relay sweeps every tenant for events not yet published (crash recovery). */
    private Duration sweepInterval = Duration.ofSeconds(5);

    private int consumers = 2;

    public String getExchange() {
        return exchange;
    }

    public void setExchange(String exchange) {
        this.exchange = exchange;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getQueueType() {
        return queueType;
    }

    public void setQueueType(String queueType) {
        this.queueType = queueType;
    }

    public Duration getQueueExpires() {
        return queueExpires;
    }

    public void setQueueExpires(Duration queueExpires) {
        this.queueExpires = queueExpires;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    public Duration getConfirmTimeout() {
        return confirmTimeout;
    }

    public void setConfirmTimeout(Duration confirmTimeout) {
        this.confirmTimeout = confirmTimeout;
    }

    public Duration getClaimLease() {
        return claimLease;
    }

    public void setClaimLease(Duration claimLease) {
        this.claimLease = claimLease;
    }

    public Duration getSweepInterval() {
        return sweepInterval;
    }

    public void setSweepInterval(Duration sweepInterval) {
        this.sweepInterval = sweepInterval;
    }

    public int getConsumers() {
        return consumers;
    }

    public void setConsumers(int consumers) {
        this.consumers = consumers;
    }
}
