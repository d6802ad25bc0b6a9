package org.villagegov.council.report;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.ProvinceScope;
import org.villagegov.platform.security.Role;

/**
 * The council indicators of a county (docs/domain.md "Reporting"): matters by stage, suggestions
 * solved on time, election turnout, councils evaluated. A township officer sees their township;
 * a provincial admin the same figures per county of the province, each from its own database.
 */
@RestController
@Tag(name = "Reports", description = "County and provincial council indicators")
class CouncilReportController {

    private final CouncilFigures figures;
    private final ProvinceScope province;

    CouncilReportController(CouncilFigures figures, ProvinceScope province) {
        this.figures = figures;
        this.province = province;
    }

    @GetMapping("/api/v1/council/report")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER})
    @Operation(summary = "The county's council figures (a township officer: their township)")
    CouncilFigures.Figures county(PlatformUser user) {
        return figures.inScopeOf(user);
    }

    @GetMapping("/api/v1/council/province/report")
    @AnyRole(Role.PROVINCIAL_ADMIN)
    @Operation(summary = "The same figures for each county of the provincial admin's province")
    Map<String, CouncilFigures.Figures> provinceReport(PlatformUser user) {
        return province.perCounty(user, figures::wholeCounty);
    }

    @GetMapping("/api/v1/council/province/{county}/report")
    @AnyRole(Role.PROVINCIAL_ADMIN)
    @Operation(summary = "One county of the provincial admin's province; another province's county is 403")
    CouncilFigures.Figures provinceCounty(@PathVariable String county, PlatformUser user) {
        return province.inCounty(user, county, figures::wholeCounty);
    }
}
