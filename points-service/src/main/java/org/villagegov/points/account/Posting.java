package org.villagegov.points.account;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One ledger entry to write. {@code entryId} is derived from what caused it ({@code award:<id>},
 * {@code event:<eventId>:<household>}, {@code redeem:<id>}, ...), which makes posting idempotent.
 * {@code occurredOn} is the day of the deed (awards and events): lists and reports count a deed
 * by when it happened, not by when it was credited after the notice period.
 * <p>
 * The rules of what may be posted live here, so the {@link Ledger} only has to write the line and
 * decide it with one conditional update of the account: a redemption only takes points, a refund only gives them back; a deed
 * (award, event) may take a balance below zero, a deduction that spends or corrects points must
 * be covered by the balance.
 */
public record Posting(String entryId, String householdId, String townshipId, String villageId, String gridId,
                      long amount, Source source, String ruleCode, Integer ruleVersion, String sourceId, String note,
                      String by, LocalDate occurredOn) {

    public Posting {
        if (source == Source.REDEMPTION && amount >= 0) {
            throw new IllegalArgumentException("A redemption takes points: " + entryId);
        }
        if (source == Source.REFUND && amount <= 0) {
            throw new IllegalArgumentException("A refund gives points back: " + entryId);
        }
    }

    /** A posting that is no deed (redemptions, refunds, corrections): dated by when it was written. */
    public Posting(String entryId, String householdId, String townshipId, String villageId, String gridId, long amount,
                   Source source, String ruleCode, Integer ruleVersion, String sourceId, String note, String by) {
        this(entryId, householdId, townshipId, villageId, gridId, amount, source, ruleCode, ruleVersion, sourceId, note,
                by, null);
    }

    /** Why the balance changed. */
    public enum Source { AWARD, EVENT, REDEMPTION, REFUND, CORRECTION }

    /** Awards and events judge what a household did: they are announced as {@code points.awarded}. */
    boolean isDeed() {
        return isDeed(source);
    }

    static boolean isDeed(Source source) {
        return source == Source.AWARD || source == Source.EVENT;
    }

    /**
     * Whether the balance must cover this posting. A deed's deduction (gambling, littering) is owed
     * whatever the balance; spending points or correcting them downwards never overdraws.
     */
    boolean needsCover() {
        return needsCover(amount, source);
    }

    static boolean needsCover(long amount, Source source) {
        return amount < 0 && !isDeed(source);
    }

    /** The balance an account must hold at least for this posting to land. */
    long requiredBalance() {
        return requiredBalance(amount, source);
    }

    /** The same rule for a line read back from the passbook (recovery decides lines without their posting). */
    static long requiredBalance(long amount, Source source) {
        return needsCover(amount, source) ? -amount : Long.MIN_VALUE;
    }

    /** Whether an account holding {@code balance} may take this posting. */
    public boolean coveredBy(long balance) {
        return balance >= requiredBalance();
    }

    /** The line this posting adds to the passbook, written undecided under the try's {@code attempt}. */
    PassbookEntry entry(Instant at, String attempt) {
        // occurredOn as ISO text: sorts and compares like the date, and reads back without a zone
        return new PassbookEntry(entryId, householdId, townshipId, villageId, gridId, amount, source, ruleCode,
                ruleVersion, sourceId, note, by, at, occurredOn == null ? null : occurredOn.toString(),
                PassbookEntry.State.PENDING, attempt, null);
    }
}
