package org.villagegov.grid.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.grid.dashboard.GridDashboard.GridFigures;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/**
 * The grid indicators of the county (or the caller's township), counted now. Provinces, periods
 * and drill-down read the kept indicators instead ({@code /api/v1/grid/indicators}).
 */
@Tag(name = "Dashboard", description = "The county's or a township's grid figures at a glance.")
@RestController
class GridDashboardController {

    private final GridDashboard dashboard;

    GridDashboardController(GridDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Operation(summary = "Grid figures",
            description = "Townships, villages, households, micro-grids and the share of households in one "
                    + "(grid coverage), pairings and weekly visit coverage, open follow-ups, open reports and "
                    + "overdue transfers: the whole county for a county admin, their own township for a township "
                    + "officer.")
    @GetMapping("/api/v1/grid/dashboard")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    GridFigures county(PlatformUser user) {
        return dashboard.county(user);
    }
}
