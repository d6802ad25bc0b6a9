package org.villagegov.points.eventaward;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;

/** The county's event type -> rule mapping. */
@Tag(name = "Event rules",
        description = "Points awarded automatically when an event of another service happens (a settled dispute, a visit).")
@RestController
@RequestMapping("/api/v1/points/event-rules")
class EventRuleController {

    private final EventRules mapping;

    EventRuleController(EventRules mapping) {
        this.mapping = mapping;
    }

    /** {@code ruleCode} null with {@code enabled} false switches an event type off. */
    record ChangeEventRule(@Size(max = 40) String ruleCode, @NotNull Boolean enabled) {
    }

    record EventRuleView(String eventType, String ruleCode, boolean enabled) {
        static EventRuleView of(EventRule rule) {
            return new EventRuleView(rule.eventType(), rule.ruleCode(), rule.enabled());
        }
    }

    @Operation(summary = "Event rules",
            description = "Which events of the other services award points automatically, and by which rule: a "
                    + "mediation case resolved by agreement, a resolution adopted, a suggestion solved, a meeting "
                    + "attended, a visit. Each event awards at most once.")
    @GetMapping
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.POINTS_CLERK, Role.INTEGRATOR})
    List<EventRuleView> list() {
        return mapping.all().stream().map(EventRuleView::of).toList();
    }

    @Operation(summary = "Map an event to a rule",
            description = "Sets the rule an event type awards, or switches it off. 404 for an unknown event type; 422 "
                    + "when an enabled mapping names no rule.")
    @PutMapping("/{eventType}")
    @AnyRole(Role.COUNTY_ADMIN)
    EventRuleView change(@PathVariable @ResourceId String eventType, @Valid @RequestBody ChangeEventRule request, PlatformUser user) {
        return EventRuleView.of(mapping.change(eventType, request.ruleCode(), request.enabled(), user));
    }
}
