package org.villagegov.mediation.deadline;

import org.springframework.context.ApplicationContext;
import org.villagegov.platform.tenancy.TenantContext;

/** The deadline check for tests of other packages, which cannot see the deadline package's types. */
public final class DeadlineChecks {

    private DeadlineChecks() {
    }

    /** Escalates the county's overdue cases as the scheduled check would; answers how many this instance escalated. */
    public static int escalateOverdue(ApplicationContext context, String county) {
        DeadlineCheck check = context.getBean(DeadlineCheck.class);
        return TenantContext.call(county, check::escalateOverdue);
    }
}
