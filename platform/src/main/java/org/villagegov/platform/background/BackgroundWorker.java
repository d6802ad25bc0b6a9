package org.villagegov.platform.background;

import org.slf4j.Logger;
import org.springframework.context.SmartLifecycle;

/**
 * A component that does its own work on a {@link BackgroundThread} and starts and stops with the
 * application context (also when Spring pauses and resumes it). What differs between workers is
 * only what they set up each time they start: {@link #started}.
 */
public abstract class BackgroundWorker implements SmartLifecycle {

    private final BackgroundThread thread;

    protected BackgroundWorker(String threadName, Logger log, String onFailure) {
        this.thread = new BackgroundThread(threadName, log, onFailure);
    }

    /** The worker's thread, to schedule rounds on and to hand one-off passes to. */
    protected final BackgroundThread thread() {
        return thread;
    }

    /** Reports every finished round of the worker's recurring work there (the platform's job metrics). */
    public final void reportRoundsTo(RoundReports reports) {
        thread.reportRoundsTo(reports);
    }

    /**
     * Runs each time the worker starts, its thread already running: schedule the rounds, and
     * reset what a stop may have dropped (a stop drops passes not yet begun).
     */
    protected abstract void started(BackgroundThread thread);

    @Override
    public final void start() {
        thread.start();
        started(thread);
    }

    @Override
    public final void stop() {
        thread.stop();
    }

    @Override
    public final boolean isRunning() {
        return thread.isRunning();
    }
}
