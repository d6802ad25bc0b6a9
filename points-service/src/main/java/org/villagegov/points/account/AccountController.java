package org.villagegov.points.account;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;
import org.villagegov.platform.web.PageResponse;

/**
 * Passbooks. A villager reaches only the passbook whose {@code holderSubject} is their own
 * token subject; a cadre links it ({@code PUT .../holder}), since grid-service's lookup
 * carries no owner and tokens carry no household claim.
 */
@Tag(name = "Passbooks", description = "Each household's points account (passbook): balance, entries and the holder.")
@RestController
@RequestMapping("/api/v1/points/accounts")
@Validated
class AccountController {

    private final Passbooks passbooks;

    AccountController(Passbooks passbooks) {
        this.passbooks = passbooks;
    }

    record AccountSummary(String householdId, String townshipId, String villageId, String gridId, long balance,
                          int entries) {
        static AccountSummary of(Account a) {
            return new AccountSummary(a.id(), a.townshipId(), a.villageId(), a.gridId(), a.balance(),
                    Math.toIntExact(a.entryCount()));
        }
    }

    record EntryView(String id, long amount, Posting.Source source, String ruleCode, Integer ruleVersion,
                     String sourceId, String note, String by, Instant at, String occurredOn) {
        static EntryView of(PassbookEntry e) {
            return new EntryView(e.id(), e.amount(), e.source(), e.ruleCode(), e.ruleVersion(), e.sourceId(), e.note(),
                    e.by(), e.at(), e.occurredOn());
        }
    }

    record Passbook(String householdId, String townshipId, String villageId, long balance,
                    PageResponse<EntryView> entries) {
        static Passbook of(Passbooks.Statement statement) {
            Account account = statement.account();
            return new Passbook(account.id(), account.townshipId(), account.villageId(), account.balance(),
                    PageResponse.of(statement.lines(), EntryView::of));
        }
    }

    record LinkHolder(@NotBlank @Size(max = 100) String subject) {
    }

    record Check(long accounts, boolean consistent, List<String> mismatched, long balanceTotal, long ledgerTotal) {
        static Check of(AccountQueries.LedgerCheck check) {
            return new Check(check.accounts(), check.consistent(), check.mismatched(), check.balanceTotal(),
                    check.ledgerTotal());
        }
    }

    @Operation(summary = "List passbooks",
            description = "Pages through the households' points accounts (\"one household, one passbook\") in the "
                    + "caller's scope, optionally of one village, with balances.")
    @GetMapping
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER,
            Role.POINTS_CLERK, Role.INTEGRATOR})
    PageResponse<AccountSummary> list(@RequestParam(required = false) @ResourceId String villageId,
                                      Pageable pageable, PlatformUser user) {
        return PageResponse.of(passbooks.list(villageId, pageable, user), AccountSummary::of);
    }

    @Operation(summary = "Read a passbook",
            description = "A household's balance and its ledger entries, latest first (awards, event points, "
                    + "corrections, redemptions, refunds); the balance always equals the sum of the ledger. A "
                    + "villager reads only the passbook they hold; any other outside the caller's scope is 404.")
    @GetMapping("/{householdId}")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER,
            Role.POINTS_CLERK, Role.INTEGRATOR, Role.VILLAGER})
    Passbook passbook(@PathVariable @ResourceId String householdId, Pageable pageable, PlatformUser user) {
        return Passbook.of(passbooks.visible(householdId, pageable, user));
    }

    @Operation(summary = "My household's passbook",
            description = "The passbook of the household whose holder the signed-in villager is; 404 when they hold "
                    + "none.")
    @GetMapping("/mine")
    @AnyRole(Role.VILLAGER)
    Passbook mine(Pageable pageable, PlatformUser user) {
        return Passbook.of(passbooks.mine(pageable, user));
    }

    @Operation(summary = "Set a passbook's holder",
            description = "Links a villager's user account to the household's passbook, so they can read it as their "
                    + "own.")
    @PutMapping("/{householdId}/holder")
    @AccountRoles.Keepers
    AccountSummary linkHolder(@PathVariable @ResourceId String householdId, @Valid @RequestBody LinkHolder request, PlatformUser user) {
        return AccountSummary.of(passbooks.linkHolder(householdId, request.subject(), user));
    }

    /** Proves balance == sum(ledger) for every passbook of the county. */
    @Operation(summary = "Check every passbook",
            description = "Proves, for every passbook of the county, that the balance equals the sum of its ledger, "
                    + "and lists any that do not.")
    @GetMapping("/check")
    @AnyRole({Role.COUNTY_ADMIN, Role.INTEGRATOR})
    Check check() {
        return Check.of(passbooks.check());
    }
}
