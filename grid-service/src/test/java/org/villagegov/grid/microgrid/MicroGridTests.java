package org.villagegov.grid.microgrid;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MicroGridTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @Test
    void whenCreatedThenItHasItsWorkerAndNoHouseholds() {
        MicroGrid grid = MicroGrid.create("mg-1", "t-1", "v-1", "East lane", "grid-v1", "Li Na", NOW);

        assertThat(grid.worker()).isEqualTo(new MicroGrid.Worker("grid-v1", "Li Na", NOW, null));
        assertThat(grid.formerWorkers()).isEmpty();
        assertThat(grid.householdIds()).isEmpty();
        assertThat(grid.size()).isZero();
    }

    @Test
    void whenAnotherWorkerIsAssignedThenTheFormerOneIsKeptWithTheirDates() {
        MicroGrid grid = MicroGrid.create("mg-1", "t-1", "v-1", "East lane", "grid-v1", "Li Na", NOW);
        Instant later = NOW.plusSeconds(3600);

        grid.assignWorker("grid-v2", "Zhao Lei", later);

        assertThat(grid.worker()).isEqualTo(new MicroGrid.Worker("grid-v2", "Zhao Lei", later, null));
        assertThat(grid.formerWorkers()).containsExactly(new MicroGrid.Worker("grid-v1", "Li Na", NOW, later));
    }

    @Test
    void whenWorkersChangeTwiceThenBothFormerWorkersAreKeptInOrder() {
        MicroGrid grid = MicroGrid.create("mg-1", "t-1", "v-1", "East lane", "grid-v1", "Li Na", NOW);

        grid.assignWorker("grid-v2", "Zhao Lei", NOW.plusSeconds(10));
        grid.assignWorker("grid-v3", "Sun Mei", NOW.plusSeconds(20));

        assertThat(grid.formerWorkers()).extracting(MicroGrid.Worker::subject).containsExactly("grid-v1", "grid-v2");
    }

    @Test
    void whenSomeoneTriesToChangeItsListsThenTheyAreReadOnly() {
        MicroGrid grid = MicroGrid.create("mg-1", "t-1", "v-1", "East lane", "grid-v1", "Li Na", NOW);

        assertThatThrownBy(() -> grid.householdIds().add("h-1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> grid.formerWorkers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void whenTheCountyHasNotChosenALimitThenAGridHoldsFifteenHouseholds() {
        assertThat(CountyGridSettings.defaults().maxHouseholdsPerMicroGrid()).isEqualTo(15);
        assertThat(CountyGridSettings.defaults().id()).isEqualTo(CountyGridSettings.ID);
    }
}
