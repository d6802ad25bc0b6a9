package org.villagegov.mediation.mediator;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.PlaceKind;
import org.villagegov.platform.security.PlatformUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Where a new mediator serves follows their level; the place guard is asked only for a place that is named. */
class MediatorPlacementTests {

    private final PlaceGuard places = mock(PlaceGuard.class);
    private final MediatorPlacement placement = new MediatorPlacement(places);
    private final PlatformUser admin = user("county-admin", null);
    private final PlatformUser officer = user("township-officer", "t-jinhu");

    private static PlatformUser user(String role, String township) {
        return new PlatformUser("u-1", "u", "daye", Set.of(role), township, null, null, null);
    }

    private static String fieldOf(Runnable call) {
        try {
            call.run();
        } catch (RuleViolationException e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void whenAVillageMediatorIsPlacedThenTheVillageAndItsTownshipComeFromTheRegionTree() {
        when(places.village("v-baisha", null, officer, "villageId", "townshipId"))
                .thenReturn(new Place("v-baisha", PlaceKind.VILLAGE, "Baisha", "t-jinhu", "v-baisha", null));

        assertThat(placement.place(Level.VILLAGE, null, "v-baisha", officer))
                .isEqualTo(new MediatorPlacement.Place("t-jinhu", "v-baisha"));
        assertThat(fieldOf(() -> placement.place(Level.VILLAGE, "t-jinhu", null, officer))).isEqualTo("villageId");
    }

    @Test
    void whenATownshipMediatorNamesAVillageOrNoTownshipThenRefusedNamingTheField() {
        assertThat(fieldOf(() -> placement.place(Level.TOWNSHIP, null, null, officer))).isEqualTo("townshipId");
        assertThat(fieldOf(() -> placement.place(Level.TOWNSHIP, "t-jinhu", "v-baisha", officer))).isEqualTo("villageId");
    }

    @Test
    void whenACountyMediatorIsPlacedThenOnlyByTheCountyAdminAndWithoutAPlace() {
        assertThat(placement.place(Level.COUNTY, null, null, admin)).isEqualTo(new MediatorPlacement.Place(null, null));
        assertThat(fieldOf(() -> placement.place(Level.COUNTY, null, null, officer))).isEqualTo("level");
        assertThat(fieldOf(() -> placement.place(Level.COUNTY, "t-jinhu", null, admin))).isEqualTo("townshipId");
        assertThat(fieldOf(() -> placement.place(Level.COUNTY, null, "v-baisha", admin))).isEqualTo("villageId");
        verifyNoInteractions(places);
    }

    @Test
    void whenTheGuardRefusesThePlaceThenItsRefusalStands() {
        when(places.township("t-hexi", officer, "townshipId"))
                .thenThrow(new RuleViolationException("townshipId", "not yours"));
        assertThatThrownBy(() -> placement.place(Level.TOWNSHIP, "t-hexi", null, officer))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not yours");
    }
}
