package org.villagegov.mediation.triage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LevelTests {

    @Test
    void whenALevelIsRaisedThenVillageGoesToTownshipToCountyAndNoFurther() {
        assertThat(Level.VILLAGE.above()).isEqualTo(Level.TOWNSHIP);
        assertThat(Level.TOWNSHIP.above()).isEqualTo(Level.COUNTY);
        assertThat(Level.COUNTY.above()).isNull();
    }

    @Test
    void whenAFloorIsAppliedThenTheHigherOfTheTwoLevelsWins() {
        assertThat(Level.VILLAGE.atLeast(Level.TOWNSHIP)).isEqualTo(Level.TOWNSHIP);
        assertThat(Level.COUNTY.atLeast(Level.VILLAGE)).isEqualTo(Level.COUNTY);
        assertThat(Level.TOWNSHIP.atLeast(null)).isEqualTo(Level.TOWNSHIP);
    }
}
