package org.villagegov.points.account;

/**
 * One ledger entry to write. {@code entryId} is derived from what caused it ({@code award:<id>},
 * {@code event:<eventId>:<household>}, {@code redeem:<id>}, ...), which makes posting idempotent.
 */
public record Posting(String entryId, String householdId, String townshipId, String villageId, String gridId,
                      long amount, Source source, String ruleCode, Integer ruleVersion, String sourceId, String note,
                      String by) {

    /** Why the balance changed. */
    public enum Source { AWARD, EVENT, REDEMPTION, REFUND, CORRECTION }
}
