package org.villagegov.platform.place;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * grid-service's place lookups (CONTRACTS.md), built as a Feign client by
 * {@link RemotePlaceDirectory}: the platform relays the caller's token and tenant, sets the
 * timeouts and maps grid's 404 to {@code NOT_FOUND}. Its answers are read leniently: during a
 * rolling upgrade a newer grid-service may already add a field this caller does not know.
 */
interface GridPlaces {

    @GetMapping("/api/v1/grid/lookup/places/{id}")
    PlaceAnswer place(@PathVariable("id") String id);

    @PostMapping("/api/v1/grid/lookup/households")
    HouseholdsAnswer households(@RequestBody HouseholdsQuestion question);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaceAnswer(String id, PlaceKind kind, String name, String townshipId, String villageId,
                       String naturalVillageId, long householdCount) {

        Place place() {
            return new Place(id, kind, name, townshipId, villageId, naturalVillageId);
        }
    }

    record HouseholdsQuestion(List<String> householdIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HouseholdsAnswer(List<HouseholdPlace> households) {
    }
}
