package org.villagegov.grid.household;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentEditsTests {

    static final Resident ALICE = new Resident("Alice", "420281199003071234", "13812345678", 1990, true);
    static final Resident BOB = new Resident("Bob", "11010519491231002X", "13900001111", 1949, false);

    private static HouseholdController.UpdateResidentInput sent(String name, String idNumber, String phone) {
        return new HouseholdController.UpdateResidentInput(name, idNumber, phone, 1990, null);
    }

    @Test
    void whenTheMaskedViewIsSentBackThenTheRealNumbersAreKept() {
        List<Resident> result = ResidentEdits.apply(List.of(sent("Alice", "420281********1234", "138****5678")),
                List.of(ALICE));

        assertThat(result.get(0).idNumber()).isEqualTo(ALICE.idNumber());
        assertThat(result.get(0).phone()).isEqualTo(ALICE.phone());
    }

    @Test
    void whenResidentsAreReorderedThenEachMaskedValueFindsItsOwner() {
        List<Resident> result = ResidentEdits.apply(List.of(sent("Bob", "110105********002X", "139****1111"),
                sent("Alice", "420281********1234", "138****5678")), List.of(ALICE, BOB));

        assertThat(result).extracting(Resident::idNumber).containsExactly(BOB.idNumber(), ALICE.idNumber());
        assertThat(result).extracting(Resident::phone).containsExactly(BOB.phone(), ALICE.phone());
    }

    @Test
    void whenAFullNumberIsSentThenItReplacesTheOldOne() {
        List<Resident> result = ResidentEdits.apply(List.of(sent("Alice", "11010519491231002x", "13700000000")),
                List.of(ALICE));

        assertThat(result.get(0).idNumber()).isEqualTo("11010519491231002X");
        assertThat(result.get(0).phone()).isEqualTo("13700000000");
    }

    @Test
    void whenAMaskedIdNumberMatchesNoResidentThenRefusedNamingTheField() {
        assertThatThrownBy(() -> ResidentEdits.apply(List.of(sent("Carol", "999999********9999", null)), List.of(ALICE)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("residents[0].idNumber"));
    }

    @Test
    void whenAMaskedPhoneMatchesNoResidentThenRefusedNamingTheField() {
        assertThatThrownBy(() -> ResidentEdits.apply(List.of(sent("Alice", null, "000****0000")), List.of(ALICE)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("residents[0].phone"));
    }

    @Test
    void whenOneMaskedIdNumberIsSentForTwoResidentsThenTheSecondIsRefused() {
        assertThatThrownBy(() -> ResidentEdits.apply(List.of(sent("Alice", "420281********1234", null),
                sent("Alice again", "420281********1234", null)), List.of(ALICE)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("residents[1].idNumber"));
    }
}
