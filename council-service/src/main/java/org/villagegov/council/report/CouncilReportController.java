package org.villagegov.council.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;

/**
 * The council indicators of a county (docs/domain.md "Reporting"): matters by stage, suggestions
 * solved on time, election turnout, councils evaluated. A township officer sees their township.
 * Provincial admins read the same indicators, kept as read models, through
 * {@code /api/v1/council/indicators} (docs/indicators.md).
 */
@RestController
@Tag(name = "Reports", description = "County council indicators")
class CouncilReportController {

    private final CouncilFigures figures;

    CouncilReportController(CouncilFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/council/report")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(summary = "The county's council figures (a township officer: their township)",
            description = "Councils, elections, matters of \"four discussions, two openness\" and villagers' "
                    + "suggestions counted for the county dashboard.")
    CouncilFigures.Figures county(PlatformUser user) {
        return figures.inScopeOf(user);
    }
}
