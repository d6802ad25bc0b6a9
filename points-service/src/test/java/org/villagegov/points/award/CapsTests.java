package org.villagegov.points.award;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CapsTests {

    @Test
    void whenDeedsHappenInOneMonthThenTheyShareOneCapKey() {
        assertThat(Caps.key("hh-1", "filial-piety", LocalDate.of(2026, 11, 1)))
                .isEqualTo(Caps.key("hh-1", "filial-piety", LocalDate.of(2026, 11, 30)))
                .isEqualTo("hh-1|filial-piety|2026-11");
    }

    @Test
    void whenMonthRuleOrHouseholdDiffersThenTheKeyDiffers() {
        String november = Caps.key("hh-1", "filial-piety", LocalDate.of(2026, 11, 30));

        assertThat(Caps.key("hh-1", "filial-piety", LocalDate.of(2026, 12, 1))).isNotEqualTo(november);
        assertThat(Caps.key("hh-1", "volunteering", LocalDate.of(2026, 11, 30))).isNotEqualTo(november);
        assertThat(Caps.key("hh-2", "filial-piety", LocalDate.of(2026, 11, 30))).isNotEqualTo(november);
    }
}
