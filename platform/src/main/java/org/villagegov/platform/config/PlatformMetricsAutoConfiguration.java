package org.villagegov.platform.config;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.villagegov.platform.background.BackgroundWorker;
import org.villagegov.platform.messaging.OutboxRelay;
import org.villagegov.platform.metrics.JobMetrics;
import org.villagegov.platform.metrics.MetricsProperties;
import org.villagegov.platform.metrics.OutboxGauges;
import org.villagegov.platform.metrics.QueueGauges;
import org.villagegov.platform.metrics.ScheduledJobMetrics;
import org.villagegov.platform.metrics.TenantTagLimit;

/**
 * Metrics an operator alerts on (infra/observability): the outbox backlog and its age, the depth
 * of the service's queues and dead-letter queues, runs and failures of every background job (the
 * platform's workers and the services' {@code @Scheduled} methods), and a bound on the
 * {@code tenant} tag of the HTTP metrics.
 */
@AutoConfiguration(after = {PlatformMessagingAutoConfiguration.class, PlatformWebhooksAutoConfiguration.class,
        RabbitAutoConfiguration.class})
@EnableConfigurationProperties(MetricsProperties.class)
public class PlatformMetricsAutoConfiguration {

    @Bean
    MeterFilter tenantTagLimit(MetricsProperties properties) {
        return TenantTagLimit.of(properties.maxTaggedTenants());
    }

    @Bean
    JobMetrics jobMetrics(MeterRegistry registry, Clock clock) {
        return new JobMetrics(registry, clock);
    }

    /** Every worker reports its rounds before it starts (singletons are all made before any lifecycle starts). */
    @Bean
    SmartInitializingSingleton backgroundJobReports(ObjectProvider<BackgroundWorker> workers, JobMetrics jobs) {
        return () -> workers.orderedStream().forEach(worker -> worker.reportRoundsTo(jobs));
    }

    @Bean
    ScheduledJobMetrics scheduledJobMetrics(JobMetrics jobs) {
        return new ScheduledJobMetrics(jobs);
    }

    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    OutboxGauges outboxGauges(OutboxRelay relay, MeterRegistry registry, Clock clock, MetricsProperties properties) {
        return new OutboxGauges(relay, registry, clock, properties.refreshInterval());
    }

    /** The queues this service declares: its events and webhooks queues and their dead-letter queues. */
    @Bean
    @ConditionalOnBean(AmqpAdmin.class)
    QueueGauges queueGauges(AmqpAdmin admin, ObjectProvider<Declarables> declarables, MeterRegistry registry,
                            MetricsProperties properties) {
        List<String> queues = declarables.orderedStream()
                .flatMap(declared -> declared.getDeclarablesByType(Queue.class).stream())
                .map(Queue::getName)
                .distinct()
                .toList();
        return new QueueGauges(admin, queues, registry, properties.refreshInterval());
    }
}
