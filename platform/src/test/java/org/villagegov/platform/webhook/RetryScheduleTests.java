package org.villagegov.platform.webhook;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTests {

    private static WebhookProperties defaults() {
        return new Binder(new MapConfigurationPropertySource(java.util.Map.of("platform.webhooks.enabled", "true")))
                .bind("platform.webhooks", WebhookProperties.class).get();
    }

    @Test
    void whenNothingIsConfiguredThenTheScheduleIsStandardWebhooksAndLastsMoreThanADay() {
        RetrySchedule schedule = new RetrySchedule(defaults().retrySchedule());

        assertThat(schedule.delays()).containsExactly(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
                Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
        assertThat(schedule.attempts()).isEqualTo(8);
        assertThat(schedule.first()).isZero();
        assertThat(schedule.span()).isGreaterThan(Duration.ofDays(1));
    }

    @Test
    void whenAttemptsFailThenEachWaitsItsStepAndTheLastParks() {
        RetrySchedule schedule = new RetrySchedule(defaults().retrySchedule());

        assertThat(schedule.afterFailures(1)).contains(Duration.ofSeconds(5));
        assertThat(schedule.afterFailures(2)).contains(Duration.ofMinutes(5));
        assertThat(schedule.afterFailures(7)).contains(Duration.ofHours(10));
        assertThat(schedule.afterFailures(8)).isEmpty();
    }

    @Test
    void whenTheScheduleIsConfiguredThenItIsUsed() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ZERO, Duration.ofMillis(200)));
        assertThat(schedule.afterFailures(1)).contains(Duration.ofMillis(200));
        assertThat(schedule.afterFailures(2)).isEmpty();
    }
}
