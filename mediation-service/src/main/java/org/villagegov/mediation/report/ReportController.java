package org.villagegov.mediation.report;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;

/**
 * The mediation indicators (docs/domain.md "Reporting"): cases by level, category and status,
 * resolution rate, median days to an agreement, overdue cases, mean satisfaction, open risks.
 */
@RestController
@Tag(name = "Report", description = "County and provincial mediation figures")
class ReportController {

    private final MediationFigures figures;

    ReportController(MediationFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/mediation/report")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(summary = "The county's figures (a township officer: their township's)")
    Figures county(PlatformUser user) {
        return figures.county(user);
    }

    @GetMapping("/api/v1/mediation/province/report")
    @AnyRole(Role.PROVINCIAL_ADMIN)
    @Operation(summary = "The same figures for each county of the provincial admin's province")
    Map<String, Figures> provinceReport(PlatformUser user) {
        return figures.province(user);
    }

    @GetMapping("/api/v1/mediation/province/{county}/report")
    @AnyRole(Role.PROVINCIAL_ADMIN)
    @Operation(summary = "One county of the provincial admin's province (another province's: 403)")
    Figures provinceCounty(@PathVariable String county, PlatformUser user) {
        return figures.provinceCounty(county, user);
    }
}
