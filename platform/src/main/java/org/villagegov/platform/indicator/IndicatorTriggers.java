package org.villagegov.platform.indicator;

import java.util.LinkedHashSet;
import java.util.Set;

import org.villagegov.platform.messaging.EventSubscription;
import org.villagegov.platform.messaging.IncomingEvent;
import tools.jackson.databind.JsonNode;

/**
 * Every event of the service's own exchange that names a village marks that village's indicators
 * as due for a refresh ({@link IndicatorRefresher}): its state changed, so its history may have.
 * The refresh is idempotent, so an event delivered twice, or one arriving after a later one,
 * leaves the same figures.
 */
public final class IndicatorTriggers {

    /** Payload fields naming the villages an event touched. */
    static final Set<String> VILLAGE_FIELDS = Set.of("villageId", "fromVillageId", "toVillageId");

    private IndicatorTriggers() {
    }

    public static EventSubscription<JsonNode> subscription(String ownExchange, IndicatorRefresher refresher) {
        return EventSubscription.on(ownExchange, EventSubscription.ANY_TYPE, JsonNode.class,
                event -> villages(event).forEach(refresher::markDue));
    }

    static Set<String> villages(IncomingEvent<JsonNode> event) {
        Set<String> villages = new LinkedHashSet<>();
        collect(event.payload(), villages);
        return villages;
    }

    private static void collect(JsonNode node, Set<String> villages) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, villages));
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                if (VILLAGE_FIELDS.contains(field.getKey()) && field.getValue().isString()) {
                    villages.add(field.getValue().asString());
                } else if (field.getValue().isContainer()) {
                    collect(field.getValue(), villages);
                }
            }
        }
    }
}
