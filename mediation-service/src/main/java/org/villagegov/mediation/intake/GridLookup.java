package org.villagegov.mediation.intake;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * grid-service's lookups (CONTRACTS.md). The platform relays the caller's token and tenant,
 * sets the timeouts and maps remote errors (unknown: 422, down: 503).
 */
@FeignClient(name = "grid", url = "${services.grid-uri:http://127.0.0.1:8082}")
public interface GridLookup {

    @GetMapping("/api/v1/grid/lookup/households/{householdId}")
    Household household(@PathVariable("householdId") String householdId);

    @GetMapping("/api/v1/grid/lookup/villages/{villageId}")
    Village village(@PathVariable("villageId") String villageId);

    /** Our copy of the household lookup's answer. */
    record Household(String householdId, String townshipId, String villageId, String naturalVillageId, String groupId,
                     String gridId, String headName, int memberCount, boolean active) {
    }

    /** Our copy of the village lookup's answer. */
    record Village(String villageId, String townshipId, String name, long householdCount) {
    }
}
