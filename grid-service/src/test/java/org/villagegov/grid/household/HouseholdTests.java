package org.villagegov.grid.household;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.OutboxEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HouseholdTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final Resident ALICE = new Resident("Alice", "420281199003071234", "13812345678", 1990, true);
    static final Resident BOB = new Resident("Bob", null, null, 1960, false);

    static Household registered() {
        return Household.register("h-1", "t-1", "v-1", "n-1", "g-1", "1 Bay Road", "Wang Wei", "villager-1",
                List.of(ALICE), Set.of(Tag.ELDERLY_ALONE), "cadre-v1", NOW);
    }

    @Test
    void whenRegisteredThenItsHistoryBeginsAndHouseholdRegisteredIsRaised() {
        Household household = registered();

        assertThat(household.active()).isTrue();
        assertThat(household.history()).extracting(Household.Change::what).containsExactly("registered");
        assertThat(household.outbox()).extracting(OutboxEvent::type).containsExactly("household.registered");
    }

    @Test
    void whenAnEditChangesSomethingThenTheHistorySaysWhatAndWho() {
        Household household = registered();

        household.update("2 Bay Road", "Wang Wei", "villager-1", List.of(ALICE, BOB), Set.of(), "cadre-v1",
                NOW.plusSeconds(60));

        assertThat(household.history()).hasSize(2);
        Household.Change change = household.history().get(1);
        assertThat(change.what()).isEqualTo("changed address, residents, tags");
        assertThat(change.by()).isEqualTo("cadre-v1");
        assertThat(household.residents()).containsExactly(ALICE, BOB);
        assertThat(household.tags()).isEmpty();
    }

    @Test
    void whenAnEditChangesNothingThenNothingIsRecorded() {
        Household household = registered();

        household.update("1 Bay Road", "Wang Wei", "villager-1", List.of(ALICE), Set.of(Tag.ELDERLY_ALONE), "cadre-v1",
                NOW.plusSeconds(60));

        assertThat(household.history()).hasSize(1);
    }

    @Test
    void whenTheHeadChangesThenTheHistoryNamesTheHeadAndTheAccount() {
        Household household = registered();

        household.update("1 Bay Road", "Wang Fang", "villager-2", List.of(ALICE), Set.of(Tag.ELDERLY_ALONE), "cadre-v1",
                NOW.plusSeconds(60));

        assertThat(household.history().get(1).what()).isEqualTo("changed head, head account");
    }

    @Test
    void whenMovedThenItsPlaceChangesAndHouseholdMovedIsRaised() {
        Household household = registered();

        household.moveTo("t-2", "v-2", "n-2", "g-2", "officer", NOW.plusSeconds(60));

        assertThat(household.townshipId()).isEqualTo("t-2");
        assertThat(household.villageId()).isEqualTo("v-2");
        assertThat(household.naturalVillageId()).isEqualTo("n-2");
        assertThat(household.groupId()).isEqualTo("g-2");
        assertThat(household.history().get(1).what()).isEqualTo("moved from village v-1 to v-2");
        assertThat(household.outbox()).extracting(OutboxEvent::type)
                .containsExactly("household.registered", "household.moved");
    }

    @Test
    void whenAnElectionIsOpenThenANewHeadNameIsRefusedNamingHeadName() {
        Household household = registered();

        assertThatThrownBy(() -> household.refuseHeadChangeDuringElection("Wang Fang", "villager-1", () -> true))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("headName"));
    }

    @Test
    void whenAnElectionIsOpenThenANewHeadAccountIsRefusedNamingHeadUserId() {
        Household household = registered();

        assertThatThrownBy(() -> household.refuseHeadChangeDuringElection("Wang Wei", "villager-2", () -> true))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("headUserId"));
    }

    @Test
    void whenNoElectionIsOpenThenTheHeadMayChange() {
        Household household = registered();

        assertThatCode(() -> household.refuseHeadChangeDuringElection("Wang Fang", "villager-2", () -> false))
                .doesNotThrowAnyException();
    }

    @Test
    void whenTheHeadStaysThenTheOpenElectionsAreNotEvenAsked() {
        Household household = registered();

        assertThatCode(() -> household.refuseHeadChangeDuringElection("Wang Wei", "villager-1", () -> {
            throw new AssertionError("asked about elections although the head stays");
        })).doesNotThrowAnyException();
    }

    @Test
    void whenSomeoneTriesToChangeItsCollectionsThenTheyAreReadOnly() {
        Household household = registered();

        assertThatThrownBy(() -> household.residents().add(BOB)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> household.tags().add(Tag.DISABLED)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> household.history().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void whenPrintedThenAResidentShowsNeitherIdNumberNorPhone() {
        assertThat(ALICE.toString()).isEqualTo("Resident[Alice]").doesNotContain("4202811990").doesNotContain("1381234");
    }
}
