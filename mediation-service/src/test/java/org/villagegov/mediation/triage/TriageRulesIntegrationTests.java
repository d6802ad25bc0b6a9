package org.villagegov.mediation.triage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.mediation.MediationTestSupport;
import org.villagegov.platform.tenancy.TenantContext;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

class TriageRulesIntegrationTests extends MediationTestSupport {

    private static final String RULES = "/api/v1/mediation/rules";

    @Autowired
    TriageRules rules;

    @Test
    void whenACountyIsProvisionedThenItHasDefaultRules() throws Exception {
        assertThat(TenantContext.call(LINXIAN, () -> mongo.count(new org.springframework.data.mongodb.core.query.Query(),
                "county_rules"))).isEqualTo(1);
        JsonNode rules = getJson(RULES, cadre());
        assertThat(rules.get("categoryLevels").get("LAND").asString()).isEqualTo("TOWNSHIP");
        assertThat(rules.get("acceptanceDays").asInt()).isEqualTo(3);
        assertThat(rules.get("villageMaxAmount").asLong()).isEqualTo(10_000);
    }

    @Test
    void whenACountyWasNeverProvisionedThenItReadsTheDefaultsWithoutAnythingWrittenForIt() {
        String county = "never-provisioned";
        CountyRules read = TenantContext.call(county, rules::current);

        assertThat(read.acceptanceDays()).isEqualTo(CountyRules.defaults().acceptanceDays());
        assertThat(read.villageMaxAmount()).isEqualTo(10_000);
        assertThat(TenantContext.call(county, () -> mongo.count(new org.springframework.data.mongodb.core.query.Query(),
                "county_rules"))).isZero();
    }

    @Test
    void whenRulesAreChangedBadlyOrByTheWrongRoleOrStaleThenRefusedAndUnchanged() throws Exception {
        JsonNode before = getJson(RULES, countyAdmin());
        String body = """
                {"categoryLevels":{"LAND":"COUNTY"},"villageMaxAmount":%d,"townshipMaxAmount":1000,
                 "severalVillagesToTownship":true,"outsidersToTownship":false,"acceptanceDays":%d,"resolutionDays":30,
                 "followUpDays":30%s}
                """;
        MockHttpServletResponse inverted = call("PUT", RULES, countyAdmin(), body.formatted(5000, 3, ""));
        assertThat(inverted.getStatus()).isEqualTo(422);
        assertThat(inverted.getContentAsString()).contains("villageMaxAmount");
        MockHttpServletResponse tooLong = call("PUT", RULES, countyAdmin(), body.formatted(500, 99, ""));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("acceptanceDays");
        assertThat(call("PUT", RULES, townshipOfficer(), body.formatted(500, 3, "")).getStatus()).isEqualTo(403);
        assertThat(call("PUT", RULES, countyAdmin(), body.formatted(500, 3, ",\"version\":9999")).getStatus()).isEqualTo(409);
        assertThat(call("PUT", RULES, countyAdmin(), "{\"categoryLevels\":{\"LAND\":\"PROVINCE\"}}").getStatus()).isEqualTo(400);

        JsonNode after = getJson(RULES, countyAdmin());
        assertThat(after).isEqualTo(before);
    }
}
