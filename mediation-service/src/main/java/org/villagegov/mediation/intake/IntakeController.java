package org.villagegov.mediation.intake;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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

    record NewCase(@Schema(description = "how the dispute came in: WALK_IN, HOTLINE, REFERRAL (police or court, "
                           + "with `referral`) or ONLINE (a villager); GRID_REPORT cases arrive by themselves",
                           example = "WALK_IN")
                   @NotNull MediationCase.Source source,
                   @Valid ReferralRequest referral,
                   @Schema(description = "the kind of dispute, which with the amount decides the level",
                           example = "NEIGHBOURHOOD")
                   @NotNull Category category,
                   @Schema(description = "what the dispute is about", example = "两户因排水沟堵塞致邻家院墙受损，协商赔偿未果")
                   @NotBlank @Size(max = 4000) String description,
                   @Schema(description = "the amount in dispute, in yuan (0 when none)", example = "3000")
                   @NotNull @Min(0) @Max(1_000_000_000) Long amount,
                   @NotNull @Size(min = 2, max = 20) List<@NotNull @Valid PartyRequest> parties,
                   @Schema(description = "the village the case belongs to, in the caller's scope; a villager "
                           + "filing ONLINE leaves it out (their own)", example = "v-3f1c9b2e-8d4a")
                   @Size(max = 64) String villageId,
                   @Schema(description = "leave out: taken from the region tree")
                   @Size(max = 64) String townshipId) {
    }

    record PartiesCorrection(@NotNull @Size(min = 2, max = 20) List<@NotNull @Valid PartyRequest> parties) {
    }

    @PostMapping("/api/v1/mediation/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @CaseReaders
    @Operation(summary = "Open a case: WALK_IN, HOTLINE, REFERRAL (with referral {by, reference}) or ONLINE (a villager, "
            + "whose own household is the first party); triage sets the level, case.opened is published",
            description = "Opens a dispute case with its parties (households of the county or outsiders), category and "
                    + "amount; triage then sets its level in the three levels of mediation (village committee, "
                    + "township centre, county hall) and its acceptance deadline. Staff file in a village of their "
                    + "scope; a villager files ONLINE, in their own village, with their household first. 422 for "
                    + "GRID_REPORT (those arrive from grid-service), a REFERRAL without its referrer, or a household "
                    + "party outside the caller's scope. Raises case.opened.")
    CaseView open(@Valid @RequestBody NewCase request, PlatformUser user) {
        return CaseView.of(intake.file(request, user), time.today(), user);
    }

    @PutMapping("/api/v1/mediation/cases/{id}/parties")
    @PlaceStaff
    @Operation(summary = "Add or correct the parties of a case from a grid report before acceptance (households checked "
            + "with grid-service in one lookup, outsiders with name and contact); triage runs again",
            description = "A case opened from a grid report carries household ids only; the staff name its parties "
                    + "before acceptance and triage runs again, which may move the case to another level "
                    + "(case.retriaged). 409 when the case is not OPEN or did not come from a grid report; 422 for a "
                    + "household outside the caller's scope.")
    CaseView correctParties(@PathVariable @ResourceId String id, @Valid @RequestBody PartiesCorrection request, PlatformUser user) {
        return CaseView.of(intake.correctParties(id, request.parties(), user), time.today(), user);
    }
}
