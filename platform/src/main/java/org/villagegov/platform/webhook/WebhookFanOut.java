package org.villagegov.platform.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.messaging.IncomingEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one of the service's own events into one delivery per subscription of its county that
 * asked for its type (paused ones too: their deliveries wait). Runs inside the event's county (the
 * consumer restored it from the message, and refuses an envelope naming another), so a delivery is
 * only ever stored in, and sent from, the database of the county whose event it carries.
 */
class WebhookFanOut {

    private static final Logger log = LoggerFactory.getLogger(WebhookFanOut.class);

    private final MongoTemplate mongo;
    private final WebhookDispatcher dispatcher;
    private final Set<String> eventTypes;
    private final JsonMapper json;
    private final Clock clock;
    private final RetrySchedule schedule;

    WebhookFanOut(MongoTemplate mongo, WebhookDispatcher dispatcher, WebhookProperties properties, JsonMapper json,
                  Clock clock) {
        this.mongo = mongo;
        this.dispatcher = dispatcher;
        this.eventTypes = Set.copyOf(properties.eventTypes());
        this.json = json;
        this.clock = clock;
        this.schedule = new RetrySchedule(properties.retrySchedule());
    }

    void accept(IncomingEvent<JsonNode> event) {
        if (!eventTypes.contains(event.type())) {
            return;
        }
        List<WebhookSubscription> subscriptions = mongo.find(
                Query.query(Criteria.where("eventTypes").is(event.type())), WebhookSubscription.class);
        if (subscriptions.isEmpty()) {
            return;
        }
        String county = event.tenant();
        dispatcher.expect(county);  // before the deliveries are stored, so no crash leaves them unmarked
        String body = WebhookPayloads.body(json, event.eventId(), event.type(), county, event.occurredAt(), event.payload());
        Instant now = clock.instant();
        int created = 0;
        for (WebhookSubscription subscription : subscriptions) {
            try {
                mongo.insert(new WebhookDelivery(WebhookDelivery.idOf(subscription.id(), event.eventId()), subscription.id(),
                        event.eventId(), event.type(), body, WebhookDelivery.Status.PENDING, 0, 0,
                        now.plus(schedule.first()), null, null, null, null, null, now));
                created++;
            } catch (DuplicateKeyException again) {
                log.debug("Delivery of event {} to subscription {} already exists", event.eventId(), subscription.id());
            }
        }
        if (created > 0) {
            dispatcher.nudge(county);
        }
    }
}
