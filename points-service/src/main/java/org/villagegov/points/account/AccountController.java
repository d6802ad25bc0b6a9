package org.villagegov.points.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.web.PageResponse;

/**
 * Passbooks. A villager reaches only the passbook whose {@code holderSubject} is their own
 * token subject; a cadre links it ({@code PUT .../holder}), since grid-service's lookup
 * carries no owner and tokens carry no household claim.
 */
@RestController
@RequestMapping("/api/v1/points/accounts")
@Validated
class AccountController {

    static final String STAFF = "hasAnyRole('county-admin','township-officer','village-cadre','council-member',"
            + "'grid-worker','points-clerk','integrator')";

    private final AccountRepository accounts;
    private final MongoTemplate mongo;
    private final PlaceGuard places;

    AccountController(AccountRepository accounts, MongoTemplate mongo, PlaceGuard places) {
        this.accounts = accounts;
        this.mongo = mongo;
        this.places = places;
    }

    record AccountSummary(String householdId, String townshipId, String villageId, String gridId, long balance,
                          int entries) {
        static AccountSummary of(Account a) {
            return new AccountSummary(a.getId(), a.getTownshipId(), a.getVillageId(), a.getGridId(), a.getBalance(),
                    a.getEntries().size());
        }
    }

    record EntryView(String id, long amount, Posting.Source source, String ruleCode, Integer ruleVersion,
                     String sourceId, String note, String by, Instant at, String occurredOn) {
        static EntryView of(Account.Entry e) {
            return new EntryView(e.id(), e.amount(), e.source(), e.ruleCode(), e.ruleVersion(), e.sourceId(), e.note(),
                    e.by(), e.at(), e.occurredOn());
        }
    }

    record Passbook(String householdId, String townshipId, String villageId, long balance,
                    PageResponse<EntryView> entries) {
    }

    record LinkHolder(@NotBlank @Size(max = 100) String subject) {
    }

    record Check(long accounts, boolean consistent, List<String> mismatched, long balanceTotal, long ledgerTotal) {
    }

    @GetMapping
    @PreAuthorize(STAFF)
    PageResponse<AccountSummary> list(@RequestParam(required = false) String villageId,
                                      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, PlatformUser user) {
        Criteria criteria = places.listScope(user, villageId);
        Query query = Query.query(criteria);
        query.fields().exclude("outbox").exclude("voided");
        var pageable = PageRequest.of(page, size, Sort.by("_id"));
        var found = mongo.find(Query.of(query).with(pageable), Account.class);
        return PageResponse.of(PageableExecutionUtils.getPage(found, pageable, () -> mongo.count(Query.query(criteria), Account.class)),
                AccountSummary::of);
    }

    @GetMapping("/{householdId}")
    @PreAuthorize(STAFF + " or hasRole('villager')")
    Passbook passbook(@PathVariable String householdId, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, PlatformUser user) {
        Account account = accounts.findById(householdId)
                .filter(a -> mayRead(a, user))
                .orElseThrow(() -> new NotFoundException("Account", householdId));
        return passbook(account, page, size);
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('villager')")
    Passbook mine(@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, PlatformUser user) {
        Account account = mongo.findOne(Query.query(Criteria.where("holderSubject").is(user.subject())), Account.class);
        if (account == null) {
            throw new NotFoundException("Account of", user.subject());
        }
        return passbook(account, page, size);
    }

    @PutMapping("/{householdId}/holder")
    @PreAuthorize("hasAnyRole('county-admin','village-cadre')")
    AccountSummary linkHolder(@PathVariable String householdId, @Valid @RequestBody LinkHolder request, PlatformUser user) {
        HouseholdPlace household = places.visibleHousehold(householdId, user);
        mongo.upsert(Query.query(Criteria.where("_id").is(householdId)),
                new Update().set("holderSubject", request.subject()).inc("version", 1)
                        .setOnInsert("townshipId", household.townshipId()).setOnInsert("villageId", household.villageId())
                        .setOnInsert("balance", 0L).setOnInsert("entries", List.of()),
                Ledger.COLLECTION);
        return AccountSummary.of(accounts.findById(householdId).orElseThrow());
    }

    /** Proves balance == sum(ledger) for every passbook of the county. */
    @GetMapping("/check")
    @PreAuthorize("hasAnyRole('county-admin','integrator')")
    Check check() {
        long count = 0;
        long balances = 0;
        long ledgers = 0;
        List<String> mismatched = new ArrayList<>();
        try (var stream = mongo.stream(new Query(), Account.class)) {
            for (Account account : (Iterable<Account>) stream::iterator) {
                count++;
                balances += account.getBalance();
                ledgers += account.ledgerSum();
                if (account.getBalance() != account.ledgerSum()) {
                    mismatched.add(account.getId());
                }
            }
        }
        return new Check(count, mismatched.isEmpty(), mismatched, balances, ledgers);
    }

    private static boolean mayRead(Account account, PlatformUser user) {
        if (!user.mayAccess(account.getTownshipId(), account.getVillageId())) {
            return user.hasRole(Roles.VILLAGER) && user.subject().equals(account.getHolderSubject());
        }
        boolean onlyVillager = user.hasRole(Roles.VILLAGER) && !user.hasAnyRole(Roles.COUNTY_ADMIN, Roles.TOWNSHIP_OFFICER,
                Roles.VILLAGE_CADRE, Roles.COUNCIL_MEMBER, Roles.GRID_WORKER, Roles.POINTS_CLERK, Roles.INTEGRATOR);
        return !onlyVillager || user.subject().equals(account.getHolderSubject());
    }

    private static Passbook passbook(Account account, int page, int size) {
        List<EntryView> newestFirst = account.getEntries().stream()
                .sorted(Comparator.comparing(Account.Entry::at).reversed()).map(EntryView::of).toList();
        // page and size are bounded (<= 10,000 x 200), so the product fits an int
        int from = (int) Math.min((long) page * size, newestFirst.size());
        int to = Math.min(from + size, newestFirst.size());
        var pageable = PageRequest.of(page, size);
        var slice = PageableExecutionUtils.getPage(newestFirst.subList(from, to), pageable, newestFirst::size);
        return new Passbook(account.getId(), account.getTownshipId(), account.getVillageId(), account.getBalance(),
                PageResponse.of(slice));
    }
}
