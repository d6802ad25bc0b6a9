package org.villagegov.grid;

import org.villagegov.platform.test.ServiceBaselineTests;

class GridServiceApplicationTests extends ServiceBaselineTests {

    @Override
    protected String apiPrefix() {
        return "/api/v1/grid";
    }
}
