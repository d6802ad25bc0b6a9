package org.villagegov.mediation.intake;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.mediation.dispute.CaseView;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.Category;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.dispute.Party;
import org.villagegov.mediation.intake.PartyCheck.PartyRequest;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

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
    private final Cases cases;
    private final PartyCheck partyCheck;
    private final PlaceGuard places;

    IntakeController(Intake intake, Cases cases, PartyCheck partyCheck, PlaceGuard places) {
        this.intake = intake;
        this.cases = cases;
        this.partyCheck = partyCheck;
        this.places = places;
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

    private record Where(String townshipId, String villageId) {
    }

    @PostMapping("/api/v1/mediation/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','mediator','integrator','villager')")
    @Operation(summary = "Open a case: WALK_IN, HOTLINE, REFERRAL (with referral {by, reference}) or ONLINE (a villager, "
            + "whose own household is the first party); triage sets the level, case.opened is published")
    CaseView open(@Valid @RequestBody NewCase request, PlatformUser user) {
        boolean villagerOnly = user.hasRole(Roles.VILLAGER) && !isStaff(user);
        checkSource(request, villagerOnly);
        List<Party> parties;
        Where where;
        if (villagerOnly) {
            parties = partyCheck.byVillager(request.parties(), user);
            where = villagersPlace(request, parties.getFirst());
        } else {
            parties = partyCheck.byStaff(request.parties(), user);
            where = place(request, parties, user);
        }
        MediationCase.Referral referral = request.source() == MediationCase.Source.REFERRAL
                ? new MediationCase.Referral(request.referral().by(), request.referral().reference()) : null;
        MediationCase opened = intake.open(UUID.randomUUID().toString(), request.source(), null, referral,
                where.townshipId(), where.villageId(), request.category(), request.description(), request.amount(),
                parties, user.subject());
        return CaseView.of(opened, cases.today(), user);
    }

    @PutMapping("/api/v1/mediation/cases/{id}/parties")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre')")
    @Operation(summary = "Add or correct the parties of a case from a grid report before acceptance (households checked "
            + "with grid-service in one lookup, outsiders with name and contact); triage runs again")
    CaseView correctParties(@PathVariable String id, @Valid @RequestBody PartiesCorrection request, PlatformUser user) {
        MediationCase c = cases.handled(id, user);
        List<Party> parties = partyCheck.byStaff(request.parties(), user);
        return CaseView.of(intake.correctParties(c, parties), cases.today(), user);
    }

    private static void checkSource(NewCase request, boolean villagerOnly) {
        if (request.source() == MediationCase.Source.GRID_REPORT) {
            throw new RuleViolationException("source", "Grid reports arrive from grid-service, not through this route");
        }
        if (villagerOnly && request.source() != MediationCase.Source.ONLINE) {
            throw new RuleViolationException("source", "A villager files ONLINE");
        }
        if (request.source() == MediationCase.Source.REFERRAL && request.referral() == null) {
            throw new RuleViolationException("referral", "A referral names who referred it (POLICE or COURT) and their reference");
        }
    }

    /**
     * The staff's case: in the named village (which the caller may act in; a township in the body
     * must be the village's), else in the first household's village.
     */
    private Where place(NewCase request, List<Party> parties, PlatformUser user) {
        if (request.villageId() != null) {
            Place village = places.village(request.villageId(), request.townshipId(), user, "villageId", "townshipId");
            return new Where(village.townshipId(), village.id());
        }
        Party first = parties.stream().filter(p -> p.kind() == Party.Kind.HOUSEHOLD).findFirst()
                .orElseThrow(() -> new RuleViolationException("villageId",
                        "Name the village of the dispute when no party is a household of the county"));
        return agreeing(request, new Where(first.townshipId(), first.villageId()));
    }

    /** A villager's case is in their own household's village; a body naming another place is refused, not followed. */
    private static Where villagersPlace(NewCase request, Party own) {
        Where where = new Where(own.townshipId(), own.villageId());
        if (request.villageId() != null && !request.villageId().equals(where.villageId())) {
            throw new RuleViolationException("villageId", "Your case is placed in your own village; leave villageId out");
        }
        return agreeing(request, where);
    }

    private static Where agreeing(NewCase request, Where where) {
        if (request.townshipId() != null && !request.townshipId().equals(where.townshipId())) {
            throw new RuleViolationException("townshipId", "The case's township is taken from the region tree; leave townshipId out");
        }
        return where;
    }

    private static boolean isStaff(PlatformUser user) {
        return user.hasAnyRole(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VILLAGE_CADRE, Roles.MEDIATOR,
                Roles.INTEGRATOR);
    }
}
