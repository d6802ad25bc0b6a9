package org.villagegov.platform.background;

import java.time.Duration;

/**
 * Where a {@link BackgroundThread} reports each finished round of its recurring work, so that
 * something outside (the platform's job metrics) can count runs and failures of every worker
 * without each worker counting its own.
 */
@FunctionalInterface
public interface RoundReports {

    RoundReports NONE = (job, took, succeeded) -> {
    };

    /**
     * @param job       the job's fixed name (a worker's thread name, a scheduled method's class and name)
     * @param took      how long the round ran
     * @param succeeded false when the round ended with an exception
     */
    void finished(String job, Duration took, boolean succeeded);
}
