package org.villagegov.mediation.mediator;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.mediation.config.MediationStaff;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;

/**
 * The mediators directory. The county admin keeps it; a township officer keeps the village
 * and township mediators of their township. The staff see the mediators who may serve their
 * place, with their current caseload.
 */
@RestController
@Validated
@RequestMapping("/api/v1/mediation/mediators")
@Tag(name = "Mediators", description = "Directory: level, place, specialties, caseload")
class MediatorController {

    private final Mediators mediators;

    MediatorController(Mediators mediators) {
        this.mediators = mediators;
    }

    record NewMediator(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String userId,
                       @NotNull Level level, @Size(max = 64) String townshipId, @Size(max = 64) String villageId,
                       @NotEmpty @Size(max = 7) Set<@NotNull Category> specialties) {
    }

    record MediatorChange(@NotBlank @Size(max = 100) String name, @NotEmpty @Size(max = 7) Set<@NotNull Category> specialties,
                          @NotNull Boolean active, @Min(0) @Max(Integer.MAX_VALUE) Long version) {
    }

    record MediatorView(String id, String name, String userId, Level level, String townshipId, String villageId,
                        Set<Category> specialties, boolean active, long caseload, Long version) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(summary = "Add a mediator: a village one names the village, a township one the township, a county one neither",
            description = "Adds a person of the county to the mediators directory with their level and specialties, "
                    + "for a place in the caller's scope (only the county admin keeps county mediators). 409 when "
                    + "the account is already in the directory; 422 when the place does not fit the level.")
    MediatorView add(@Valid @RequestBody NewMediator request, PlatformUser user) {
        return view(mediators.add(request, user));
    }

    @PutMapping("/{id}")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(summary = "Change name, specialties or active flag (send the version read)",
            description = "An inactive mediator is no longer suggested or assigned. 409 when `version` is not the "
                    + "current one.")
    MediatorView change(@PathVariable @ResourceId String id, @Valid @RequestBody MediatorChange request, PlatformUser user) {
        return view(mediators.change(id, request, user));
    }

    @GetMapping
    @MediationStaff
    @Operation(summary = "Mediators who may serve the caller's place, filtered by level, township, village, specialty",
            description = "Each with their level, place, specialties and current caseload (open cases assigned).")
    List<MediatorView> list(@RequestParam(required = false) Level level,
                            @RequestParam(required = false) @ResourceId String townshipId,
                            @RequestParam(required = false) @ResourceId String villageId,
                            @RequestParam(required = false) Category specialty, PlatformUser user) {
        return mediators.list(level, townshipId, villageId, specialty, user).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @MediationStaff
    @Operation(summary = "One mediator with their caseload",
            description = "A mediator outside the caller's place is 404.")
    MediatorView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return view(mediators.visible(id, user));
    }

    private MediatorView view(Mediator m) {
        return new MediatorView(m.id(), m.name(), m.userId(), m.level(), m.townshipId(), m.villageId(), m.specialties(),
                m.active(), mediators.caseload(m.id()), m.version());
    }
}
