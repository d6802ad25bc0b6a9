package org.villagegov.grid.region;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.grid.EventContract.Kind.STRING;
import static org.villagegov.grid.EventContract.assertFields;
import static org.villagegov.grid.EventContract.fields;
import static org.villagegov.grid.EventContract.published;

/** {@code region.changed} as CONTRACTS.md promises it: every service's place guard reads it. */
class RegionJsonTests {

    @Test
    void regionChangedCarriesTheRegionItsKindByNameAndWhereItNowHangs() {
        Instant now = Instant.parse("2026-11-24T08:00:00Z");
        Region township = Region.create("t-1", Region.Kind.TOWNSHIP, "Jinhu", null, now);
        Region otherTownship = Region.create("t-2", Region.Kind.TOWNSHIP, "Anle", null, now);
        Region village = Region.create("v-1", Region.Kind.VILLAGE, "Baisha", township, now);
        village.moveUnder(otherTownship);

        JsonNode payload = published(village, "region.changed");

        assertFields(payload, fields("regionId", STRING, "kind", STRING, "townshipId", STRING, "villageId", STRING,
                "parentId", STRING));
        assertThat(payload.get("kind").asString()).isEqualTo("VILLAGE");
        assertThat(payload.get("townshipId").asString()).isEqualTo("t-2");
        assertThat(payload.get("parentId").asString()).isEqualTo("t-2");
    }

    @Test
    void aRenamedTownshipSendsNullForWhatItDoesNotHave() {
        Region township = Region.create("t-1", Region.Kind.TOWNSHIP, "Jinhu", null, Instant.EPOCH);
        township.rename("New Jinhu");

        JsonNode payload = published(township, "region.changed");

        assertThat(payload.propertyNames()).containsExactlyInAnyOrder("regionId", "kind", "townshipId", "villageId",
                "parentId");
        assertThat(payload.get("villageId").isNull()).isTrue();
        assertThat(payload.get("parentId").isNull()).isTrue();
    }
}
