package org.villagegov.platform.metrics;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.villagegov.platform.background.RoundReports;

/**
 * Runs and failures of every background job, under the job's fixed name: {@code jobs.runs}
 * (counter, {@code job.name}, {@code outcome} success|failure), {@code jobs.duration} (timer, {@code job.name})
 * and {@code jobs.last.success} (gauge, epoch seconds of the last run that succeeded). Both outcomes
 * are registered at a job's first run, so that a rate over the failures sees the very first one.
 */
public final class JobMetrics implements RoundReports {

    /** Not {@code job}: Prometheus gives that label to every scraped series (the scrape job) and would rename ours. */
    public static final String JOB_TAG = "job.name";
    static final String SUCCESS = "success";
    static final String FAILURE = "failure";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    public JobMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void finished(String job, Duration took, boolean succeeded) {
        AtomicLong lastSuccessMillis = lastSuccess.computeIfAbsent(job, this::register);
        runs(job, succeeded ? SUCCESS : FAILURE).increment();
        Timer.builder("jobs.duration").description("How long a run of a background job took")
                .tag(JOB_TAG, job).register(registry).record(took);
        if (succeeded) {
            lastSuccessMillis.set(clock.millis());
        }
    }

    private AtomicLong register(String job) {
        runs(job, SUCCESS);
        runs(job, FAILURE);
        AtomicLong millis = new AtomicLong();
        Gauge.builder("jobs.last.success", millis, at -> at.get() == 0 ? Double.NaN : at.get() / 1000.0)
                .description("When a background job last ran without failing (epoch seconds)")
                .baseUnit("seconds").tag(JOB_TAG, job).register(registry);
        return millis;
    }

    private Counter runs(String job, String outcome) {
        return Counter.builder("jobs.runs").description("Runs of a background job, by outcome")
                .tag(JOB_TAG, job).tag("outcome", outcome).register(registry);
    }
}
