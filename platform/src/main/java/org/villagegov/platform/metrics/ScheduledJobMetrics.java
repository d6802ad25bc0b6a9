package org.villagegov.platform.metrics;

import java.time.Duration;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;
import org.springframework.util.ClassUtils;

/**
 * Reports the services' {@code @Scheduled} methods to {@link JobMetrics} like the platform's own
 * workers, from the observation Spring already makes of every scheduled run: the job is named
 * after the class and the method ({@code deadline-check.sweep}), and a run fails when the method throws.
 */
public final class ScheduledJobMetrics implements ObservationHandler<ScheduledTaskObservationContext> {

    private static final String STARTED = ScheduledJobMetrics.class.getName() + ".started";

    private final JobMetrics jobs;

    public ScheduledJobMetrics(JobMetrics jobs) {
        this.jobs = jobs;
    }

    @Override
    public void onStart(ScheduledTaskObservationContext context) {
        context.put(STARTED, System.nanoTime());
    }

    @Override
    public void onStop(ScheduledTaskObservationContext context) {
        Long started = context.get(STARTED);
        Duration took = started == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - started);
        jobs.finished(jobName(context), took, context.getError() == null);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof ScheduledTaskObservationContext;
    }

    static String jobName(ScheduledTaskObservationContext context) {
        String type = ClassUtils.getUserClass(context.getTargetClass()).getSimpleName();
        return type.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase() + "." + context.getMethod().getName();
    }
}
