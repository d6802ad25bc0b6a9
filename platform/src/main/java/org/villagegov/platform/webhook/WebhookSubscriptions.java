package org.villagegov.platform.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.villagegov.platform.data.MongoPages;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.FieldError;
import org.villagegov.platform.errors.InvalidParameterException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.tenancy.TenantContext;

/** The county's subscriptions and their delivery logs, as the webhook endpoints change and read them. */
class WebhookSubscriptions {

    private final MongoTemplate mongo;
    private final WebhookProperties properties;
    private final WebhookSecrets secrets;
    private final WebhookAddresses addresses;
    private final WebhookDispatcher dispatcher;
    private final Clock clock;

    WebhookSubscriptions(MongoTemplate mongo, WebhookProperties properties, WebhookSecrets secrets,
                         WebhookAddresses addresses, WebhookDispatcher dispatcher, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.secrets = secrets;
        this.addresses = addresses;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** A subscription with the secret in clear: only the answers that create or rotate it show it. */
    record WithSecret(WebhookSubscription subscription, String secret) {
    }

    List<String> eventTypes() {
        return properties.eventTypes();
    }

    WithSecret create(String url, List<String> eventTypes, String description, PlatformUser user) {
        List<FieldError> errors = new ArrayList<>();
        addresses.refusal(url).ifPresent(reason -> errors.add(new FieldError("url", reason)));
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!properties.eventTypes().contains(eventTypes.get(i))) {
                errors.add(new FieldError("eventTypes[" + i + "]", "is not an event type of this service: one of "
                        + properties.eventTypes()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        if (mongo.count(new Query(), WebhookSubscription.class) >= properties.maxSubscriptions()) {
            throw new RuleViolationException("url", "This county already has " + properties.maxSubscriptions()
                    + " webhook subscriptions in this service; delete one first");
        }
        String id = "whsub_" + UUID.randomUUID().toString().replace("-", "");
        String secret = secrets.generate();
        WebhookSubscription subscription = new WebhookSubscription(id, url, List.copyOf(new LinkedHashSet<>(eventTypes)),
                description, WebhookSubscription.Status.ACTIVE, secrets.encrypt(secret, id), null, null, clock.instant(),
                user.username() != null ? user.username() : user.subject(), null);
        mongo.insert(subscription);
        return new WithSecret(subscription, secret);
    }

    Page<WebhookSubscription> list(Pageable pageable) {
        return MongoPages.find(mongo, new Query(), pageable, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")),
                WebhookSubscription.class);
    }

    WebhookSubscription get(String id) {
        WebhookSubscription subscription = mongo.findById(id, WebhookSubscription.class);
        if (subscription == null) {
            throw new NotFoundException("Webhook subscription", id);
        }
        return subscription;
    }

    WebhookSubscription pause(String id) {
        get(id);
        mongo.updateFirst(byId(id), new Update().set("status", WebhookSubscription.Status.PAUSED.name()), WebhookSubscription.class);
        return get(id);
    }

    /** Its deliveries that waited are due again: the county is marked before, and the dispatcher nudged after. */
    WebhookSubscription resume(String id) {
        get(id);
        dispatcher.expect(TenantContext.require());
        mongo.updateFirst(byId(id), new Update().set("status", WebhookSubscription.Status.ACTIVE.name()), WebhookSubscription.class);
        dispatcher.nudge(TenantContext.require());
        return get(id);
    }

    /**
     * A new secret; the one it replaces keeps signing (a second signature) for the grace period, so a
     * receiver can switch without losing a delivery. A second rotation within the period drops the oldest.
     */
    WithSecret rotate(String id) {
        WebhookSubscription current = get(id);
        String secret = secrets.generate();
        Instant now = clock.instant();
        Update update = new Update().set("secret", secrets.encrypt(secret, id)).set("previousSecret", current.secret())
                .set("previousUntil", Date.from(now.plus(properties.secretGrace()))).set("secretRotatedAt", Date.from(now));
        // conditional on the secret read, so two rotations at once cannot both claim to be the one shown
        Query unchanged = Query.query(Criteria.where("_id").is(id).and("secret").is(current.secret()));
        if (mongo.updateFirst(unchanged, update, WebhookSubscription.class).getModifiedCount() == 0) {
            throw new ConflictException("The secret was rotated at the same time; try again");
        }
        return new WithSecret(get(id), secret);
    }

    /** The subscription and its whole delivery log. */
    void delete(String id) {
        get(id);
        mongo.remove(byId(id), WebhookSubscription.class);
        mongo.remove(Query.query(Criteria.where("subscriptionId").is(id)), WebhookDelivery.class);
    }

    Page<WebhookDelivery> deliveries(String subscriptionId, WebhookDelivery.Status status, Pageable pageable) {
        get(subscriptionId);
        Criteria criteria = Criteria.where("subscriptionId").is(subscriptionId);
        if (status != null) {
            criteria.and("status").is(status.name());
        }
        return MongoPages.find(mongo, Query.query(criteria), pageable,
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id")), WebhookDelivery.class);
    }

    /** A parked or delivered delivery goes out again at once: a new round of the schedule, the same webhook-id. */
    WebhookDelivery redeliver(String subscriptionId, String deliveryId) {
        get(subscriptionId);
        WebhookDelivery delivery = mongo.findOne(Query.query(Criteria.where("_id").is(deliveryId)
                .and("subscriptionId").is(subscriptionId)), WebhookDelivery.class);
        if (delivery == null) {
            throw new NotFoundException("Webhook delivery", deliveryId);
        }
        dispatcher.expect(TenantContext.require());
        Query finished = Query.query(Criteria.where("_id").is(deliveryId).and("status")
                .in(Set.of(WebhookDelivery.Status.PARKED.name(), WebhookDelivery.Status.DELIVERED.name())));
        Update again = new Update().set("status", WebhookDelivery.Status.PENDING.name()).set("step", 0)
                .set("nextAttemptAt", Date.from(clock.instant())).unset("leaseUntil");
        if (mongo.updateFirst(finished, again, WebhookDelivery.class).getModifiedCount() == 0) {
            throw new ConflictException("This delivery is still pending; it goes out on its own");
        }
        dispatcher.nudge(TenantContext.require());
        return mongo.findById(deliveryId, WebhookDelivery.class);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
