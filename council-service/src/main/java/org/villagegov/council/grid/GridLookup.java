package org.villagegov.council.grid;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** grid-service's lookups (CONTRACTS.md); the platform relays the token and tenant and maps remote errors. */
@FeignClient(name = "grid", url = "${services.grid-uri:http://127.0.0.1:8082}")
interface GridLookup {

    @GetMapping("/api/v1/grid/lookup/households/{householdId}")
    Household household(@PathVariable("householdId") String householdId);

    @GetMapping("/api/v1/grid/lookup/villages/{villageId}")
    Village village(@PathVariable("villageId") String villageId);
}
