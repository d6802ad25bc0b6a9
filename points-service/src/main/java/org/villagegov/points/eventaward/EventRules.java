package org.villagegov.points.eventaward;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.TenantProvisioned;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.rule.Rules;

/**
 * The event -> rule mapping of the current county. Defaults follow "how the domains meet":
 * meeting attendance, solved suggestions and reconciled disputes earn points; grid visits
 * only when a county switches them on; a resolved matter names no households, so it has no
 * default rule (a county may map it once council sends participants with it).
 */
@Component
class EventRules {

    static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("meeting.attended", "meeting-attendance");
        DEFAULTS.put("matter.resolved", null);
        DEFAULTS.put("suggestion.resolved", "suggestion-adopted");
        DEFAULTS.put("case.resolved", "dispute-reconciled");
        DEFAULTS.put("visit.logged", "visit-received");
    }

    private final MongoTemplate mongo;
    private final Rules rules;
    private final CountyTime time;

    EventRules(MongoTemplate mongo, Rules rules, CountyTime time) {
        this.mongo = mongo;
        this.rules = rules;
        this.time = time;
    }

    /** Every event type the county may map, with its current mapping. */
    List<EventRule> all() {
        return DEFAULTS.keySet().stream().map(this::current).toList();
    }

    /**
     * A county admin's choice for one event type: an enabled mapping names a rule that is known
     * and in force today; {@code ruleCode} null with {@code enabled} false switches the type off.
     */
    EventRule change(String eventType, String ruleCode, boolean enabled, PlatformUser user) {
        if (!DEFAULTS.containsKey(eventType)) {
            throw new NotFoundException("Event type", eventType);
        }
        if (enabled && ruleCode == null) {
            throw new RuleViolationException("ruleCode", "An enabled mapping names a rule");
        }
        if (ruleCode != null) {
            rules.require(ruleCode, null, time.today(), "ruleCode");
        }
        return mongo.save(new EventRule(eventType, ruleCode, enabled, user.subject(), time.now()));
    }

    /** The rule code an event type awards in this county, or empty when it awards nothing. */
    Optional<String> ruleFor(String eventType) {
        EventRule rule = mongo.findById(eventType, EventRule.class);
        if (rule == null) {
            rule = defaultRule(eventType);
        }
        return rule.enabled() ? Optional.ofNullable(rule.ruleCode()) : Optional.empty();
    }

    EventRule current(String eventType) {
        EventRule rule = mongo.findById(eventType, EventRule.class);
        return rule != null ? rule : defaultRule(eventType);
    }

    @EventListener
    void onProvisioned(TenantProvisioned provisioned) {
        for (String type : DEFAULTS.keySet()) {
            if (mongo.findById(type, EventRule.class) == null) {
                try {
                    mongo.insert(defaultRule(type));
                } catch (DuplicateKeyException concurrentlyCreated) {
                    // another instance stored the same default
                }
            }
        }
    }

    private EventRule defaultRule(String type) {
        String code = DEFAULTS.get(type);
        boolean enabled = code != null && !"visit.logged".equals(type);
        return new EventRule(type, code, enabled, "system", time.now());
    }
}
