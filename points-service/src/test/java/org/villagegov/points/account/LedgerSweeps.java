package org.villagegov.points.account;

import org.springframework.context.ApplicationContext;
import org.villagegov.platform.tenancy.TenantContext;

/** The ledger's recovery sweep for tests of other packages, which cannot see the account package's types. */
public final class LedgerSweeps {

    private LedgerSweeps() {
    }

    /** Decides the county's passbook lines left undecided longer than the lease, as the scheduled sweep would; answers how many. */
    public static int decideStale(ApplicationContext context, String county) {
        LedgerRecovery recovery = context.getBean(LedgerRecovery.class);
        return TenantContext.call(county, recovery::decideStale);
    }
}
