package org.villagegov.points.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/**
 * Passbooks as people see them. A villager reaches only the passbook whose {@code holderSubject}
 * is their own token subject; a cadre links it, since grid-service's lookup carries no owner and
 * tokens carry no household claim.
 */
@Service
class Passbooks {

    private final AccountQueries queries;
    private final MongoTemplate mongo;
    private final PlaceGuard places;

    Passbooks(AccountQueries queries, MongoTemplate mongo, PlaceGuard places) {
        this.queries = queries;
        this.mongo = mongo;
        this.places = places;
    }

    Page<Account> list(String villageId, Pageable pageable, PlatformUser user) {
        return queries.page(places.listScope(user, villageId), pageable);
    }

    /** A passbook and one page of its lines, newest first. */
    record Statement(Account account, Page<PassbookEntry> lines) {
    }

    /** Outside what the caller may read, a passbook is as unknown as a missing one. */
    Statement visible(String householdId, Pageable pageable, PlatformUser user) {
        Account account = queries.byId(householdId)
                .filter(found -> found.mayBeReadBy(user))
                .orElseThrow(() -> new NotFoundException("Account", householdId));
        return new Statement(account, queries.lines(account, pageable));
    }

    Statement mine(Pageable pageable, PlatformUser user) {
        Account account = queries.heldBy(user.subject())
                .orElseThrow(() -> new NotFoundException("Account of", user.subject()));
        return new Statement(account, queries.lines(account, pageable));
    }

    /** Links the passbook to the villager's token subject, opening an empty one when none exists yet. */
    Account linkHolder(String householdId, String subject, PlatformUser user) {
        HouseholdPlace household = places.visibleHousehold(householdId, user);
        mongo.upsert(Query.query(Criteria.where("_id").is(householdId)),
                new Update().set("holderSubject", subject).inc("version", 1)
                        .setOnInsert("townshipId", household.townshipId()).setOnInsert("villageId", household.villageId())
                        .setOnInsert("balance", 0L).setOnInsert("seq", 0L).setOnInsert("entryCount", 0L),
                Ledger.COLLECTION);
        return queries.byId(householdId).orElseThrow();
    }

    AccountQueries.LedgerCheck check() {
        return queries.check();
    }
}
