package org.villagegov.mediation;

import org.villagegov.platform.test.ServiceBaselineTests;

class MediationServiceApplicationTests extends ServiceBaselineTests {

    @Override
    protected String apiPrefix() {
        return "/api/v1/mediation";
    }
}
