package org.villagegov.platform.place;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.test.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceCacheTests {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    final PlaceCache cache = new PlaceCache(Duration.ofMinutes(5), clock);
    final AtomicInteger asked = new AtomicInteger();

    Optional<Place> village(String id) {
        asked.incrementAndGet();
        return id.startsWith("v-") ? Optional.of(new Place(id, PlaceKind.VILLAGE, id, "t-1", id, null)) : Optional.empty();
    }

    @Test
    void whenAskedAgainWithinTheTimeToLiveThenTheSourceIsNotAskedAgain() {
        cache.get("daye", "v-1", this::village);
        cache.get("daye", "v-1", this::village);

        assertThat(asked).hasValue(1);
    }

    @Test
    void whenTheTimeToLiveHasPassedThenTheSourceIsAskedAgain() {
        cache.get("daye", "v-1", this::village);
        clock.advance(Duration.ofMinutes(6));
        cache.get("daye", "v-1", this::village);

        assertThat(asked).hasValue(2);
    }

    @Test
    void whenAnIdIsUnknownThenItIsNotKeptSoAPlaceCreatedLaterIsFound() {
        assertThat(cache.get("daye", "x-1", this::village)).isEmpty();
        assertThat(cache.get("daye", "x-1", this::village)).isEmpty();

        assertThat(asked).hasValue(2);
    }

    @Test
    void whenACountyIsEvictedThenOnlyThatCountyIsAskedAgain() {
        cache.get("daye", "v-1", this::village);
        cache.get("linxian", "v-1", this::village);

        cache.evict("daye");
        cache.get("daye", "v-1", this::village);
        cache.get("linxian", "v-1", this::village);

        assertThat(asked).hasValue(3);
    }

    @Test
    void whenTheSameIdExistsInTwoCountiesThenEachCountyKeepsItsOwn() {
        PlaceCache counties = new PlaceCache(Duration.ofMinutes(5), clock);
        counties.get("daye", "v-1", id -> Optional.of(new Place(id, PlaceKind.VILLAGE, "Daye's", "t-d", id, null)));

        Optional<Place> linxian = counties.get("linxian", "v-1", id -> Optional.empty());

        assertThat(linxian).isEmpty();
    }
}
