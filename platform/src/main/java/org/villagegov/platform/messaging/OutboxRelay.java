package org.villagegov.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.background.BackgroundThread;
import org.villagegov.platform.background.BackgroundWorker;
import org.villagegov.platform.background.PendingCounties;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the events aggregates keep in their documents. An event is first claimed with a
 * conditional update (so two instances never publish it at the same time), then published
 * and confirmed by the broker, and only then marked sent. A crash or a broker outage at any
 * point leaves it unsent, and the next sweep publishes it: events may be published more
 * than once, never lost; consumers drop repeats by event id.
 * <p>
 * Saves nudge the relay at once; a periodic sweep catches the rest. So that an idle county costs
 * nothing, the sweep looks only at counties marked as possibly holding unsent events
 * ({@link PendingCounties} in {@value #PENDING}): a write that stores events first marks its
 * county ({@link #expect}), and a mark is let go once the county has nothing unsent and the mark
 * is older than a claim lease. The first sweep after start looks at every active county once,
 * for events left by a version without marks.
 */
public class OutboxRelay extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;
    static final String PENDING = "outbox_pending";

    private final MongoTemplate mongo;
    private final MongoMappingContext mappingContext;
    private final TenantRegistry registry;
    private final EventPublisher publisher;
    private final MessagingProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private volatile List<String> collections;
    private final PendingCounties pending;

    public OutboxRelay(MongoTemplate mongo, MongoMappingContext mappingContext, TenantRegistry registry,
                       EventPublisher publisher, MessagingProperties properties, JsonMapper json, Clock clock) {
        super("outbox-relay", log, "Outbox relay pass failed, the next sweep retries");
        this.mongo = mongo;
        this.mappingContext = mappingContext;
        this.registry = registry;
        this.publisher = publisher;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.pending = new PendingCounties(mongo, PENDING, clock, properties.claimLease());
    }

    /** Asks for the pending events of one tenant's collection to be published soon. */
    public void nudge(String tenant, String collection) {
        thread().after(Duration.ZERO, () -> TenantContext.run(tenant, () -> publishPending(collection)));
    }

    /**
     * Before a write that stores events in the given county: marks the county for the sweep, so
     * that the events are found even if this instance dies before its nudge publishes them.
     */
    public void expect(String tenant) {
        pending.mark(tenant);
    }

    /**
     * Publishes every pending event of every marked active county (the first time: of every
     * active county) once, and lets go of the marks of counties with nothing left; returns how
     * many events went out.
     */
    public int sweep() {
        return pending.sweep(registry.activeCounties(), this::publishAllPending, () -> !anyUnsent());
    }

    /**
     * The unsent events of the active counties marked as possibly holding some: every county with
     * unsent events stays marked until they are sent (a version without marks aside, whose events
     * the first sweep after a start marks), so idle counties are not read. One aggregation per
     * marked county and aggregate collection.
     */
    public OutboxBacklog backlog() {
        Set<String> active = registry.activeCounties().stream().map(Tenant::id).collect(Collectors.toSet());
        OutboxBacklog total = OutboxBacklog.NONE;
        for (String county : pending.markedCounties()) {
            if (active.contains(county)) {
                total = total.plus(TenantContext.call(county, this::backlogOfCurrentCounty));
            }
        }
        return total;
    }

    private OutboxBacklog backlogOfCurrentCounty() {
        Criteria unsent = Criteria.where("outbox.sent").is(false);
        Aggregation unsentEvents = Aggregation.newAggregation(
                Aggregation.match(unsent),
                Aggregation.unwind("outbox"),
                Aggregation.match(unsent),
                Aggregation.group().count().as("unsent").min("outbox.occurredAt").as("oldest"));
        OutboxBacklog backlog = OutboxBacklog.NONE;
        for (String collection : collections()) {
            Document found = mongo.aggregate(unsentEvents, collection, Document.class).getUniqueMappedResult();
            if (found != null) {
                Date oldest = found.getDate("oldest");
                backlog = backlog.plus(new OutboxBacklog(((Number) found.get("unsent")).longValue(),
                        oldest == null ? null : oldest.toInstant()));
            }
        }
        return backlog;
    }

    private int publishAllPending() {
        return collections().stream().mapToInt(this::publishPending).sum();
    }

    private boolean anyUnsent() {
        Query unsent = Query.query(Criteria.where("outbox").elemMatch(Criteria.where("sent").is(false)));
        return collections().stream().anyMatch(collection -> mongo.exists(unsent, collection));
    }

    int publishPending(String collection) {
        Instant now = clock.instant();
        Query query = Query.query(Criteria.where("outbox").elemMatch(claimable(now))).limit(BATCH);
        int published = 0;
        for (Document aggregate : mongo.find(query, Document.class, collection)) {
            for (Document event : aggregate.getList("outbox", Document.class, List.of())) {
                if (!Boolean.TRUE.equals(event.getBoolean("sent")) && publishOne(collection, aggregate.get("_id"), event, now)) {
                    published++;
                }
            }
        }
        return published;
    }

    private boolean publishOne(String collection, Object aggregateId, Document event, Instant now) {
        String eventId = event.getString("eventId");
        if (!claim(collection, aggregateId, eventId, now)) {
            return false;
        }
        try {
            publisher.publishConfirmed(envelope(event), event.getString(TraceParent.NAME));
        } catch (AmqpException e) {
            release(collection, aggregateId, eventId);
            log.warn("Publishing event {} failed, will retry: {}", eventId, e.getMessage());
            return false;
        }
        Query sentQuery = Query.query(Criteria.where("_id").is(aggregateId).and("outbox.eventId").is(eventId));
        mongo.updateFirst(sentQuery, new Update().set("outbox.$.sent", true), collection);
        return true;
    }

    private boolean claim(String collection, Object aggregateId, String eventId, Instant now) {
        Query query = Query.query(Criteria.where("_id").is(aggregateId)
                .and("outbox").elemMatch(claimable(now).and("eventId").is(eventId)));
        Update update = new Update().set("outbox.$.claimedUntil", Date.from(now.plus(properties.claimLease())));
        return mongo.updateFirst(query, update, collection).getModifiedCount() == 1;
    }

    private void release(String collection, Object aggregateId, String eventId) {
        try {
            Query query = Query.query(Criteria.where("_id").is(aggregateId).and("outbox.eventId").is(eventId));
            mongo.updateFirst(query, new Update().unset("outbox.$.claimedUntil"), collection);
        } catch (RuntimeException e) {
            log.debug("Could not release claim on {}; the lease will expire", eventId, e);
        }
    }

    private static Criteria claimable(Instant now) {
        return Criteria.where("sent").is(false)
                .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(Date.from(now)));
    }

    private EventEnvelope envelope(Document event) {
        Instant occurredAt = event.getDate("occurredAt").toInstant();
        return new EventEnvelope(event.getString("eventId"), event.getString("type"), TenantContext.require(),
                occurredAt, json.readTree(event.getString("payload")));
    }

    private List<String> collections() {
        if (collections == null) {
            collections = mappingContext.getPersistentEntities().stream()
                    .filter(entity -> AggregateRoot.class.isAssignableFrom(entity.getType()))
                    .map(entity -> entity.getCollection())
                    .distinct()
                    .toList();
        }
        return collections;
    }

    @Override
    protected void started(BackgroundThread thread) {
        pending.sweepEveryCountyNext();  // after a stop, nudges may have been dropped anywhere
        thread.every(properties.sweepInterval(), this::sweep);
    }
}
