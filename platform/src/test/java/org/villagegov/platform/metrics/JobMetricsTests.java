package org.villagegov.platform.metrics;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;
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

    @Test
    void whenAScheduledMethodThrowsThenItsRunCountsAsAFailureOfTheJobNamedAfterClassAndMethod() throws Exception {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new ScheduledJobMetrics(jobs));
        Method sweep = SuggestionEscalation.class.getDeclaredMethod("sweep");

        Observation.start("tasks.scheduled.execution",
                () -> new ScheduledTaskObservationContext(new SuggestionEscalation(), sweep), observations).stop();
        Observation failed = Observation.start("tasks.scheduled.execution",
                () -> new ScheduledTaskObservationContext(new SuggestionEscalation(), sweep), observations);
        failed.error(new IllegalStateException("registry away"));
        failed.stop();

        assertThat(runs("suggestion-escalation.sweep", "success")).isEqualTo(1);
        assertThat(runs("suggestion-escalation.sweep", "failure")).isEqualTo(1);
    }

    private double runs(String job, String outcome) {
        return registry.get("jobs.runs").tag("job.name", job).tag("outcome", outcome).counter().count();
    }

    static class SuggestionEscalation {
        void sweep() {
        }
    }
}
