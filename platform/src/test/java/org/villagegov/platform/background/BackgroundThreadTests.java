package org.villagegov.platform.background;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BackgroundThreadTests {

    private final BackgroundThread thread = new BackgroundThread("test-background",
            LoggerFactory.getLogger(BackgroundThreadTests.class), "Test pass failed");

    @AfterEach
    void stop() {
        thread.stop();
    }

    @Test
    void whenARoundFailsThenLaterRoundsStillRun() {
        AtomicInteger rounds = new AtomicInteger();
        thread.start();
        thread.every(Duration.ofMillis(10), () -> {
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("database away");
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 3);
    }

    @Test
    void whenNotStartedOrStoppedThenWorkIsSkippedAndNotRunLater() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        thread.after(Duration.ZERO, runs::incrementAndGet);
        assertThat(thread.isRunning()).isFalse();

        thread.start();
        thread.after(Duration.ofMillis(300), runs::incrementAndGet);
        thread.stop();
        assertThat(thread.isRunning()).isFalse();
        thread.after(Duration.ZERO, runs::incrementAndGet);
        Thread.sleep(500);
        assertThat(runs).hasValue(0);
    }

    @Test
    void whenStoppedThenAPassUnderWayFinishesFirst() throws InterruptedException {
        CountDownLatch begun = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        thread.start();
        thread.after(Duration.ZERO, () -> {
            begun.countDown();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            finished.incrementAndGet();
        });
        assertThat(begun.await(5, TimeUnit.SECONDS)).isTrue();
        thread.stop();
        assertThat(finished).hasValue(1);
    }
}
