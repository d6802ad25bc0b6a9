package org.villagegov.points.award;

import org.springframework.context.ApplicationContext;
import org.villagegov.platform.tenancy.TenantContext;

/** The crediting sweep for tests of other features, which cannot see the award package's types. */
public final class AwardSweeps {

    private AwardSweeps() {
    }

    /** Credits the county's approved awards whose notice period is over, as the scheduled sweep would. */
    public static int creditDue(ApplicationContext context, String county) {
        AwardCrediting crediting = context.getBean(AwardCrediting.class);
        return TenantContext.call(county, crediting::creditDue);
    }
}
