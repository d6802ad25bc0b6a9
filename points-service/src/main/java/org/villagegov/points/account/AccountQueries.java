package org.villagegov.points.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.data.MongoPages;

/**
 * How the passbooks are read: summaries of a scope, one passbook's lines, the county-wide check.
 * Every read of lines reads the accounts first and keeps only the lines each account
 * {@link Account#holds}, so balances and lines are taken at the same moment even while
 * postings go on. Passbooks that still hold their lines are moved out before they are read.
 */
@Component
class AccountQueries {

    private final MongoTemplate mongo;
    private final LegacyPassbooks legacy;
    private final Ledger ledger;

    AccountQueries(MongoTemplate mongo, LegacyPassbooks legacy, Ledger ledger) {
        this.mongo = mongo;
        this.legacy = legacy;
        this.ledger = ledger;
    }

    /** Passbooks in the scope, by household id; the outbox stays in the database. */
    Page<Account> page(Criteria scope, Pageable pageable) {
        legacy.moveOut(scope);
        Query query = Query.query(scope);
        query.fields().exclude("outbox");
        return MongoPages.find(mongo, query, pageable, Sort.by("_id"), Account.class);
    }

    Optional<Account> byId(String householdId) {
        legacy.moveOut(householdId);
        return Optional.ofNullable(mongo.findById(householdId, Account.class));
    }

    Optional<Account> heldBy(String subject) {
        Criteria holder = Criteria.where("holderSubject").is(subject);
        legacy.moveOut(holder);
        return Optional.ofNullable(mongo.findOne(Query.query(holder), Account.class));
    }

    /**
     * One page of a passbook's lines, newest decision first. The account's last decision is copied
     * onto its line first (if its decider was killed before), so the page is every line it holds.
     */
    Page<PassbookEntry> lines(Account account, Pageable pageable) {
        ledger.settle(account);
        Query held = Query.query(Criteria.where("householdId").is(account.id()).and("state")
                .is(PassbookEntry.State.APPLIED).and("seq").lte(account.seq()));
        return MongoPages.find(mongo, held, pageable, Sort.by(Sort.Direction.DESC, "seq"), PassbookEntry.class);
    }

    /**
     * The accounts matching {@code accounts} (read first, without their outbox) and, for each line
     * they hold, {@code each} with its account. {@code wholeCounty} reads every line at once instead
     * of asking for the accounts' households.
     */
    Map<String, Account> forEachHeldLine(Criteria accounts, boolean wholeCounty, BiConsumer<Account, PassbookEntry> each) {
        legacy.moveOut(accounts);
        Query query = Query.query(accounts);
        query.fields().include("townshipId", "villageId", "gridId", "balance", "seq", "entryCount", "last");
        Map<String, Account> byId = new LinkedHashMap<>();
        for (Account account : mongo.find(query, Account.class)) {
            byId.put(account.id(), account);
        }
        if (byId.isEmpty()) {
            return byId;
        }
        Query lines = Query.query(wholeCounty ? new Criteria() : Criteria.where("householdId").in(byId.keySet()));
        lines.fields().include("householdId", "amount", "source", "at", "occurredOn", "state", "attempt", "seq");
        try (var stream = mongo.stream(lines, PassbookEntry.class)) {
            stream.forEach(line -> {
                Account account = byId.get(line.householdId());
                if (account != null && account.holds(line)) {
                    each.accept(account, line);
                }
            });
        }
        return byId;
    }

    /** Proves balance == sum(ledger) for every passbook of the county. */
    LedgerCheck check() {
        Map<String, Long> sums = new HashMap<>();
        Map<String, Account> accounts = forEachHeldLine(new Criteria(), true,
                (account, line) -> sums.merge(account.id(), line.amount(), Long::sum));
        long balances = 0;
        long ledgers = 0;
        List<String> mismatched = new ArrayList<>();
        for (Account account : accounts.values()) {
            long sum = sums.getOrDefault(account.id(), 0L);
            balances += account.balance();
            ledgers += sum;
            if (account.balance() != sum) {
                mismatched.add(account.id());
            }
        }
        return new LedgerCheck(accounts.size(), mismatched.isEmpty(), List.copyOf(mismatched), balances, ledgers);
    }

    record LedgerCheck(long accounts, boolean consistent, List<String> mismatched, long balanceTotal, long ledgerTotal) {
    }
}
