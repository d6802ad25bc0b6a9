package org.villagegov.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.villagegov.platform.background.BackgroundThread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class JobMetricsTests {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final JobMetrics jobs = new JobMetrics(registry, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void whenAWorkersRoundFailsThenItCountsAsAFailureAndTheNextRoundsAsSuccesses() {
        AtomicInteger rounds = new AtomicInteger();
        BackgroundThread thread = new BackgroundThread("failing-job", LoggerFactory.getLogger(JobMetricsTests.class),
                "Test round failed");
        thread.reportRoundsTo(jobs);
        thread.start();
        try {
            thread.every(Duration.ofMillis(10), () -> {
                if (rounds.incrementAndGet() == 1) {
                    throw new IllegalStateException("database away");
                }
            });
            await().atMost(Duration.ofSeconds(5)).until(() -> runs("failing-job", "success") >= 2);
        } finally {
            thread.stop();
        }

        assertThat(runs("failing-job", "failure")).isEqualTo(1);
        assertThat(registry.get("jobs.duration").tag("job.name", "failing-job").timer().count())
                .isEqualTo((long) (runs("failing-job", "failure") + runs("failing-job", "success")));
        assertThat(registry.get("jobs.last.success").tag("job.name", "failing-job").gauge().value())
                .isEqualTo(NOW.getEpochSecond());
    }

    @Test
    void whenAJobHasOnlyFailedThenBothOutcomesAreRegisteredAndNoLastSuccessIsShown() {
        jobs.finished("never-succeeds", Duration.ofMillis(3), false);

        assertThat(runs("never-succeeds", "failure")).isEqualTo(1);
        assertThat(runs("never-succeeds", "success")).isZero();
        assertThat(registry.get("jobs.last.success").tag("job.name", "never-succeeds").gauge().value()).isNaN();
    }

    private double runs(String job, String outcome) {
        return registry.get("jobs.runs").tag("job.name", job).tag("outcome", outcome).counter().count();
    }
}
