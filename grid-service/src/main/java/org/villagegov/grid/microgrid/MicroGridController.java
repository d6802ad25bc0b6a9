package org.villagegov.grid.microgrid;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Micro-grids of 10-15 households, each with a grid worker; the county may raise the limit. */
@Tag(name = "Micro-grids",
        description = "Micro-grids of 10-15 households with their grid worker, and the county's grid settings.")
@RestController
class MicroGridController {

    private final MicroGrids grids;

    MicroGridController(MicroGrids grids) {
        this.grids = grids;
    }

    record CreateMicroGrid(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId,
                           @NotBlank @Size(max = 100) String name,
                           @NotBlank @Size(max = 64) String workerSubject, @NotBlank @Size(max = 50) String workerName) {
    }

    record AddHousehold(@NotBlank @Size(max = 64) String householdId) {
    }

    record AssignWorker(@NotBlank @Size(max = 64) String workerSubject, @NotBlank @Size(max = 50) String workerName) {
    }

    record GridSettings(@NotNull @Min(10) @Max(50) Integer maxHouseholdsPerMicroGrid) {
    }

    record WorkerView(String subject, String name, Instant from, Instant until) {
        static WorkerView of(MicroGrid.Worker worker) {
            return worker == null ? null : new WorkerView(worker.subject(), worker.name(), worker.from(), worker.until());
        }
    }

    record MicroGridView(String id, String townshipId, String villageId, String name, WorkerView worker,
                         List<WorkerView> formerWorkers, List<String> householdIds, int households) {
        static MicroGridView of(MicroGrid grid) {
            return new MicroGridView(grid.id(), grid.townshipId(), grid.villageId(), grid.name(),
                    WorkerView.of(grid.worker()), grid.formerWorkers().stream().map(WorkerView::of).toList(),
                    grid.householdIds(), grid.size());
        }
    }

    record SettingsView(String id, int maxHouseholdsPerMicroGrid) {
        static SettingsView of(CountyGridSettings settings) {
            return new SettingsView(settings.id(), settings.maxHouseholdsPerMicroGrid());
        }
    }

    @PostMapping("/api/v1/grid/micro-grids")
    @ResponseStatus(HttpStatus.CREATED)
    @MicroGridManagers
    MicroGridView create(@Valid @RequestBody CreateMicroGrid request, PlatformUser user) {
        return MicroGridView.of(grids.create(request.villageId(), request.townshipId(), request.name(), request.workerSubject(),
                request.workerName(), user));
    }

    @GetMapping("/api/v1/grid/micro-grids/{id}")
    @MicroGridReaders
    MicroGridView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return MicroGridView.of(grids.visible(id, user));
    }

    @GetMapping("/api/v1/grid/micro-grids")
    @MicroGridReaders
    List<MicroGridView> ofVillage(@RequestParam @NotBlank @ResourceId String villageId, PlatformUser user) {
        return grids.ofVillage(villageId, user).stream().map(MicroGridView::of).toList();
    }

    @PostMapping("/api/v1/grid/micro-grids/{id}/households")
    @MicroGridManagers
    MicroGridView addHousehold(@PathVariable @ResourceId String id, @Valid @RequestBody AddHousehold request, PlatformUser user) {
        return MicroGridView.of(grids.addHousehold(id, request.householdId(), user));
    }

    @DeleteMapping("/api/v1/grid/micro-grids/{id}/households/{householdId}")
    @MicroGridManagers
    MicroGridView removeHousehold(@PathVariable @ResourceId String id, @PathVariable @ResourceId String householdId, PlatformUser user) {
        return MicroGridView.of(grids.removeHousehold(id, householdId, user));
    }

    @PutMapping("/api/v1/grid/micro-grids/{id}/worker")
    @MicroGridManagers
    MicroGridView assignWorker(@PathVariable @ResourceId String id, @Valid @RequestBody AssignWorker request, PlatformUser user) {
        return MicroGridView.of(grids.assignWorker(id, request.workerSubject(), request.workerName(), user));
    }

    @GetMapping("/api/v1/grid/settings")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE})
    SettingsView settings() {
        return SettingsView.of(grids.settings());
    }

    @PutMapping("/api/v1/grid/settings")
    @AnyRole(Role.COUNTY_ADMIN)
    SettingsView changeSettings(@Valid @RequestBody GridSettings request) {
        return SettingsView.of(grids.changeLimit(request.maxHouseholdsPerMicroGrid()));
    }
}
