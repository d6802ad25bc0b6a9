package org.villagegov.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.villagegov.e2e.Stack.GATEWAY;

/** The size of a county's audit log per service: every successful write adds one entry. */
final class AuditLog {

    static final List<String> SERVICES = Stack.SERVICES;

    private AuditLog() {
    }

    static Map<String, Long> counts(String countyAdmin) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String service : SERVICES) {
            counts.put(service, Http.get(GATEWAY + "/api/v1/" + service + "/audit?size=1", countyAdmin).json()
                    .get("totalItems").asLong());
        }
        return counts;
    }
}
