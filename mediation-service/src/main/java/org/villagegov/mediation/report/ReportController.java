package org.villagegov.mediation.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;

/**
 * The mediation indicators (docs/domain.md "Reporting"): cases by level, category and status,
 * resolution rate, median days to an agreement, overdue cases, mean satisfaction, open risks.
 * A provincial admin reads the same indicators kept as read models ({@code /api/v1/mediation/indicators},
 * the indicator package), not this report.
 */
@RestController
@Tag(name = "Report", description = "County mediation figures")
class ReportController {

    private final MediationFigures figures;

    ReportController(MediationFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/mediation/report")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(summary = "The county's figures (a township officer: their township's)",
            description = "Cases by level and status, resolution rate and average days to resolve, overdue cases and "
                    + "satisfaction: the county dashboard's mediation figures.")
    Figures county(PlatformUser user) {
        return figures.county(user);
    }
}
