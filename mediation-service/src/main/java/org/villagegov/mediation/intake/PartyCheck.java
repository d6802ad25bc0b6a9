package org.villagegov.mediation.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Component;
import org.villagegov.mediation.dispute.Party;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.HouseholdRefusedException;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/**
 * Turns the parties a request names into checked parties. Every household goes through the
 * platform's place guard in ONE batch lookup, however many parties there are: it must be an
 * active household of the county that the caller may act on (unknown and out of scope get the
 * same 422, so naming ids reveals nothing). Outsiders need a name and a contact.
 */
@Component
class PartyCheck {

    private final PlaceGuard places;

    PartyCheck(PlaceGuard places) {
        this.places = places;
    }

    record PartyRequest(@Schema(description = "a household of the county, or an outsider", example = "HOUSEHOLD")
                        @NotNull Party.Kind kind,
                        @Schema(description = "a HOUSEHOLD party's household, in the caller's scope",
                                example = "0c6f3a52-7d1e-4b8a-9f20-5e4d3c2b1a09")
                        @Size(max = 64) String householdId,
                        @Schema(description = "an OUTSIDER's name (required for one)", example = "张伟")
                        @Size(max = 100) String name,
                        @Schema(description = "an OUTSIDER's phone or address (required for one)",
                                example = "13912345678")
                        @Size(max = 100) String contact,
                        @Schema(description = "the party's user account when known, so they can read the case and "
                                + "rate it")
                        @Size(max = 100) String userId) {
    }

    /**
     * The parties as the staff (or an integrator) name them: households they may act on, with
     * the account ({@code userId}) of a party when they know it.
     */
    List<Party> byStaff(List<PartyRequest> requests, PlatformUser user) {
        return parties(requests, user, null);
    }

    /**
     * The parties of a villager's online filing. The first is the villager's own household; the
     * filer becomes that party by their account, never another's. grid-service's household
     * lookup does not say who heads a household, so "their own" means a household of the
     * villager's own village (the token's village, checked against the grid's answer); the
     * other households they name must be of their village too. Whatever grid-service knows of
     * the other households is kept for the staff and never shown to the villager (CaseView).
     */
    List<Party> byVillager(List<PartyRequest> requests, PlatformUser villager) {
        if (requests.getFirst().kind() != Party.Kind.HOUSEHOLD) {
            throw new RuleViolationException("parties[0].kind", "Filing online, the first party is your own household");
        }
        List<Party> parties = parties(requests, villager, villager.subject());
        if (!parties.getFirst().villageId().equals(villager.village())) {
            throw new RuleViolationException("parties[0].householdId", "The first party is a household of your own village");
        }
        return parties;
    }

    private List<Party> parties(List<PartyRequest> requests, PlatformUser user, String filer) {
        Map<String, Integer> households = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            PartyRequest p = requests.get(i);
            String field = "parties[" + i + "]";
            if (p.kind() == Party.Kind.HOUSEHOLD) {
                if (p.householdId() == null || p.householdId().isBlank()) {
                    throw new RuleViolationException(field + ".householdId", "A household party names its household");
                }
                if (!seen.add(p.householdId())) {
                    throw new RuleViolationException(field + ".householdId", "Household '" + p.householdId() + "' is named twice");
                }
                households.put(p.householdId(), i);
            } else {
                if (p.name() == null || p.name().isBlank()) {
                    throw new RuleViolationException(field + ".name", "An outsider is named");
                }
                if (p.contact() == null || p.contact().isBlank()) {
                    throw new RuleViolationException(field + ".contact", "An outsider leaves a contact");
                }
            }
        }
        Map<String, HouseholdPlace> found = new LinkedHashMap<>();
        lookUp(households, user).forEach(h -> found.put(h.householdId(), h));
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            PartyRequest p = requests.get(i);
            String userId = filer != null ? (i == 0 ? filer : null) : p.userId();
            String id = "p" + (i + 1);
            if (p.kind() == Party.Kind.HOUSEHOLD) {
                HouseholdPlace h = found.get(p.householdId());
                parties.add(new Party(id, Party.Kind.HOUSEHOLD, h.householdId(), h.townshipId(), h.villageId(),
                        p.name() != null ? p.name() : h.headName(), p.contact(), userId));
            } else {
                parties.add(new Party(id, Party.Kind.OUTSIDER, null, null, null, p.name(), p.contact(), userId));
            }
        }
        return parties;
    }

    /** One batch through the guard; a refusal names the party it was about ({@code parties[i].householdId}). */
    private List<HouseholdPlace> lookUp(Map<String, Integer> households, PlatformUser user) {
        if (households.isEmpty()) {
            return List.of();
        }
        try {
            return places.households(households.keySet(), user, "parties");
        } catch (HouseholdRefusedException refused) {
            Integer index = households.get(refused.householdId());
            throw new RuleViolationException(index == null ? refused.field() : "parties[" + index + "].householdId",
                    refused.getMessage());
        }
    }
}
