package org.villagegov.grid.household;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.security.PlatformUser;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTests {

    private static PlatformUser user(String subject, String... roles) {
        return new PlatformUser(subject, subject, "daye", Set.of(roles), "t-1", "v-1", null, null);
    }

    private static final Household HOUSEHOLD = Household.register("h-1", "t-1", "v-1", null, null, "a", "Wang Wei",
            "villager-1", List.of(), Set.of(), "cadre-v1", Instant.EPOCH);

    @Test
    void whenAnIdNumberIsShownMaskedThenOnlyItsFirstSixAndLastFourCharactersRemain() {
        assertThat(PersonalData.maskIdNumber("420281199003071234")).isEqualTo("420281********1234");
        assertThat(PersonalData.maskIdNumber(null)).isNull();
        assertThat(PersonalData.maskIdNumber("12345")).isEqualTo("*****");
    }

    @Test
    void whenAPhoneIsShownMaskedThenOnlyItsFirstThreeAndLastFourDigitsRemain() {
        assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
        assertThat(PersonalData.maskPhone(null)).isNull();
        assertThat(PersonalData.maskPhone("12345")).isEqualTo("*****");
    }

    @Test
    void whenAValueIsAsTheMaskedViewShowsItThenItIsRecognisedAsMasked() {
        assertThat(PersonalData.isMaskedIdNumber("420281********1234")).isTrue();
        assertThat(PersonalData.isMaskedIdNumber("420281199003071234")).isFalse();
        assertThat(PersonalData.isMaskedPhone("138****5678")).isTrue();
        assertThat(PersonalData.isMaskedPhone("13812345678")).isFalse();
    }

    @Test
    void whenTheCountyAdminACadreOrTheHeadReadsThenTheySeeInFull() {
        assertThat(PersonalData.mayRead(user("admin", "county-admin"), HOUSEHOLD)).isTrue();
        assertThat(PersonalData.mayRead(user("cadre-v1", "village-cadre"), HOUSEHOLD)).isTrue();
        assertThat(PersonalData.mayRead(user("villager-1", "villager"), HOUSEHOLD)).isTrue();
    }

    @Test
    void whenAnyoneElseReadsThenTheySeeMasked() {
        assertThat(PersonalData.mayRead(user("officer", "township-officer"), HOUSEHOLD)).isFalse();
        assertThat(PersonalData.mayRead(user("grid-v1", "grid-worker"), HOUSEHOLD)).isFalse();
        assertThat(PersonalData.mayRead(user("app", "integrator"), HOUSEHOLD)).isFalse();
        assertThat(PersonalData.mayRead(user("villager-2", "villager"), HOUSEHOLD)).isFalse();
    }

    @Test
    void whenAnIdNumberHasTheRightCheckCharacterThenItIsValid() {
        assertThat(ResidentIdNumber.Validator.valid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.Validator.valid("110105194912310021")).isFalse();
        assertThat(ResidentIdNumber.Validator.valid("11010519491231002")).isFalse();
        assertThat(ResidentIdNumber.Validator.valid("1101051949123100AX")).isFalse();
    }
}
