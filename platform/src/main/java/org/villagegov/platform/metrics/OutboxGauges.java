package org.villagegov.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.villagegov.platform.background.BackgroundThread;
import org.villagegov.platform.background.BackgroundWorker;
import org.villagegov.platform.messaging.OutboxBacklog;
import org.villagegov.platform.messaging.OutboxRelay;

/**
 * The service's events stored and not yet published, over all its counties and without a county
 * tag: {@code outbox.backlog} (how many) and {@code outbox.oldest.age} (seconds since the oldest
 * of them occurred, 0 when there is none). Read on a background round, never on a scrape; the
 * age is worked out at each scrape from the oldest event's time, so it keeps growing between rounds.
 */
public final class OutboxGauges extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxGauges.class);

    private final OutboxRelay relay;
    private final Clock clock;
    private final Duration interval;
    private volatile OutboxBacklog backlog = OutboxBacklog.NONE;

    public OutboxGauges(OutboxRelay relay, MeterRegistry registry, Clock clock, Duration interval) {
        super("outbox-metrics", log, "Reading the outbox backlog failed, the gauges keep the last values");
        this.relay = relay;
        this.clock = clock;
        this.interval = interval;
        Gauge.builder("outbox.backlog", this, gauges -> gauges.backlog.unsent())
                .description("Events stored in aggregates and not yet published").register(registry);
        Gauge.builder("outbox.oldest.age", this, OutboxGauges::oldestAgeSeconds).baseUnit("seconds")
                .description("Age of the oldest event not yet published, 0 when there is none").register(registry);
    }

    private double oldestAgeSeconds() {
        Instant oldest = backlog.oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }

    private void refresh() {
        backlog = relay.backlog();
    }

    @Override
    protected void started(BackgroundThread thread) {
        thread.after(Duration.ZERO, this::refresh);
        thread.every(interval, this::refresh);
    }
}
