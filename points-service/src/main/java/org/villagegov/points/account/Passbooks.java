package org.villagegov.points.account;

import java.util.List;

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

    /** Outside what the caller may read, a passbook is as unknown as a missing one. */
    Account visible(String householdId, PlatformUser user) {
        return queries.byId(householdId)
                .filter(account -> account.mayBeReadBy(user))
                .orElseThrow(() -> new NotFoundException("Account", householdId));
    }

    Account mine(PlatformUser user) {
        return queries.heldBy(user.subject()).orElseThrow(() -> new NotFoundException("Account of", user.subject()));
    }

    /** Links the passbook to the villager's token subject, opening an empty one when none exists yet. */
    Account linkHolder(String householdId, String subject, PlatformUser user) {
        HouseholdPlace household = places.visibleHousehold(householdId, user);
        mongo.upsert(Query.query(Criteria.where("_id").is(householdId)),
                new Update().set("holderSubject", subject).inc("version", 1)
                        .setOnInsert("townshipId", household.townshipId()).setOnInsert("villageId", household.villageId())
                        .setOnInsert("balance", 0L).setOnInsert("entries", List.of()),
                Ledger.COLLECTION);
        return queries.byId(householdId).orElseThrow();
    }

    AccountQueries.LedgerCheck check() {
        return queries.check();
    }
}
