package org.villagegov.points.report;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;

/** Leaderboards and the county report (the province reads the indicators: {@code /indicators}). */
@Tag(name = "Reports",
        description = "Points figures of the county, a township or a village over a period, and the leaderboard.")
@RestController
@RequestMapping("/api/v1/points")
@Validated
class ReportController {

    private final Reports reports;

    ReportController(Reports reports) {
        this.reports = reports;
    }

    record Leader(int rank, String householdId, String gridId, long points) {
    }

    record Leaderboard(String villageId, String gridId, LocalDate from, LocalDate to, List<Leader> leaders) {
        static Leaderboard of(Reports.Ranking board) {
            return new Leaderboard(board.villageId(), board.gridId(), board.from(), board.to(), board.leaders().stream()
                    .map(l -> new Leader(l.rank(), l.householdId(), l.gridId(), l.points())).toList());
        }
    }

    /**
     * Every point in the passbooks explained, since they were opened: issued − deducted +
     * corrections − redeemed + refunds must equal the sum of the balances.
     */
    record Reconciliation(long issued, long deducted, long corrections, long redeemed, long refunds,
                          long expectedBalance, long sumOfBalances, boolean balanced) {
    }

    record CountyReport(LocalDate from, LocalDate to, long pointsIssued, long pointsDeducted, long pointsCorrected,
                        long pointsRedeemed, long pointsRefunded, long householdsActive, long accounts, long balanceTotal,
                        long redListed, long blackListed, Reconciliation reconciliation) {
        static CountyReport of(Reports.CountyFigures f) {
            var ever = f.ever();
            Reconciliation reconciliation = new Reconciliation(ever.issued(), ever.deducted(), ever.corrected(),
                    ever.redeemed(), ever.refunded(), ever.expectedBalance(), f.balanceTotal(), f.balanced());
            var period = f.period();
            return new CountyReport(f.from(), f.to(), period.issued(), period.deducted(), period.corrected(),
                    period.redeemed(), period.refunded(), f.householdsActive(), f.accounts(), f.balanceTotal(),
                    f.redListed(), f.blackListed(), reconciliation);
        }
    }

    /** Net points earned (awards and events) in the period, per household of a village or one of its grids. */
    @Operation(summary = "The points leaderboard",
            description = "Households of a village (or one of its micro-grids) ranked by the net points earned from "
                    + "awards and events in the period; the village must be in the caller's scope.")
    @GetMapping("/leaderboard")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE, Role.COUNCIL_MEMBER, Role.GRID_WORKER,
            Role.POINTS_CLERK, Role.VILLAGER, Role.INTEGRATOR})
    Leaderboard leaderboard(@RequestParam @ResourceId String villageId, @RequestParam(required = false) @ResourceId String gridId,
                                @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit, PlatformUser user) {
        return Leaderboard.of(reports.leaderboard(villageId, gridId, from, to, limit, user));
    }

    @Operation(summary = "The county's points report",
            description = "Points issued, deducted, corrected, redeemed and refunded in the period, active households, "
                    + "red and black list counts, and a reconciliation proving every point in the passbooks is "
                    + "explained.")
    @GetMapping("/report")
    @AnyRole({Role.COUNTY_ADMIN, Role.INTEGRATOR})
    CountyReport county(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return CountyReport.of(reports.county(from, to));
    }
}
