package org.villagegov.grid.dashboard;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.grid.dashboard.GridDashboard.GridFigures;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** The grid indicators of the county (or the caller's township), and per county of a province. */
@RestController
class GridDashboardController {

    private final GridDashboard dashboard;

    GridDashboardController(GridDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/grid/dashboard")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    GridFigures county(PlatformUser user) {
        return dashboard.county(user);
    }

    @GetMapping("/api/v1/grid/province/dashboard")
    @AnyRole(Role.PROVINCIAL_ADMIN)
    Map<String, GridFigures> provinceDashboard(PlatformUser user) {
        return dashboard.province(user);
    }

    @GetMapping("/api/v1/grid/province/{county}/dashboard")
    @AnyRole(Role.PROVINCIAL_ADMIN)
    GridFigures provinceCounty(@PathVariable String county, PlatformUser user) {
        return dashboard.provinceCounty(county, user);
    }
}
