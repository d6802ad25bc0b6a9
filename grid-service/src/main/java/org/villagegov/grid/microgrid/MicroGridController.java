package org.villagegov.grid.microgrid;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(summary = "Create a micro-grid",
            description = "Draws a micro-grid in a village of the caller's scope with its grid worker; households are "
                    + "added one by one afterwards. 422 when the village lies outside the caller's scope.")
    @PostMapping("/api/v1/grid/micro-grids")
    @ResponseStatus(HttpStatus.CREATED)
    @MicroGridManagers
    MicroGridView create(@Valid @RequestBody CreateMicroGrid request, PlatformUser user) {
        return MicroGridView.of(grids.create(request.villageId(), request.townshipId(), request.name(), request.workerSubject(),
                request.workerName(), user));
    }

    @Operation(summary = "Read a micro-grid",
            description = "One micro-grid with its grid worker, former workers and households; one outside the "
                    + "caller's scope is 404.")
    @GetMapping("/api/v1/grid/micro-grids/{id}")
    @MicroGridReaders
    MicroGridView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return MicroGridView.of(grids.visible(id, user));
    }

    @Operation(summary = "A village's micro-grids",
            description = "Every micro-grid of one village in the caller's scope (422 naming `villageId` otherwise).")
    @GetMapping("/api/v1/grid/micro-grids")
    @MicroGridReaders
    List<MicroGridView> ofVillage(@RequestParam @NotBlank @ResourceId String villageId, PlatformUser user) {
        return grids.ofVillage(villageId, user).stream().map(MicroGridView::of).toList();
    }

    @Operation(summary = "Add a household to a micro-grid",
            description = "Puts a household of the micro-grid's village into it. 409 when the household already "
                    + "belongs to a micro-grid or the grid is full (10-15 households, the county's limit). Raises "
                    + "micro-grid.household-added.")
    @PostMapping("/api/v1/grid/micro-grids/{id}/households")
    @MicroGridManagers
    MicroGridView addHousehold(@PathVariable @ResourceId String id, @Valid @RequestBody AddHousehold request, PlatformUser user) {
        return MicroGridView.of(grids.addHousehold(id, request.householdId(), user));
    }

    @Operation(summary = "Remove a household from a micro-grid",
            description = "Takes the household out of the micro-grid; 404 when it is not in it. Raises "
                    + "micro-grid.household-removed.")
    @DeleteMapping("/api/v1/grid/micro-grids/{id}/households/{householdId}")
    @MicroGridManagers
    MicroGridView removeHousehold(@PathVariable @ResourceId String id, @PathVariable @ResourceId String householdId, PlatformUser user) {
        return MicroGridView.of(grids.removeHousehold(id, householdId, user));
    }

    @Operation(summary = "Assign the grid worker",
            description = "Makes another person the micro-grid's grid worker; the former one is kept in its history.")
    @PutMapping("/api/v1/grid/micro-grids/{id}/worker")
    @MicroGridManagers
    MicroGridView assignWorker(@PathVariable @ResourceId String id, @Valid @RequestBody AssignWorker request, PlatformUser user) {
        return MicroGridView.of(grids.assignWorker(id, request.workerSubject(), request.workerName(), user));
    }

    @Operation(summary = "The county's grid settings",
            description = "The most households a micro-grid of this county may hold.")
    @GetMapping("/api/v1/grid/settings")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE})
    SettingsView settings() {
        return SettingsView.of(grids.settings());
    }

    @Operation(summary = "Change the county's grid settings",
            description = "Sets the most households per micro-grid (10 to 50); grids already fuller keep their "
                    + "households but take no more.")
    @PutMapping("/api/v1/grid/settings")
    @AnyRole(Role.COUNTY_ADMIN)
    SettingsView changeSettings(@Valid @RequestBody GridSettings request) {
        return SettingsView.of(grids.changeLimit(request.maxHouseholdsPerMicroGrid()));
    }
}
