package org.villagegov.mediation.intake;

import java.util.function.Supplier;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.villagegov.platform.feign.RemoteServiceException;

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

    /** The answer of a lookup, or null when grid-service does not know the id in this county (its 404). */
    static <T> T orNull(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (RemoteServiceException e) {
            if (e.kind() == RemoteServiceException.Kind.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    /** Our copy of the household lookup's answer. */
    record Household(String householdId, String townshipId, String villageId, String naturalVillageId, String groupId,
                     String gridId, String headName, int memberCount, boolean active) {
    }

    /** Our copy of the village lookup's answer. */
    record Village(String villageId, String townshipId, String name, long householdCount) {
    }
}
