package org.villagegov.points.account;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.time.CountyTime;

/**
 * One line of a household's passbook, in its own append-only collection so that a posting no
 * longer rewrites a growing account document. The id is the posting's idempotency id
 * ({@code award:<id>}, {@code redeem:<id>}, ...), unique by being the {@code _id}. The line is
 * written first ({@link State#PENDING}) and then decided by the account's conditional update
 * ({@link Ledger}); only a decided {@link State#APPLIED} line, or the account's last decision
 * while it is not yet copied onto its line, is part of the ledger ({@link Account#holds}).
 * {@code attempt} tells apart two tries of the same id (a refused correction approved again);
 * {@code seq} is the account's decision number, which orders the passbook and lets a reader
 * take the balance and the lines at the same moment.
 */
@Document(PassbookEntry.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "passbook_newest_first", def = "{'householdId': 1, 'seq': -1}"),
        @CompoundIndex(name = "undecided_by_age", def = "{'state': 1, 'at': 1}")})
record PassbookEntry(@Id String id, String householdId, String townshipId, String villageId, String gridId,
                     long amount, Posting.Source source, String ruleCode, Integer ruleVersion, String sourceId,
                     String note, String by, Instant at, String occurredOn, State state, String attempt,
                     Long seq) {

    static final String COLLECTION = "passbook_entries";

    /**
     * PENDING: written, not yet decided; APPLIED: in the balance; REFUSED: the balance did not
     * cover it (may be tried again, as a new attempt); VOID: given up for good (a redemption
     * whose recovery undid it), so a late try of the same id can never land.
     */
    public enum State { PENDING, APPLIED, REFUSED, VOID }

    /** What the recovery of a redemption leaves where no line was written: the id, taken for good. */
    static PassbookEntry tombstone(String id, String householdId, String sourceId, Instant at) {
        return new PassbookEntry(id, householdId, null, null, null, 0, null, null, null, sourceId, "void", null, at, null,
                State.VOID, null, null);
    }

    /** The same line as a new try: undecided again, under another attempt. */
    PassbookEntry retried(String newAttempt, Instant now) {
        return new PassbookEntry(id, householdId, townshipId, villageId, gridId, amount, source, ruleCode, ruleVersion,
                sourceId, note, by, now, occurredOn, State.PENDING, newAttempt, null);
    }

    /** Whether an account holding {@code balance} may take this line (the rule is {@link Posting}'s). */
    boolean coveredBy(long balance) {
        return balance >= Posting.requiredBalance(amount, source);
    }

    boolean isDeed() {
        return Posting.isDeed(source);
    }

    /** The {@code points.awarded} event of a deed (CONTRACTS.md). */
    PointsAwarded awarded() {
        if (!isDeed()) {
            throw new IllegalStateException("Only a deed is announced: " + id);
        }
        return new PointsAwarded(householdId, townshipId, villageId, amount, ruleCode, source.name(), sourceId);
    }

    /**
     * The day the entry counts on in lists and reports: a deed (award, event) on the day it
     * happened, anything else on the county day it was written. A deed credited after its notice
     * period, or in the first days of the next month, still belongs to the period it was done in.
     */
    LocalDate countsOn() {
        if (occurredOn != null) {
            return LocalDate.parse(occurredOn);
        }
        return at == null ? null : CountyTime.dateOf(at);
    }
}
