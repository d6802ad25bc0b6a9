package org.villagegov.points.lists;

import java.util.Optional;

import org.villagegov.points.account.Movements;

/**
 * Which list a household's period puts it on, judged by what it earned and was deducted in the
 * period, not by its balance: a household that once earned much and now gambles is still listed
 * black. Black wins over red; red needs a clean period (nothing deducted).
 */
record ListRules(long redMinEarned, long blackMinDeducted) {

    /** The list and the reason it states, or empty when the household stays off both. */
    Optional<Verdict> judge(Movements period) {
        if (period.deducted() >= blackMinDeducted) {
            return Optional.of(new Verdict(ListEntry.Kind.BLACK, period.deducted() + " points deducted in the period"));
        }
        if (period.issued() >= redMinEarned && period.deducted() == 0) {
            return Optional.of(new Verdict(ListEntry.Kind.RED, period.issued() + " points earned in the period"));
        }
        return Optional.empty();
    }

    record Verdict(ListEntry.Kind kind, String reason) {
    }
}
