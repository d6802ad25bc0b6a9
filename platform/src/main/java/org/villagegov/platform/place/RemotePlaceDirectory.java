package org.villagegov.platform.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.villagegov.platform.feign.RemoteServiceException;

/** Places as grid-service knows them, over its lookup API; one call per 2,000 households at most. */
public class RemotePlaceDirectory implements PlaceDirectory {

    /** grid-service's limit on one batch lookup. */
    static final int BATCH = 2_000;

    private final GridPlaces grid;

    RemotePlaceDirectory(GridPlaces grid) {
        this.grid = grid;
    }

    /** A directory calling grid-service at {@code gridUri} with the platform's Feign set-up (relay, timeouts, errors). */
    public static RemotePlaceDirectory over(FeignClientBuilder feign, String gridUri) {
        return new RemotePlaceDirectory(feign.forType(GridPlaces.class, "grid-places").url(gridUri).build());
    }

    @Override
    public Optional<Place> place(String id) {
        return answer(id).map(GridPlaces.PlaceAnswer::place);
    }

    @Override
    public Map<String, HouseholdPlace> households(Collection<String> householdIds) {
        Map<String, HouseholdPlace> found = new LinkedHashMap<>();
        List<String> ids = List.copyOf(householdIds);
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + BATCH)));
            List<HouseholdPlace> answer = grid.households(new GridPlaces.HouseholdsQuestion(batch)).households();
            if (answer != null) {
                answer.forEach(household -> found.put(household.householdId(), household));
            }
        }
        return found;
    }

    @Override
    public long householdCount(String placeId) {
        return answer(placeId).map(GridPlaces.PlaceAnswer::householdCount).orElse(0L);
    }

    /**
     * grid's 404 means "unknown in your county", and its 400 an id that cannot exist: either
     * way the caller's input is wrong, not the server.
     */
    private Optional<GridPlaces.PlaceAnswer> answer(String id) {
        try {
            return Optional.ofNullable(grid.place(id));
        } catch (RemoteServiceException e) {
            if (e.kind() == RemoteServiceException.Kind.NOT_FOUND || e.kind() == RemoteServiceException.Kind.REFUSED) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
