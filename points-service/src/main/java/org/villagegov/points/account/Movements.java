package org.villagegov.points.account;

import java.time.LocalDate;
import java.util.List;

/**
 * What moved on passbooks, by kind: deeds issued and deducted (awards and events), corrections,
 * redemptions and refunds. {@code active}: a deed or a redemption happened. The one place that
 * says which entry counts as what, for the lists, the leaderboard and the county report alike.
 */
public record Movements(long issued, long deducted, long corrected, long redeemed, long refunded, boolean active) {

    public static final Movements NONE = new Movements(0, 0, 0, 0, 0, false);

    /** The entries that count in {@code from..to} (both included; no bounds: every entry). */
    static Movements of(List<PassbookEntry> entries, LocalDate from, LocalDate to) {
        long issued = 0;
        long deducted = 0;
        long corrected = 0;
        long redeemed = 0;
        long refunded = 0;
        boolean active = false;
        for (PassbookEntry entry : entries) {
            LocalDate day = entry.countsOn();
            if (from != null && (day == null || day.isBefore(from) || day.isAfter(to))) {
                continue;
            }
            long amount = entry.amount();
            switch (entry.source()) {
                case AWARD, EVENT -> {
                    active = true;
                    if (amount > 0) {
                        issued += amount;
                    } else {
                        deducted -= amount;
                    }
                }
                case REDEMPTION -> {
                    active = true;
                    redeemed -= amount;
                }
                case REFUND -> refunded += amount;
                case CORRECTION -> corrected += amount;
            }
        }
        return new Movements(issued, deducted, corrected, redeemed, refunded, active);
    }

    /** Net points earned by deeds: what the leaderboard ranks. */
    public long earnedNet() {
        return issued - deducted;
    }

    /** What the balances must add up to if every point is explained. */
    public long expectedBalance() {
        return issued - deducted + corrected - redeemed + refunded;
    }

    /** Two sums together; {@code active} says whether either had a deed or a redemption. */
    Movements plus(Movements other) {
        return new Movements(issued + other.issued, deducted + other.deducted, corrected + other.corrected,
                redeemed + other.redeemed, refunded + other.refunded, active || other.active);
    }
}
