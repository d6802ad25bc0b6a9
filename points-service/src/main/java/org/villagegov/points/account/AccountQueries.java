package org.villagegov.points.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.data.MongoPages;
import org.springframework.stereotype.Component;

/** How the passbooks are read: summaries of a scope, the holder's own, the county-wide check. */
@Component
class AccountQueries {

    private final MongoTemplate mongo;

    AccountQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Passbooks in the scope, by household id; the outbox and voided ids stay in the database. */
    Page<Account> page(Criteria scope, Pageable pageable) {
        Query query = Query.query(scope);
        query.fields().exclude("outbox").exclude("voided");
        return MongoPages.find(mongo, query, pageable, Sort.by("_id"), Account.class);
    }

    Optional<Account> byId(String householdId) {
        return Optional.ofNullable(mongo.findById(householdId, Account.class));
    }

    Optional<Account> heldBy(String subject) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("holderSubject").is(subject)), Account.class));
    }

    /** Proves balance == sum(ledger) for every passbook of the county, one passbook at a time. */
    LedgerCheck check() {
        long count = 0;
        long balances = 0;
        long ledgers = 0;
        List<String> mismatched = new ArrayList<>();
        try (var stream = mongo.stream(new Query(), Account.class)) {
            for (Account account : (Iterable<Account>) stream::iterator) {
                count++;
                balances += account.balance();
                ledgers += account.ledgerSum();
                if (!account.consistent()) {
                    mismatched.add(account.id());
                }
            }
        }
        return new LedgerCheck(count, mismatched.isEmpty(), List.copyOf(mismatched), balances, ledgers);
    }

    record LedgerCheck(long accounts, boolean consistent, List<String> mismatched, long balanceTotal, long ledgerTotal) {
    }

}
