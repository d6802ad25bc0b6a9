package org.villagegov.mediation.dispute;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.villagegov.mediation.triage.PartySpread;

/**
 * One side of a dispute: a household of the county (checked with grid-service, which also
 * gives its township and village) or an outsider known by name and contact. {@code userId}
 * is the villager's account (token subject) when known: it is what lets a villager see the
 * cases they are party to, and rate them.
 */
public record Party(String id, Kind kind, String householdId, String townshipId, String villageId, String name,
                    String contact, String userId) {

    public enum Kind { HOUSEHOLD, OUTSIDER }

    /** What triage needs to know of the parties: the villages and townships their households span, any outsider. */
    public static PartySpread spread(List<Party> parties) {
        Set<String> villages = new HashSet<>();
        Set<String> townships = new HashSet<>();
        boolean outsiders = false;
        for (Party party : parties) {
            if (party.kind() == Kind.OUTSIDER) {
                outsiders = true;
            } else {
                if (party.villageId() != null) {
                    villages.add(party.villageId());
                }
                if (party.townshipId() != null) {
                    townships.add(party.townshipId());
                }
            }
        }
        return new PartySpread(villages.size(), townships.size(), outsiders);
    }
}
