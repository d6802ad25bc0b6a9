package org.villagegov.points.eventaward;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.rule.Rules;

@RestController
@RequestMapping("/api/v1/points/event-rules")
class EventRuleController {

    private final EventRules mapping;
    private final Rules rules;
    private final MongoTemplate mongo;
    private final Clock clock;

    EventRuleController(EventRules mapping, Rules rules, MongoTemplate mongo, Clock clock) {
        this.mapping = mapping;
        this.rules = rules;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** {@code ruleCode} null with {@code enabled} false switches an event type off. */
    record ChangeEventRule(@Size(max = 40) String ruleCode, @NotNull Boolean enabled) {
    }

    record EventRuleView(String eventType, String ruleCode, boolean enabled) {
        static EventRuleView of(EventRule rule) {
            return new EventRuleView(rule.eventType(), rule.ruleCode(), rule.enabled());
        }
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','points-clerk','integrator')")
    List<EventRuleView> list() {
        return EventRules.DEFAULTS.keySet().stream().map(mapping::current).map(EventRuleView::of).toList();
    }

    @PutMapping("/{eventType}")
    @PreAuthorize("hasRole('county-admin')")
    EventRuleView change(@PathVariable String eventType, @Valid @RequestBody ChangeEventRule request, PlatformUser user) {
        if (!EventRules.DEFAULTS.containsKey(eventType)) {
            throw new NotFoundException("Event type", eventType);
        }
        if (request.enabled() && request.ruleCode() == null) {
            throw new org.villagegov.platform.errors.RuleViolationException("ruleCode", "An enabled mapping names a rule");
        }
        if (request.ruleCode() != null) {
            rules.require(request.ruleCode(), null, CountyTime.today(clock), "ruleCode");
        }
        EventRule rule = new EventRule(eventType, request.ruleCode(), request.enabled(), user.subject(), clock.instant());
        return EventRuleView.of(mongo.save(rule));
    }
}
