package org.villagegov.points.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.messaging.AggregateRoot;

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
    }

    String getId() {
        return id;
    }

    String getTownshipId() {
        return townshipId;
    }

    String getVillageId() {
        return villageId;
    }

    String getGridId() {
        return gridId;
    }

    String getHolderSubject() {
        return holderSubject;
    }

    long getBalance() {
        return balance;
    }

    List<Entry> getEntries() {
        return entries;
    }

    long ledgerSum() {
        return entries.stream().mapToLong(Entry::amount).sum();
    }
}
