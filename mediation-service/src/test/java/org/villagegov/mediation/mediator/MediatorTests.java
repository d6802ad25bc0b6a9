package org.villagegov.mediation.mediator;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which cases a mediator may serve, and what a change of their entry does. */
class MediatorTests {

    private static Mediator mediator(Level level, String township, String village) {
        return new Mediator("m-1", "Wang", "user-1", level, township, village, Set.of(Category.FAMILY), true);
    }

    @Test
    void whenAVillageMediatorIsAskedThenOnlyCasesOfTheirLevelInTheirVillage() {
        Mediator m = mediator(Level.VILLAGE, "t-jinhu", "v-baisha");
        assertThat(m.serves(Level.VILLAGE, "t-jinhu", "v-baisha")).isTrue();
        assertThat(m.serves(Level.VILLAGE, "t-jinhu", "v-dongfeng")).isFalse();
        assertThat(m.serves(Level.TOWNSHIP, "t-jinhu", "v-baisha")).isFalse();
    }

    @Test
    void whenATownshipOrCountyMediatorIsAskedThenTheirTownshipOrTheWholeCountyAtTheirLevel() {
        Mediator township = mediator(Level.TOWNSHIP, "t-jinhu", null);
        assertThat(township.serves(Level.TOWNSHIP, "t-jinhu", "v-dongfeng")).isTrue();
        assertThat(township.serves(Level.TOWNSHIP, "t-hexi", "v-hexi")).isFalse();
        Mediator county = mediator(Level.COUNTY, null, null);
        assertThat(county.serves(Level.COUNTY, "t-hexi", "v-hexi")).isTrue();
        assertThat(county.serves(Level.VILLAGE, "t-hexi", "v-hexi")).isFalse();
    }

    @Test
    void whenAnEntryChangesThenNameSpecialtiesAndActiveChangeAndTheSpecialtiesCannotBeChangedFromOutside() {
        Mediator m = mediator(Level.VILLAGE, "t-jinhu", "v-baisha");
        m.change("Wang Li", Set.of(Category.LAND, Category.DEBT), false);

        assertThat(m.name()).isEqualTo("Wang Li");
        assertThat(m.specialties()).containsExactlyInAnyOrder(Category.LAND, Category.DEBT);
        assertThat(m.active()).isFalse();
        assertThatThrownBy(() -> m.specialties().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
