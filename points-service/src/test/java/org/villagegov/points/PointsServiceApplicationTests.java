package org.villagegov.points;

import org.villagegov.platform.test.ServiceBaselineTests;

class PointsServiceApplicationTests extends ServiceBaselineTests {

    @Override
    protected String apiPrefix() {
        return "/api/v1/points";
    }
}
