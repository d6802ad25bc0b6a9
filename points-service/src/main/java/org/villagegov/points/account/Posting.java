package org.villagegov.points.account;

import java.time.LocalDate;

/**
 * One ledger entry to write. {@code entryId} is derived from what caused it ({@code award:<id>},
 * {@code event:<eventId>:<household>}, {@code redeem:<id>}, ...), which makes posting idempotent.
 * {@code occurredOn} is the day of the deed (awards and events): lists and reports count a deed
 * by when it happened, not by when it was credited after the notice period.
 */
public record Posting(String entryId, String householdId, String townshipId, String villageId, String gridId,
                      long amount, Source source, String ruleCode, Integer ruleVersion, String sourceId, String note,
                      String by, LocalDate occurredOn) {

    /** A posting that is no deed (redemptions, refunds, corrections): dated by when it was written. */
    public Posting(String entryId, String householdId, String townshipId, String villageId, String gridId, long amount,
                   Source source, String ruleCode, Integer ruleVersion, String sourceId, String note, String by) {
        this(entryId, householdId, townshipId, villageId, gridId, amount, source, ruleCode, ruleVersion, sourceId, note,
                by, null);
    }

    /** Why the balance changed. */
    public enum Source { AWARD, EVENT, REDEMPTION, REFUND, CORRECTION }
}
