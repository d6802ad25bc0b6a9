package org.villagegov.grid.microgrid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * A micro-grid of a village: 10-15 households looked after by one grid worker. The
 * household count is kept in {@code size} so the limit is checked in the same atomic
 * update that adds a household; workers who held the grid before are kept in history.
 */
@Document("micro_grids")
class MicroGrid extends AggregateRoot {

    record Worker(String subject, String name, Instant from, Instant until) {
    }

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    private String name;
    private Worker worker;
    private List<Worker> formerWorkers = new ArrayList<>();
    private List<String> householdIds = new ArrayList<>();
    private int size;

    MicroGrid() {
    }

    static MicroGrid create(String id, String townshipId, String villageId, String name, String workerSubject,
                            String workerName, Instant now) {
        MicroGrid grid = new MicroGrid();
        grid.id = id;
        grid.townshipId = townshipId;
        grid.villageId = villageId;
        grid.name = name;
        grid.worker = new Worker(workerSubject, workerName, now, null);
        return grid;
    }

    void assignWorker(String subject, String workerName, Instant now) {
        if (worker != null) {
            formerWorkers.add(new Worker(worker.subject(), worker.name(), worker.from(), now));
        }
        worker = new Worker(subject, workerName, now, null);
    }

    /**
     * Payload of {@code micro-grid.household-added} and {@code micro-grid.household-removed}
     * (CONTRACTS.md), raised in the same update that changes the grid's households.
     */
    record MembershipChanged(String microGridId, String householdId, String townshipId, String villageId) {
    }

    String id() {
        return id;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    String name() {
        return name;
    }

    Worker worker() {
        return worker;
    }

    List<Worker> formerWorkers() {
        return Collections.unmodifiableList(formerWorkers);
    }

    List<String> householdIds() {
        return Collections.unmodifiableList(householdIds);
    }

    int size() {
        return size;
    }
}
