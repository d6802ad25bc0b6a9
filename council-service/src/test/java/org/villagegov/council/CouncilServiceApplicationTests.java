package org.villagegov.council;

import org.villagegov.platform.test.ServiceBaselineTests;

class CouncilServiceApplicationTests extends ServiceBaselineTests {

    @Override
    protected String apiPrefix() {
        return "/api/v1/council";
    }
}
