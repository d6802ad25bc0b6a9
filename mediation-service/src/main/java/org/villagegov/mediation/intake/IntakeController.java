package org.villagegov.mediation.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.mediation.dispute.CaseView;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.Category;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.dispute.Party;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/**
 * Intake by people: walk-in, hotline, referral by police or court (staff, integrators such as
 * a hotline system) and online filing by a villager. Household parties are checked with
 * grid-service; the case's place is the named village, else the first household's.
 */
@RestController
@Tag(name = "Intake", description = "Opening a case")
class IntakeController {

    private final Intake intake;
    private final Cases cases;
    private final GridLookup grid;

    IntakeController(Intake intake, Cases cases, GridLookup grid) {
        this.intake = intake;
        this.cases = cases;
        this.grid = grid;
    }

    record PartyRequest(@NotNull Party.Kind kind, @Size(max = 64) String householdId, @Size(max = 100) String name,
                        @Size(max = 100) String contact, @Size(max = 100) String userId) {
    }

    record ReferralRequest(@NotNull MediationCase.Referrer by, @NotBlank @Size(max = 100) String reference) {
    }

    record NewCase(@NotNull MediationCase.Source source, @Valid ReferralRequest referral, @NotNull Category category,
                   @NotBlank @Size(max = 4000) String description, @NotNull @Min(0) @Max(1_000_000_000) Long amount,
                   @NotNull @Size(min = 2, max = 20) List<@NotNull @Valid PartyRequest> parties,
                   @Size(max = 64) String villageId) {
    }

    private record Place(String townshipId, String villageId) {
    }

    @PostMapping("/api/v1/mediation/cases")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','mediator','integrator','villager')")
    @Operation(summary = "Open a case: WALK_IN, HOTLINE, REFERRAL (with referral {by, reference}) or ONLINE (a villager, "
            + "who becomes the first party); triage sets the level, case.opened is published")
    CaseView open(@Valid @RequestBody NewCase request, PlatformUser user) {
        boolean villagerOnly = user.hasRole(Roles.VILLAGER) && !isStaff(user);
        checkSource(request, villagerOnly);
        List<Party> parties = parties(request.parties(), villagerOnly ? user.subject() : null);
        Place place = place(request.villageId(), parties);
        if (!villagerOnly && !mayOpenIn(user, place)) {
            throw new RuleViolationException("villageId", "You may not open cases in village '" + place.villageId() + "'");
        }
        MediationCase.Referral referral = request.source() == MediationCase.Source.REFERRAL
                ? new MediationCase.Referral(request.referral().by(), request.referral().reference()) : null;
        MediationCase opened = intake.open(UUID.randomUUID().toString(), request.source(), null, referral,
                place.townshipId(), place.villageId(), request.category(), request.description(), request.amount(),
                parties, user.subject());
        return CaseView.of(opened, cases.today(), user);
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

    /** Households are checked with grid-service; outsiders need a name and a contact. A filing villager is the first party. */
    private List<Party> parties(List<PartyRequest> requests, String filingVillager) {
        List<Party> parties = new ArrayList<>();
        Set<String> households = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            PartyRequest p = requests.get(i);
            String field = "parties[" + i + "]";
            String userId = filingVillager != null ? (i == 0 ? filingVillager : null) : p.userId();
            if (p.kind() == Party.Kind.HOUSEHOLD) {
                if (p.householdId() == null || p.householdId().isBlank()) {
                    throw new RuleViolationException(field + ".householdId", "A household party names its household");
                }
                if (!households.add(p.householdId())) {
                    throw new RuleViolationException(field + ".householdId", "Household '" + p.householdId() + "' is named twice");
                }
                GridLookup.Household household = GridLookup.orNull(() -> grid.household(p.householdId()));
                if (household == null || !household.active()) {
                    throw new RuleViolationException(field + ".householdId", "No active household '" + p.householdId() + "' in this county");
                }
                parties.add(new Party("p" + (i + 1), Party.Kind.HOUSEHOLD, household.householdId(), household.townshipId(),
                        household.villageId(), p.name() != null ? p.name() : household.headName(), p.contact(), userId));
            } else {
                if (p.name() == null || p.name().isBlank()) {
                    throw new RuleViolationException(field + ".name", "An outsider is named");
                }
                if (p.contact() == null || p.contact().isBlank()) {
                    throw new RuleViolationException(field + ".contact", "An outsider leaves a contact");
                }
                parties.add(new Party("p" + (i + 1), Party.Kind.OUTSIDER, null, null, null, p.name(), p.contact(), userId));
            }
        }
        return parties;
    }

    private Place place(String villageId, List<Party> parties) {
        if (villageId != null) {
            GridLookup.Village village = GridLookup.orNull(() -> grid.village(villageId));
            if (village == null) {
                throw new RuleViolationException("villageId", "No village '" + villageId + "' in this county");
            }
            return new Place(village.townshipId(), village.villageId());
        }
        return parties.stream().filter(p -> p.kind() == Party.Kind.HOUSEHOLD).findFirst()
                .map(p -> new Place(p.townshipId(), p.villageId()))
                .orElseThrow(() -> new RuleViolationException("villageId",
                        "Name the village of the dispute when no party is a household of the county"));
    }

    private static boolean isStaff(PlatformUser user) {
        return user.hasAnyRole(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER, Roles.VILLAGE_CADRE, Roles.MEDIATOR,
                Roles.INTEGRATOR);
    }

    /** County-wide accounts anywhere; a township officer or township mediator in their township; others in their village. */
    private static boolean mayOpenIn(PlatformUser user, Place place) {
        if (user.isCountyWide()) {
            return true;
        }
        if (user.hasAnyRole(Roles.TOWNSHIP_OFFICER, Roles.MEDIATOR) && user.village() == null
                && place.townshipId().equals(user.township())) {
            return true;
        }
        if (user.hasRole(Roles.TOWNSHIP_OFFICER) && place.townshipId().equals(user.township())) {
            return true;
        }
        return user.hasAnyRole(Roles.VILLAGE_CADRE, Roles.MEDIATOR) && place.villageId().equals(user.village());
    }
}
