package org.villagegov.points.account;

/** Payload of {@code points.awarded} (CONTRACTS.md): a deed reached the passbook. */
record PointsAwarded(String householdId, String townshipId, String villageId, long amount, String ruleCode,
                     String source, String sourceId) {
}
