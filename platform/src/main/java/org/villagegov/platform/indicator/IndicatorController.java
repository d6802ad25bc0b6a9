package org.villagegov.platform.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;
import org.villagegov.platform.time.CountyTime;

/** The service's indicators for any period and level, and their reconciliation for the platform operator. */
@RestController
@Tag(name = "Indicators", description = "Indicators kept as read models: province, county, township, village")
class IndicatorController {

    private final IndicatorAccess access;
    private final Reconciliation reconciliation;
    private final CountyTime time;

    IndicatorController(IndicatorAccess access, Reconciliation reconciliation, CountyTime time) {
        this.access = access;
        this.reconciliation = reconciliation;
        this.time = time;
    }

    @GetMapping("${platform.api-prefix}/indicators")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.INTEGRATOR, Role.PROVINCIAL_ADMIN})
    @Operation(summary = "This service's indicators, one row per place one level below the one asked for",
            description = "A provincial admin: the counties of their province (or, with county, that county's "
                    + "townships; with county and township, its villages). A county admin or integrator: the county's "
                    + "townships, or a township's villages. A township officer: their township's villages.")
    IndicatorTable indicators(
            @Parameter(description = "A month (2026-11), quarter (2026-Q4) or year (2026); default: this month")
            @RequestParam(required = false) @Size(max = 16) String period,
            @Parameter(description = "First day of a date range (with to)") @RequestParam(required = false) @Size(max = 16) String from,
            @Parameter(description = "Last day of a date range (with from)") @RequestParam(required = false) @Size(max = 16) String to,
            @Parameter(description = "A county of the provincial admin's province") @RequestParam(required = false)
            @ResourceId String county,
            @Parameter(description = "A township of the county: its villages") @RequestParam(required = false)
            @ResourceId String township,
            PlatformUser user) {
        return access.table(user, county, township, ReportPeriod.of(period, from, to, time.today()));
    }

    @GetMapping("${platform.api-prefix}/indicators/drift")
    @AnyRole(Role.PLATFORM_OPERATOR)
    @Operation(summary = "Recompute one county's indicators from its raw records and report each drift (changes nothing)",
            description = "For the platform operator: compares the indicator read models with a recount of the "
                    + "county's records and lists each difference.")
    Reconciliation.Report drift(@RequestParam @ResourceId String county) {
        return reconciliation.check(county, false);
    }

    @PostMapping("${platform.api-prefix}/indicators/drift/repair")
    @AnyRole(Role.PLATFORM_OPERATOR)
    @Operation(summary = "Recompute one county's indicators from its raw records and repair each drift found",
            description = "For the platform operator: like the drift check, then rewrites each indicator found to "
                    + "differ from the recount.")
    Reconciliation.Report repair(@RequestParam @ResourceId String county) {
        return reconciliation.check(county, true);
    }
}
