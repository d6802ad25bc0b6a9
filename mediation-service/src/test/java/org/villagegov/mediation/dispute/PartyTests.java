package org.villagegov.mediation.dispute;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.triage.PartySpread;

import static org.assertj.core.api.Assertions.assertThat;

class PartyTests {

    private static Party household(String village, String township) {
        return new Party("p", Party.Kind.HOUSEHOLD, "hh", township, village, null, null, null);
    }

    @Test
    void whenThePartiesAreSpreadThenTheirDistinctVillagesAndTownshipsAreCountedAndAnOutsiderNoted() {
        Party outsider = new Party("p3", Party.Kind.OUTSIDER, null, null, null, "Liu", "138", null);

        assertThat(Party.spread(List.of(household("v-baisha", "t-jinhu"), household("v-baisha", "t-jinhu"))))
                .isEqualTo(new PartySpread(1, 1, false));
        assertThat(Party.spread(List.of(household("v-baisha", "t-jinhu"), household("v-dongfeng", "t-jinhu"), outsider)))
                .isEqualTo(new PartySpread(2, 1, true));
        assertThat(Party.spread(List.of(household("v-baisha", "t-jinhu"), household("v-hexi", "t-hexi"))))
                .isEqualTo(new PartySpread(2, 2, false));
        assertThat(Party.spread(List.of(household(null, null)))).isEqualTo(new PartySpread(0, 0, false));
    }
}
