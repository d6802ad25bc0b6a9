package org.villagegov.gateway.analytics;

import java.util.List;

/** Services that did not answer with a table (down, too slow, 5xx or unreadable): no partial overview is made. */
class ServicesUnavailable extends RuntimeException {

    private final List<String> services;

    ServicesUnavailable(List<String> services) {
        super("Indicators unavailable from " + String.join(", ", services), null, false, false);
        this.services = List.copyOf(services);
    }

    List<String> services() {
        return services;
    }
}
