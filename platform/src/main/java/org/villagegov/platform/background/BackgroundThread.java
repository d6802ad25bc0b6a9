package org.villagegov.platform.background;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;

/**
 * One named daemon thread that runs a component's own work: repeated rounds (sweeps, the nightly
 * check) and one-off passes asked for by a request or an event. A failed pass is logged and
 * dropped, never thrown: every caller has a sweep that retries, and an exception escaping a
 * scheduled task would silently cancel its later rounds. Work asked for before {@link #start()}
 * or after {@link #stop()} is skipped, which is what a component being created or shut down wants.
 */
public final class BackgroundThread {

    private static final Duration GRACE = Duration.ofSeconds(5);

    private final String name;
    private final Logger log;
    private final String onFailure;
    private volatile ScheduledExecutorService executor;
    private volatile RoundReports reports = RoundReports.NONE;

    /**
     * @param name      the thread's name, as thread dumps and profilers show it
     * @param log       the owner's logger, so a failure is logged under the component that failed
     * @param onFailure what a failed pass means and what happens next, e.g. "Outbox relay pass failed, the next sweep retries"
     */
    public BackgroundThread(String name, Logger log, String onFailure) {
        this.name = name;
        this.log = log;
        this.onFailure = onFailure;
    }

    public synchronized void start() {
        if (!isRunning()) {
            var thread = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().name(name).daemon().factory());
            // stopping drops passes not yet begun, delayed ones too (the default would still run those)
            thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            executor = thread;
        }
    }

    /** From now on, every finished round of {@link #every} is reported there, under this thread's name. */
    public void reportRoundsTo(RoundReports reports) {
        this.reports = reports;
    }

    /**
     * Runs work every interval, the first time one interval after now; rounds never overlap. Each
     * round is reported (one-off passes are not: they are asked for by requests, and a sweep retries them).
     */
    public void every(Duration interval, Runnable work) {
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            long millis = interval.toMillis();
            current.scheduleWithFixedDelay(() -> round(work), millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs work once, after the given delay (zero: as soon as the thread is free). */
    public void after(Duration delay, Runnable work) {
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            current.schedule(() -> safely(work), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    public boolean isRunning() {
        ScheduledExecutorService current = executor;
        return current != null && !current.isShutdown();
    }

    /** Lets a pass under way finish for a few seconds, then interrupts it; later rounds are dropped. */
    public synchronized void stop() {
        ScheduledExecutorService current = executor;
        if (current == null) {
            return;
        }
        current.shutdown();
        try {
            if (!current.awaitTermination(GRACE.toSeconds(), TimeUnit.SECONDS)) {
                current.shutdownNow();
            }
        } catch (InterruptedException e) {
            current.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private void round(Runnable work) {
        long start = System.nanoTime();
        boolean succeeded = safely(work);
        try {
            reports.finished(name, Duration.ofNanos(System.nanoTime() - start), succeeded);
        } catch (RuntimeException e) {
            // an exception escaping here would cancel every later round
            log.warn("Reporting a round of {} failed: {}", name, e.getMessage());
        }
    }

    private boolean safely(Runnable work) {
        try {
            work.run();
            return true;
        } catch (RuntimeException e) {
            log.warn("{}: {}", onFailure, e.getMessage());
            return false;
        }
    }
}
