package org.villagegov.platform.security;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformUserTests {

    private static PlatformUser user(String tenant, Set<String> roles, String township, String village) {
        return new PlatformUser("s", "u", tenant, roles, township, village, null, "c");
    }

    @Test
    void whenCountyWideRoleThenEveryVillageOfTheCountyIsInScope() {
        assertThat(user("daye", Set.of(Roles.COUNTY_ADMIN), null, null).mayAccess("t1", "v1")).isTrue();
        assertThat(user("daye", Set.of(Roles.INTEGRATOR), null, null).mayAccess("t2", "v9")).isTrue();
    }

    @Test
    void whenTownshipOfficerThenOnlyTheirTownship() {
        PlatformUser officer = user("daye", Set.of(Roles.TOWNSHIP_OFFICER), "t1", null);
        assertThat(officer.mayAccess("t1", "v1")).isTrue();
        assertThat(officer.mayAccess("t2", "v1")).isFalse();
    }

    @Test
    void whenVillageScopedThenOnlyTheirVillage() {
        PlatformUser cadre = user("daye", Set.of(Roles.VILLAGE_CADRE), "t1", "v1");
        assertThat(cadre.mayAccess("t1", "v1")).isTrue();
        assertThat(cadre.mayAccess("t1", "v2")).isFalse();
        assertThat(user("daye", Set.of(Roles.VILLAGE_CADRE), "t1", null).mayAccess("t1", null)).isFalse();
    }

    @Test
    void whenPlatformRealmThenNoCountyDataIsInScope() {
        assertThat(user("platform", Set.of(Roles.COUNTY_ADMIN), null, null).mayAccess("t1", "v1")).isFalse();
    }
}
