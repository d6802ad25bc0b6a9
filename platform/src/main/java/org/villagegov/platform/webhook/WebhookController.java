package org.villagegov.platform.webhook;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.idempotency.IdempotencyFilter;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;
import org.villagegov.platform.web.PageResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county's webhook subscriptions to this service's events, for its administrators and its
 * integrators. Every id is looked up in the caller's county only (404 otherwise).
 */
@RestController
@AnyRole({Role.COUNTY_ADMIN, Role.INTEGRATOR})
@Tag(name = "Webhooks", description = "Signed webhooks: this service's events POSTed to an integrator's HTTPS address")
class WebhookController {

    /** A delivery's id joins its subscription's and its event's ({@link WebhookDelivery}), longer than other ids. */
    private static final int DELIVERY_ID_MAX_LENGTH = 160;

    private final WebhookSubscriptions subscriptions;
    private final JsonMapper json;

    WebhookController(WebhookSubscriptions subscriptions, JsonMapper json) {
        this.subscriptions = subscriptions;
        this.json = json;
    }

    record CreateSubscription(@NotBlank @Size(max = 2048) String url,
                              @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 100) String> eventTypes,
                              @Size(max = 200) String description) {
    }

    record SubscriptionView(String id, String url, List<String> eventTypes, String description,
                            WebhookSubscription.Status status, Instant createdAt, String createdBy,
                            Instant secretRotatedAt, Instant previousSecretValidUntil) {
        static SubscriptionView of(WebhookSubscription s) {
            return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.description(), s.status(), s.createdAt(),
                    s.createdBy(), s.secretRotatedAt(), s.previousUntil());
        }
    }

    /** The subscription with its signing secret: shown in this answer only. */
    record SubscriptionWithSecret(String id, String url, List<String> eventTypes, String description,
                                  WebhookSubscription.Status status, Instant createdAt, String createdBy,
                                  Instant secretRotatedAt, Instant previousSecretValidUntil, String secret) {
        static SubscriptionWithSecret of(WebhookSubscriptions.WithSecret created, boolean withSecret) {
            WebhookSubscription s = created.subscription();
            return new SubscriptionWithSecret(s.id(), s.url(), s.eventTypes(), s.description(), s.status(),
                    s.createdAt(), s.createdBy(), s.secretRotatedAt(), s.previousUntil(),
                    withSecret ? created.secret() : null);
        }
    }

    record DeliveryView(String id, String eventId, String eventType, WebhookDelivery.Status status, int attempts,
                        Integer lastResponseStatus, String lastError, Instant lastAttemptAt, Instant nextAttemptAt,
                        Instant deliveredAt, Instant createdAt) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.lastResponseStatus(),
                    d.lastError(), d.lastAttemptAt(), d.status() == WebhookDelivery.Status.PENDING ? d.nextAttemptAt() : null,
                    d.deliveredAt(), d.createdAt());
        }
    }

    record EventTypes(List<String> eventTypes) {
    }

    @GetMapping("${platform.api-prefix}/webhooks/event-types")
    @Operation(summary = "The event types of this service a subscription may ask for",
            description = "The names a subscription's `eventTypes` may hold; each event's payload is described in "
                    + "CONTRACTS.md, with `eventId` and `county` added to its data.")
    EventTypes eventTypes() {
        return new EventTypes(subscriptions.eventTypes());
    }

    @PostMapping("${platform.api-prefix}/webhooks/subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe an HTTPS address to event types; the answer shows the signing secret, once",
            description = "With an Idempotency-Key, a retry answers the same subscription without its secret "
                    + "(rotate it if the first answer was lost).")
    SubscriptionWithSecret create(@Valid @RequestBody CreateSubscription request, PlatformUser user,
                                  HttpServletRequest http) {
        var created = subscriptions.create(request.url(), request.eventTypes(), request.description(), user);
        // a replay of this request must not show the secret, nor keep it in clear among the stored answers
        http.setAttribute(IdempotencyFilter.REPLAY_BODY, json.writeValueAsBytes(SubscriptionWithSecret.of(created, false)));
        return SubscriptionWithSecret.of(created, true);
    }

    @GetMapping("${platform.api-prefix}/webhooks/subscriptions")
    @Operation(summary = "The county's subscriptions to this service's events, newest first",
            description = "Each with its address, event types, status (ACTIVE or PAUSED), description and last "
                    + "secret rotation; never a secret. A county has at most 20 subscriptions per service.")
    PageResponse<SubscriptionView> list(Pageable pageable) {
        return PageResponse.of(subscriptions.list(pageable), SubscriptionView::of);
    }

    @GetMapping("${platform.api-prefix}/webhooks/subscriptions/{id}")
    @Operation(summary = "One subscription (never its secret)",
            description = "A subscription of another county is 404, as if it did not exist.")
    SubscriptionView get(@PathVariable @ResourceId String id) {
        return SubscriptionView.of(subscriptions.get(id));
    }

    @PostMapping("${platform.api-prefix}/webhooks/subscriptions/{id}/pause")
    @Operation(summary = "Pause: events still make deliveries, which wait until the subscription is resumed",
            description = "Nothing is lost while paused; use it while your receiving side is down for maintenance.")
    SubscriptionView pause(@PathVariable @ResourceId String id) {
        return SubscriptionView.of(subscriptions.pause(id));
    }

    @PostMapping("${platform.api-prefix}/webhooks/subscriptions/{id}/resume")
    @Operation(summary = "Resume: the deliveries that waited go out",
            description = "Deliveries go out again, each with its usual round of retries; the `webhook-timestamp` "
                    + "is the attempt's, the `webhook-id` the event's.")
    SubscriptionView resume(@PathVariable @ResourceId String id) {
        return SubscriptionView.of(subscriptions.resume(id));
    }

    @PostMapping("${platform.api-prefix}/webhooks/subscriptions/{id}/secret")
    @Operation(summary = "Rotate the signing secret: the new one is shown once; the old one also signs for 24 hours",
            description = "During the 24 hours each delivery carries two signatures in `webhook-signature`; accept "
                    + "either. 409 when another rotation ran at the same moment: try again.")
    SubscriptionWithSecret rotate(@PathVariable @ResourceId String id, HttpServletRequest http) {
        var rotated = subscriptions.rotate(id);
        http.setAttribute(IdempotencyFilter.REPLAY_BODY, json.writeValueAsBytes(SubscriptionWithSecret.of(rotated, false)));
        return SubscriptionWithSecret.of(rotated, true);
    }

    @DeleteMapping("${platform.api-prefix}/webhooks/subscriptions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete the subscription and its delivery log",
            description = "Deliveries still waiting are dropped; nothing more is sent to the address.")
    void delete(@PathVariable @ResourceId String id) {
        subscriptions.delete(id);
    }

    @GetMapping("${platform.api-prefix}/webhooks/subscriptions/{id}/deliveries")
    @Operation(summary = "The subscription's deliveries, newest first, optionally of one status",
            description = "Each delivery shows its event, attempts so far, the last answer of your endpoint and the "
                    + "next attempt; after its retries (more than a day) a failing delivery is PARKED until "
                    + "redelivered.")
    PageResponse<DeliveryView> deliveries(@PathVariable @ResourceId String id,
                                          @RequestParam(required = false) WebhookDelivery.Status status,
                                          Pageable pageable) {
        return PageResponse.of(subscriptions.deliveries(id, status, pageable), DeliveryView::of);
    }

    @PostMapping("${platform.api-prefix}/webhooks/subscriptions/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a parked or delivered delivery again (same webhook-id, a new round of retries)",
            description = "Use it once your endpoint is fixed; deduplicate on `webhook-id`. 409 for a delivery still "
                    + "pending, which goes out on its own.")
    DeliveryView redeliver(@PathVariable @ResourceId String id,
                           @PathVariable @Size(min = 1, max = DELIVERY_ID_MAX_LENGTH) @Pattern(regexp = "[A-Za-z0-9._:-]+")
                           String deliveryId) {
        return DeliveryView.of(subscriptions.redeliver(id, deliveryId));
    }
}
