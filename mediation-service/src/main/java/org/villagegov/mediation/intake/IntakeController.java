package org.villagegov.mediation.intake;

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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.mediation.config.CaseReaders;
import org.villagegov.mediation.config.PlaceStaff;
import org.villagegov.mediation.dispute.CaseView;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.intake.PartyCheck.PartyRequest;
import org.villagegov.mediation.triage.Category;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/**
 * Intake by people: walk-in, hotline, referral by police or court (staff, integrators such as
 * a hotline system) and online filing by a villager. Places and households are checked with
 * the platform's place guard; the case's place is the named village, else the first
 * household's; a villager's case is placed in their own household's village.
 */
@RestController
@Tag(name = "Intake", description = "Opening a case")
class IntakeController {

    private final Intake intake;
    private final CountyTime time;

    IntakeController(Intake intake, CountyTime time) {
        this.intake = intake;
        this.time = time;
    }

    record ReferralRequest(@NotNull MediationCase.Referrer by, @NotBlank @Size(max = 100) String reference) {
    }

    record NewCase(@NotNull MediationCase.Source source, @Valid ReferralRequest referral, @NotNull Category category,
                   @NotBlank @Size(max = 4000) String description, @NotNull @Min(0) @Max(1_000_000_000) Long amount,
                   @NotNull @Size(min = 2, max = 20) List<@NotNull @Valid PartyRequest> parties,
                   @Size(max = 64) String villageId, @Size(max = 64) String townshipId) {
    }

    record PartiesCorrection(@NotNull @Size(min = 2, max = 20) List<@NotNull @Valid PartyRequest> parties) {
    }

    @PostMapping("/api/v1/mediation/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @CaseReaders
    @Operation(summary = "Open a case: WALK_IN, HOTLINE, REFERRAL (with referral {by, reference}) or ONLINE (a villager, "
            + "whose own household is the first party); triage sets the level, case.opened is published")
    CaseView open(@Valid @RequestBody NewCase request, PlatformUser user) {
        return CaseView.of(intake.file(request, user), time.today(), user);
    }

    @PutMapping("/api/v1/mediation/cases/{id}/parties")
    @PlaceStaff
    @Operation(summary = "Add or correct the parties of a case from a grid report before acceptance (households checked "
            + "with grid-service in one lookup, outsiders with name and contact); triage runs again")
    CaseView correctParties(@PathVariable @ResourceId String id, @Valid @RequestBody PartiesCorrection request, PlatformUser user) {
        return CaseView.of(intake.correctParties(id, request.parties(), user), time.today(), user);
    }
}
