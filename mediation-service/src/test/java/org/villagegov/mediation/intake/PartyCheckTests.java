package org.villagegov.mediation.intake;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.dispute.Party;
import org.villagegov.mediation.intake.PartyCheck.PartyRequest;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.HouseholdRefusedException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The parties a request names, checked: households in one batch through the place guard, outsiders by name and contact. */
class PartyCheckTests {

    private final PlaceGuard places = mock(PlaceGuard.class);
    private final PartyCheck check = new PartyCheck(places);
    private final PlatformUser cadre = new PlatformUser("cadre-1", "c", "daye", Set.of("village-cadre"), "t-jinhu",
            "v-baisha", null, null);
    private final PlatformUser villager = new PlatformUser("villager-1", "v", "daye", Set.of("villager"), "t-jinhu",
            "v-baisha", null, null);

    private static PartyRequest household(String id) {
        return new PartyRequest(Party.Kind.HOUSEHOLD, id, null, null, null);
    }

    private static HouseholdPlace place(String id, String village) {
        return new HouseholdPlace(id, "t-jinhu", village, null, null, null, "Head of " + id, 3, true);
    }

    private String fieldOf(List<PartyRequest> requests, PlatformUser user) {
        try {
            if (user == villager) {
                check.byVillager(requests, user);
            } else {
                check.byStaff(requests, user);
            }
        } catch (RuleViolationException e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void whenStaffNameHouseholdsThenOneLookupGivesTheirPlaceAndHeadsName() {
        when(places.households(anyCollection(), eq(cadre), eq("parties")))
                .thenReturn(List.of(place("hh-1", "v-baisha"), place("hh-2", "v-baisha")));

        List<Party> parties = check.byStaff(List.of(household("hh-1"), household("hh-2"),
                new PartyRequest(Party.Kind.OUTSIDER, null, "Liu", "138", "acc-9")), cadre);

        assertThat(parties).extracting(Party::id).containsExactly("p1", "p2", "p3");
        assertThat(parties.get(0).name()).isEqualTo("Head of hh-1");
        assertThat(parties.get(0).villageId()).isEqualTo("v-baisha");
        assertThat(parties.get(2).userId()).isEqualTo("acc-9");
        verify(places, times(1)).households(anyCollection(), any(), any());
    }

    @Test
    void whenAPartyIsIncompleteOrNamedTwiceThenRefusedNamingItByIndexBeforeAnyLookup() {
        assertThat(fieldOf(List.of(household("hh-1"), household(" ")), cadre)).isEqualTo("parties[1].householdId");
        assertThat(fieldOf(List.of(household("hh-1"), household("hh-1")), cadre)).isEqualTo("parties[1].householdId");
        assertThat(fieldOf(List.of(household("hh-1"), new PartyRequest(Party.Kind.OUTSIDER, null, null, "138", null)), cadre))
                .isEqualTo("parties[1].name");
        assertThat(fieldOf(List.of(household("hh-1"), new PartyRequest(Party.Kind.OUTSIDER, null, "Liu", "", null)), cadre))
                .isEqualTo("parties[1].contact");
        verifyNoInteractions(places);
    }

    @Test
    void whenTheGuardRefusesAHouseholdThenThePartyIsNamedByItsIndex() {
        when(places.households(anyCollection(), eq(cadre), eq("parties")))
                .thenThrow(new HouseholdRefusedException("parties", "hh-2", "No such household"));

        assertThat(fieldOf(List.of(household("hh-1"), household("hh-2")), cadre)).isEqualTo("parties[1].householdId");
    }

    @Test
    void whenAVillagerFilesThenTheFirstPartyIsTheirOwnVillagesHouseholdAndCarriesOnlyTheirAccount() {
        when(places.households(anyCollection(), eq(villager), eq("parties")))
                .thenReturn(List.of(place("hh-1", "v-baisha"), place("hh-2", "v-baisha")));

        List<Party> parties = check.byVillager(List.of(household("hh-1"),
                new PartyRequest(Party.Kind.HOUSEHOLD, "hh-2", null, null, "someone-else")), villager);

        assertThat(parties).extracting(Party::userId).containsExactly("villager-1", null);
        assertThat(fieldOf(List.of(new PartyRequest(Party.Kind.OUTSIDER, null, "Liu", "138", null), household("hh-1")),
                villager)).isEqualTo("parties[0].kind");
    }

    @Test
    void whenAVillagersFirstHouseholdIsOfAnotherVillageThenRefused() {
        when(places.households(anyCollection(), eq(villager), eq("parties")))
                .thenReturn(List.of(place("hh-1", "v-dongfeng"), place("hh-2", "v-baisha")));

        assertThat(fieldOf(List.of(household("hh-1"), household("hh-2")), villager)).isEqualTo("parties[0].householdId");
    }
}
