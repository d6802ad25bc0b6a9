package org.villagegov.points.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.web.ListPages;

/**
 * A household's passbook. Balance and ledger live in this one document and change only
 * together, in one conditional update ({@link Ledger}), so balance == sum(entries) holds
 * after every write. Entries are never edited; a correction is a new entry. {@code voided}
 * holds redemption ids the recovery sweep gave up on, so a late debit can no longer land.
 */
@Document("accounts")
class Account extends AggregateRoot {

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    private String gridId;
    private String holderSubject;
    private long balance;
    private List<Entry> entries = new ArrayList<>();
    private List<String> voided = new ArrayList<>();

    Account() {
    }

    record Entry(String id, long amount, Posting.Source source, String ruleCode, Integer ruleVersion, String sourceId,
                 String note, String by, Instant at, String occurredOn) {

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

    List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    long ledgerSum() {
        return entries.stream().mapToLong(Entry::amount).sum();
    }

    /** The invariant every write keeps: the balance is the sum of the ledger. */
    boolean consistent() {
        return balance == ledgerSum();
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

    /** One page of the ledger, newest first. */
    Page<Entry> entries(Pageable pageable) {
        return ListPages.of(entries.stream().sorted(Comparator.comparing(Entry::at).reversed()).toList(), pageable);
    }
}
