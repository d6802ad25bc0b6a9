package org.villagegov.platform.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.background.BackgroundThread;
import org.villagegov.platform.background.BackgroundWorker;
import org.villagegov.platform.background.PendingCounties;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * Sends due deliveries. Each is first claimed with a conditional update that sets a lease
 * ({@code leaseUntil}), so two instances never send the same attempt at once and a crashed
 * instance's claim expires; the outcome is written only while the lease is still this attempt's.
 * A 2xx answer delivers; anything else (another status, a timeout, a refused connection, an address
 * the guard refuses) waits for the next step of the {@link RetrySchedule}, and after the last the
 * delivery is parked. Deliveries of paused subscriptions are not looked at. The sends of one pass go
 * out side by side on virtual threads, so one slow receiver does not hold up the others.
 * <p>
 * Fan-out nudges the dispatcher at once; a sweep every {@code sweep-interval} does the retries, in
 * counties marked in {@value #PENDING} only ({@link PendingCounties}): a county keeps its mark while
 * a delivery of an active subscription is pending, due now or later.
 */
class WebhookDispatcher extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final String PENDING = "webhook_pending";
    private static final int BATCH = 50;
    private static final int MAX_ERROR = 200;

    private final MongoTemplate mongo;
    private final TenantRegistry registry;
    private final WebhookProperties properties;
    private final WebhookSecrets secrets;
    private final WebhookAddresses addresses;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final PendingCounties pending;
    private final HttpClient http;
    private final ObjectProvider<MeterRegistry> meters;

    WebhookDispatcher(MongoTemplate mongo, TenantRegistry registry, WebhookProperties properties, WebhookSecrets secrets,
                      WebhookAddresses addresses, Clock clock, ObjectProvider<MeterRegistry> meters) {
        super("webhook-dispatcher", log, "Webhook dispatch pass failed, the next sweep retries");
        this.mongo = mongo;
        this.registry = registry;
        this.properties = properties;
        this.secrets = secrets;
        this.addresses = addresses;
        this.schedule = new RetrySchedule(properties.retrySchedule());
        this.clock = clock;
        this.meters = meters;
        this.pending = new PendingCounties(mongo, PENDING, clock, properties.lease());
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Before deliveries are stored (or made due again) in the county: marks it for the sweep. */
    void expect(String county) {
        pending.mark(county);
    }

    /** Asks for the county's due deliveries to be sent soon. */
    void nudge(String county) {
        thread().after(Duration.ZERO, () -> TenantContext.run(county, this::dispatchDue));
    }

    int sweep() {
        return pending.sweep(registry.activeCounties(),
                PendingCounties.eachCountyAlone(log, "Webhook dispatch", this::dispatchDue), () -> !anyPending());
    }

    /** Sends the due deliveries of the current county's active subscriptions; returns how many were delivered. */
    int dispatchDue() {
        Map<String, WebhookSubscription> active = activeSubscriptions();
        if (active.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Query due = Query.query(pendingOf(active.keySet()).and("nextAttemptAt").lte(Date.from(now))
                        .orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(Date.from(now))))
                .with(org.springframework.data.domain.Sort.by("nextAttemptAt")).limit(BATCH);
        List<Claimed> claimed = new ArrayList<>();
        for (WebhookDelivery delivery : mongo.find(due, WebhookDelivery.class)) {
            claim(delivery, now).ifPresent(lease -> claimed.add(new Claimed(delivery, active.get(delivery.subscriptionId()), lease)));
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        String county = TenantContext.require();
        int delivered = 0;
        try (ExecutorService sends = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (Claimed one : claimed) {
                outcomes.add(sends.submit(() -> TenantContext.call(county, () -> attempt(one))));
            }
            for (Future<Boolean> outcome : outcomes) {
                try {
                    delivered += outcome.get() ? 1 : 0;
                } catch (java.util.concurrent.ExecutionException e) {
                    log.warn("A webhook attempt failed in county {}: {}", county, e.getCause().getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return delivered;
                }
            }
        }
        return delivered;
    }

    private record Claimed(WebhookDelivery delivery, WebhookSubscription subscription, Instant lease) {
    }

    private Optional<Instant> claim(WebhookDelivery delivery, Instant now) {
        Instant lease = now.plus(properties.lease());
        Query claimable = Query.query(Criteria.where("_id").is(delivery.id()).and("status").is(WebhookDelivery.Status.PENDING.name())
                .orOperator(Criteria.where("leaseUntil").is(null), Criteria.where("leaseUntil").lt(Date.from(now))));
        boolean mine = mongo.updateFirst(claimable, new Update().set("leaseUntil", Date.from(lease)), WebhookDelivery.class)
                .getModifiedCount() == 1;
        return mine ? Optional.of(lease) : Optional.empty();
    }

    private boolean attempt(Claimed claimed) {
        WebhookDelivery delivery = claimed.delivery();
        WebhookSubscription subscription = claimed.subscription();
        Instant now = clock.instant();
        Optional<String> refused = addresses.refusal(subscription.url());
        if (refused.isPresent()) {
            failed(claimed, now, null, "address refused: " + refused.get());
            return false;
        }
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(properties.readTimeout())
                .header("content-type", "application/json")
                .header("user-agent", "village-governance-webhooks/1")
                .header("webhook-id", delivery.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures(subscription, delivery, timestamp, now))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() >= 200 && response.statusCode() < 300) {
                delivered(claimed, clock.instant(), response.statusCode());
                return true;
            }
            failed(claimed, clock.instant(), response.statusCode(), "HTTP " + response.statusCode());
        } catch (HttpTimeoutException e) {
            failed(claimed, clock.instant(), null, "timed out");
        } catch (IOException e) {
            failed(claimed, clock.instant(), null, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(claimed);
        }
        return false;
    }

    /** The current secret's signature, and the previous secret's while it is within its grace period. */
    private String signatures(WebhookSubscription subscription, WebhookDelivery delivery, long timestamp, Instant now) {
        String current = WebhookSignature.sign(secrets.decrypt(subscription.secret(), subscription.id()),
                delivery.eventId(), timestamp, delivery.body());
        if (subscription.previousSecret() == null || subscription.previousUntil() == null
                || !subscription.previousUntil().isAfter(now)) {
            return current;
        }
        return current + " " + WebhookSignature.sign(secrets.decrypt(subscription.previousSecret(), subscription.id()),
                delivery.eventId(), timestamp, delivery.body());
    }

    private void delivered(Claimed claimed, Instant at, int status) {
        Update update = new Update().set("status", WebhookDelivery.Status.DELIVERED.name()).inc("attempts", 1)
                .inc("step", 1).set("lastResponseStatus", status).unset("lastError").set("lastAttemptAt", Date.from(at))
                .set("deliveredAt", Date.from(at)).unset("leaseUntil");
        outcome(claimed, update);
        count("delivered");
    }

    private void failed(Claimed claimed, Instant at, Integer status, String error) {
        int failures = claimed.delivery().step() + 1;
        Optional<Duration> next = schedule.afterFailures(failures);
        Update update = new Update().inc("attempts", 1).inc("step", 1).set("lastAttemptAt", Date.from(at))
                .set("lastError", error).unset("leaseUntil");
        if (status == null) {
            update.unset("lastResponseStatus");
        } else {
            update.set("lastResponseStatus", status);
        }
        if (next.isPresent()) {
            update.set("nextAttemptAt", Date.from(at.plus(next.get())));
            count("failed");
        } else {
            update.set("status", WebhookDelivery.Status.PARKED.name()).unset("nextAttemptAt");
            count("parked");
            log.info("Webhook delivery {} parked after {} attempts: {}", claimed.delivery().id(), failures, error);
        }
        outcome(claimed, update);
    }

    /** Written only while the lease is still this attempt's: one that outlived it lets the new owner's stand. */
    private void outcome(Claimed claimed, Update update) {
        Query mine = Query.query(Criteria.where("_id").is(claimed.delivery().id()).and("leaseUntil").is(Date.from(claimed.lease())));
        if (mongo.updateFirst(mine, update, WebhookDelivery.class).getModifiedCount() == 0) {
            log.warn("Webhook delivery {} outlived its lease; its outcome was not recorded", claimed.delivery().id());
        }
    }

    private void release(Claimed claimed) {
        Query mine = Query.query(Criteria.where("_id").is(claimed.delivery().id()).and("leaseUntil").is(Date.from(claimed.lease())));
        mongo.updateFirst(mine, new Update().unset("leaseUntil"), WebhookDelivery.class);
    }

    private Map<String, WebhookSubscription> activeSubscriptions() {
        Query active = Query.query(Criteria.where("status").is(WebhookSubscription.Status.ACTIVE.name()));
        return mongo.find(active, WebhookSubscription.class).stream()
                .collect(Collectors.toMap(WebhookSubscription::id, Function.identity()));
    }

    private boolean anyPending() {
        Map<String, WebhookSubscription> active = activeSubscriptions();
        return !active.isEmpty() && mongo.exists(Query.query(pendingOf(active.keySet())), WebhookDelivery.class);
    }

    private static Criteria pendingOf(java.util.Collection<String> subscriptionIds) {
        return Criteria.where("status").is(WebhookDelivery.Status.PENDING.name()).and("subscriptionId").in(subscriptionIds);
    }

    /** What went wrong, without the body or the headers (which carry the signature). */
    private static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        String text = e.getClass().getSimpleName() + message;
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    private void count(String outcome) {
        MeterRegistry registry = meters.getIfAvailable();
        if (registry != null) {
            registry.counter("webhook.deliveries", "outcome", outcome).increment();
        }
    }

    @Override
    protected void started(BackgroundThread thread) {
        pending.sweepEveryCountyNext();  // after a stop, nudges may have been dropped anywhere
        thread.every(properties.sweepInterval(), this::sweep);
    }
}
