package org.villagegov.platform.indicator;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.villagegov.platform.errors.FieldError;
import org.villagegov.platform.errors.InvalidParameterException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.ProvinceScope;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantId;

/**
 * Who reads which table. A provincial admin: their province's counties, and below that any
 * county of their province (the province comes from the token, the counties from the tenant
 * registry); a county admin or an integrator: their county and its townships; a township
 * officer: their own township's villages. A township named in the request must be one the
 * county's own ledgers know (a village of it has records) before anything is read; naming another
 * county, or another township, is refused.
 */
public class IndicatorAccess {

    private static final Pattern PLACE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final IndicatorReports reports;
    private final ProvinceScope province;

    public IndicatorAccess(IndicatorReports reports, ProvinceScope province) {
        this.reports = reports;
        this.province = province;
    }

    public IndicatorTable table(PlatformUser user, String county, String township, ReportPeriod period) {
        if (county != null && !TenantId.isValid(county)) {
            throw invalid("county", "A county id: lower-case letters, digits and hyphens");
        }
        if (township != null && !PLACE_ID.matcher(township).matches()) {
            throw invalid("township", "A township id: letters, digits, '-' or '_', at most 64");
        }
        if (user.isPlatformRealm()) {
            List<String> counties = province.counties(user);
            if (county == null) {
                if (township != null) {
                    throw invalid("township", "Name the county the township is in");
                }
                return reports.province(user.province(), counties, period);
            }
            if (!counties.contains(county)) {
                throw new AccessDeniedException("County '" + county + "' is not in your province");
            }
            return TenantContext.call(county, () -> inCounty(township, period));
        }
        if (county != null && !county.equals(user.tenant())) {
            throw new AccessDeniedException("County '" + county + "' is not yours");
        }
        if (user.hasAnyRole(Roles.COUNTY_ADMIN, Roles.INTEGRATOR)) {
            return inCounty(township, period);
        }
        if (user.hasRole(Roles.TOWNSHIP_OFFICER) && user.township() != null) {
            if (township != null && !township.equals(user.township())) {
                throw new AccessDeniedException("Township '" + township + "' is not yours");
            }
            // their own township, from the token: an empty table when none of its villages has records yet
            return reports.township(user.township(), period);
        }
        throw new AccessDeniedException("Indicators are for county and township offices and provincial admins");
    }

    private IndicatorTable inCounty(String township, ReportPeriod period) {
        if (township == null) {
            return reports.county(period);
        }
        // asked of the county's own ledgers, not of grid-service over Feign: a provincial admin's token
        // cannot be carried into a county; a township none of whose villages has records has no figures
        if (!reports.knowsTownship(township)) {
            throw new RuleViolationException("township", "No township '" + township + "' with records in this county");
        }
        return reports.township(township, period);
    }

    private static InvalidParameterException invalid(String field, String message) {
        return new InvalidParameterException(List.of(new FieldError(field, message)));
    }
}
