package org.villagegov.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ScheduledTasksObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A service's {@code @Scheduled} method, run by Spring Boot's scheduler, is counted like a platform worker. */
class ScheduledJobMetricsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                    ScheduledTasksObservationAutoConfiguration.class, TaskSchedulingAutoConfiguration.class))
            .withUserConfiguration(ServiceWithAScheduledSweep.class);

    @Test
    void whenAScheduledSweepFailsOnceThenItsRunsAreCountedByOutcomeUnderItsClassAndMethod() {
        context.run(running -> {
            MeterRegistry registry = running.getBean(MeterRegistry.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> runs(registry, "success") >= 2);
            assertThat(runs(registry, "failure")).isEqualTo(1);
        });
    }

    private static double runs(MeterRegistry registry, String outcome) {
        var counter = registry.find("jobs.runs").tag(JobMetrics.JOB_TAG, "award-crediting.sweep").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class ServiceWithAScheduledSweep {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        ScheduledJobMetrics scheduledJobMetrics(MeterRegistry registry) {
            return new ScheduledJobMetrics(new JobMetrics(registry, Clock.systemUTC()));
        }

        @Bean
        AwardCrediting awardCrediting() {
            return new AwardCrediting();
        }
    }

    static class AwardCrediting {

        private final AtomicInteger sweeps = new AtomicInteger();

        @Scheduled(fixedDelay = 20)
        void sweep() {
            if (sweeps.incrementAndGet() == 1) {
                throw new IllegalStateException("registry away");
            }
        }
    }
}
