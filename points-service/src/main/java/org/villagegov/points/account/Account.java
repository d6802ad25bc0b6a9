package org.villagegov.points.account;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/**
 * A household's passbook: the balance, and what it needs to take each posting exactly once.
 * The lines themselves live in their own append-only collection ({@link PassbookEntry}), so a
 * posting no longer rewrites a growing document. {@code seq} counts the decisions taken on this
 * account and {@code last} names the latest one (which line, which attempt, what outcome): every
 * change of the balance is one conditional update from a known {@code seq} to the next, so a
 * line is decided once ({@link Ledger}). balance == sum of the lines it {@link #holds}.
 * <p>
 * A passbook written before the lines moved out still has no {@code seq} and an embedded
 * {@code entries} array; {@link LegacyPassbooks} moves it out on its first use.
 */
@Document(Ledger.COLLECTION)
class Account extends AggregateRoot {

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    private String gridId;
    private String holderSubject;
    private long balance;
    /** null only for a passbook that still holds its lines itself (not yet moved out). */
    private Long seq;
    private long entryCount;
    private Decision last;

    Account() {
    }

    /** The latest decision on a line, kept until the line itself shows it. */
    record Decision(String entryId, String attempt, PassbookEntry.State outcome) {
    }

    String id() {
        return id;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    String gridId() {
        return gridId;
    }

    String holderSubject() {
        return holderSubject;
    }

    long balance() {
        return balance;
    }

    long seq() {
        return seq == null ? 0 : seq;
    }

    /** Whether the lines still live in this document (written before they moved to their own collection). */
    boolean isLegacy() {
        return seq == null;
    }

    /** How many lines the passbook holds. */
    long entryCount() {
        return entryCount;
    }

    Decision last() {
        return last;
    }

    /**
     * Whether a line belongs to the ledger as of this reading of the account: decided APPLIED at
     * or before this {@code seq} (a later decision is not in this balance yet), or the last
     * decision, APPLIED, that its line does not show yet. Read the account first, then its lines,
     * and the sum of the lines it holds is exactly this balance.
     */
    boolean holds(PassbookEntry entry) {
        if (entry.state() == PassbookEntry.State.APPLIED) {
            return entry.seq() != null && entry.seq() <= seq();
        }
        return entry.state() == PassbookEntry.State.PENDING && last != null
                && last.outcome() == PassbookEntry.State.APPLIED && last.entryId().equals(entry.id())
                && last.attempt().equals(entry.attempt());
    }

    /**
     * Staff read the passbooks of their scope; a villager only the one linked to them, wherever it
     * is (a villager who is also staff reads as staff inside their scope).
     */
    boolean mayBeReadBy(PlatformUser user) {
        boolean holder = user.hasRole(Roles.VILLAGER) && user.subject().equals(holderSubject);
        if (!user.mayAccess(townshipId, villageId)) {
            return holder;
        }
        boolean onlyVillager = user.hasRole(Roles.VILLAGER) && !user.hasAnyRole(Roles.COUNTY_ADMIN,
                Roles.TOWNSHIP_OFFICER, Roles.VILLAGE_CADRE, Roles.COUNCIL_MEMBER, Roles.GRID_WORKER,
                Roles.POINTS_CLERK, Roles.INTEGRATOR);
        return !onlyVillager || user.subject().equals(holderSubject);
    }
}
