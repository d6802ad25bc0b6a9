package org.villagegov.platform.place;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Places per county, kept for a while: a village's township is asked on nearly every write,
 * and changes only when the county admin moves the village. A move ({@code region.changed})
 * clears the county's entries on every instance; the time limit bounds what a lost
 * notification can cost. Unknown ids are not kept, so a place created a moment ago is found.
 */
public class PlaceCache {

    /** Beyond this many entries in one county the county's entries are dropped (ids are tried at random by nobody honest). */
    static final int MAX_PER_TENANT = 20_000;

    private record Entry(Place place, Instant expires) {
    }

    private final Map<String, Map<String, Entry>> byTenant = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public PlaceCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    Optional<Place> get(String tenant, String id, Function<String, Optional<Place>> source) {
        Map<String, Entry> places = byTenant.computeIfAbsent(tenant, key -> new ConcurrentHashMap<>());
        Instant now = clock.instant();
        Entry entry = places.get(id);
        if (entry != null && entry.expires().isAfter(now)) {
            return Optional.of(entry.place());
        }
        Optional<Place> found = source.apply(id);
        if (found.isPresent() && !timeToLive.isZero()) {
            if (places.size() >= MAX_PER_TENANT) {
                places.clear();
            }
            places.put(id, new Entry(found.get(), now.plus(timeToLive)));
        } else {
            places.remove(id);
        }
        return found;
    }

    /** Something in the county's region tree moved or was renamed: ask grid again. */
    public void evict(String tenant) {
        byTenant.remove(tenant);
    }
}
