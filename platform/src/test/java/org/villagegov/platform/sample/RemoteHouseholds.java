package org.villagegov.platform.sample;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@FeignClient(name = "grid-stub", url = "${sample.grid-url}")
interface RemoteHouseholds {

    @GetMapping("/households/{id}")
    Household get(@PathVariable String id);

    record Household(String id, String village) {
    }
}
