package org.villagegov.platform.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.villagegov.platform.background.BackgroundThread;
import org.villagegov.platform.background.BackgroundWorker;

/**
 * The depth and the consumers of each queue the service declares (its events queue, its webhooks
 * queue and their dead-letter queues, tagged {@code queue}: a handful per service, never per county):
 * {@code rabbit.queue.depth} and {@code rabbit.queue.consumers}. Read from the broker on a
 * background round (a passive declare per queue); a queue the broker does not know reads as NaN.
 */
public final class QueueGauges extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(QueueGauges.class);

    private final AmqpAdmin admin;
    private final List<String> queues;
    private final Duration interval;
    private final Map<String, QueueInformation> read = new ConcurrentHashMap<>();

    public QueueGauges(AmqpAdmin admin, List<String> queues, MeterRegistry registry, Duration interval) {
        super("queue-metrics", log, "Reading queue depths failed, the gauges keep the last values");
        this.admin = admin;
        this.queues = List.copyOf(queues);
        this.interval = interval;
        for (String queue : this.queues) {
            Gauge.builder("rabbit.queue.depth", read, known -> messages(known.get(queue)))
                    .description("Messages ready in the queue").tag("queue", queue).register(registry);
            Gauge.builder("rabbit.queue.consumers", read, known -> consumers(known.get(queue)))
                    .description("Consumers attached to the queue").tag("queue", queue).register(registry);
        }
    }

    private static double messages(QueueInformation queue) {
        return queue == null ? Double.NaN : queue.getMessageCount();
    }

    private static double consumers(QueueInformation queue) {
        return queue == null ? Double.NaN : queue.getConsumerCount();
    }

    private void refresh() {
        for (String queue : queues) {
            QueueInformation information = admin.getQueueInfo(queue);
            if (information == null) {
                read.remove(queue);
            } else {
                read.put(queue, information);
            }
        }
    }

    @Override
    protected void started(BackgroundThread thread) {
        thread.after(Duration.ZERO, this::refresh);
        thread.every(interval, this::refresh);
    }
}
