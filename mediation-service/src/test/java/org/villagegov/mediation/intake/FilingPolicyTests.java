package org.villagegov.mediation.intake;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.dispute.MediationCase.Source;
import org.villagegov.mediation.dispute.Party;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;

/** Who files how, and where a case is placed, without a database or grid-service. */
class FilingPolicyTests {

    private static final Party OWN = new Party("p1", Party.Kind.HOUSEHOLD, "hh-1", "t-jinhu", "v-baisha", null, null, "villager-1");
    private static final Party OUTSIDER = new Party("p2", Party.Kind.OUTSIDER, null, null, null, "Liu", "138", null);

    private static PlatformUser user(String... roles) {
        return new PlatformUser("u-1", "u", "daye", Set.of(roles), "t-jinhu", "v-baisha", null, null);
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
    void whenAVillagerHoldsNoStaffRoleThenTheyFileAsAVillagerAndOtherwiseAsStaff() {
        assertThat(FilingPolicy.filesAsVillager(user("villager"))).isTrue();
        assertThat(FilingPolicy.filesAsVillager(user("villager", "village-cadre"))).isFalse();
        assertThat(FilingPolicy.filesAsVillager(user("villager", "integrator"))).isFalse();
        assertThat(FilingPolicy.filesAsVillager(user("mediator"))).isFalse();
    }

    @Test
    void whenTheSourceIsAGridReportAVillagersWalkInOrAReferralWithoutReferrerThenRefusedNamingTheField() {
        assertThat(fieldOf(() -> FilingPolicy.checkSource(Source.GRID_REPORT, false, false))).isEqualTo("source");
        assertThat(fieldOf(() -> FilingPolicy.checkSource(Source.WALK_IN, false, true))).isEqualTo("source");
        assertThat(fieldOf(() -> FilingPolicy.checkSource(Source.REFERRAL, false, false))).isEqualTo("referral");
        assertThatCode(() -> FilingPolicy.checkSource(Source.ONLINE, false, true)).doesNotThrowAnyException();
        assertThatCode(() -> FilingPolicy.checkSource(Source.REFERRAL, true, false)).doesNotThrowAnyException();
        assertThatCode(() -> FilingPolicy.checkSource(Source.HOTLINE, false, false)).doesNotThrowAnyException();
    }

    @Test
    void whenAVillagerFilesThenTheCaseIsInTheirOwnHouseholdsVillageAndAnotherPlaceIsRefused() {
        assertThat(FilingPolicy.villagersPlace(null, null, OWN)).isEqualTo(new FilingPolicy.Where("t-jinhu", "v-baisha"));
        assertThat(FilingPolicy.villagersPlace("v-baisha", "t-jinhu", OWN)).isEqualTo(new FilingPolicy.Where("t-jinhu", "v-baisha"));
        assertThat(fieldOf(() -> FilingPolicy.villagersPlace("v-dongfeng", null, OWN))).isEqualTo("villageId");
        assertThat(fieldOf(() -> FilingPolicy.villagersPlace(null, "t-hexi", OWN))).isEqualTo("townshipId");
    }

    @Test
    void whenStaffNameNoVillageThenTheFirstHouseholdPlacesTheCaseAndWithoutOneTheVillageIsAskedFor() {
        PlaceGuard places = mock(PlaceGuard.class);
        PlatformUser cadre = user("village-cadre");

        assertThat(FilingPolicy.staffPlace(null, null, List.of(OUTSIDER, OWN), cadre, places))
                .isEqualTo(new FilingPolicy.Where("t-jinhu", "v-baisha"));
        assertThat(fieldOf(() -> FilingPolicy.staffPlace(null, "t-hexi", List.of(OWN), cadre, places))).isEqualTo("townshipId");
        assertThat(fieldOf(() -> FilingPolicy.staffPlace(null, null, List.of(OUTSIDER), cadre, places))).isEqualTo("villageId");
    }
}
