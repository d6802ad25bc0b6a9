package org.villagegov.mediation.dispute;

/**
 * One side of a dispute: a household of the county (checked with grid-service, which also
 * gives its township and village) or an outsider known by name and contact. {@code userId}
 * is the villager's account (token subject) when known: it is what lets a villager see the
 * cases they are party to, and rate them.
 */
public record Party(String id, Kind kind, String householdId, String townshipId, String villageId, String name,
                    String contact, String userId) {

    public enum Kind { HOUSEHOLD, OUTSIDER }
}
