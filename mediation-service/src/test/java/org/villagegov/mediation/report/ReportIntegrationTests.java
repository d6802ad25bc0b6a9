package org.villagegov.mediation.report;

import org.junit.jupiter.api.Test;
import org.villagegov.mediation.MediationTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReportIntegrationTests extends MediationTestSupport {

    @Test
    void whenCasesAreResolvedAndRatedThenTheReportCountsThem() throws Exception {
        JsonNode before = getJson("/api/v1/mediation/report", countyAdmin());
        JsonNode c = caseInMediation();
        String id = c.get("id").asString();
        session(id);
        agree(c);
        postJson("/api/v1/mediation/cases/" + id + "/ratings", cadre(), "{\"partyId\":\"p1\",\"score\":4}");
        JsonNode failed = caseInMediation();
        postJson("/api/v1/mediation/cases/" + failed.get("id").asString() + "/failure", cadre(), "{\"reason\":\"r\"}");
        postJson("/api/v1/mediation/cases/" + failed.get("id").asString() + "/close", cadre(), "{}");

        JsonNode after = getJson("/api/v1/mediation/report", countyAdmin());

        assertThat(after.get("cases").asLong()).isEqualTo(before.get("cases").asLong() + 2);
        assertThat(after.get("agreements").asLong()).isEqualTo(before.get("agreements").asLong() + 1);
        assertThat(after.get("endedWithoutAgreement").asLong()).isEqualTo(before.get("endedWithoutAgreement").asLong() + 1);
        assertThat(after.get("byCategory").get("NEIGHBOURHOOD").asLong())
                .isEqualTo(before.get("byCategory").get("NEIGHBOURHOOD").asLong() + 2);
        assertThat(after.get("byLevel").get("VILLAGE").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(after.get("byStatus").get("CLOSED").asLong()).isEqualTo(before.get("byStatus").get("CLOSED").asLong() + 1);
        assertThat(after.get("ratings").asLong()).isEqualTo(before.get("ratings").asLong() + 1);
        assertThat(after.get("meanSatisfaction").asDouble()).isBetween(1.0, 5.0);
        assertThat(after.get("medianDaysToResolve").asDouble()).isGreaterThanOrEqualTo(0.0);
        assertThat(after.get("resolutionRatePercent").asDouble()).isBetween(0.1, 100.0);
        assertThat(after.has("overdue")).isTrue();

        // a township officer gets their township's figures only
        JsonNode hexi = getJson("/api/v1/mediation/report", otherTownshipOfficer());
        assertThat(hexi.get("cases").asLong()).isLessThan(after.get("cases").asLong());
        // another county's admin reads their own (empty) county
        assertThat(getJson("/api/v1/mediation/report", otherCountyAdmin()).get("cases").asLong()).isZero();
        assertThat(call("GET", "/api/v1/mediation/report", cadre(), null).getStatus()).isEqualTo(403);
    }

    @Test
    void whenACaseFailsThenItCountsAsEndedWithoutAgreementUntilItIsEscalated() throws Exception {
        JsonNode before = getJson("/api/v1/mediation/report", countyAdmin());
        String id = caseInMediation().get("id").asString();
        postJson("/api/v1/mediation/cases/" + id + "/failure", cadre(), "{\"reason\":\"r\"}");

        JsonNode failed = getJson("/api/v1/mediation/report", countyAdmin());
        assertThat(failed.get("endedWithoutAgreement").asLong()).isEqualTo(before.get("endedWithoutAgreement").asLong() + 1);
        assertThat(failed.get("agreements").asLong()).isEqualTo(before.get("agreements").asLong());

        postJson("/api/v1/mediation/cases/" + id + "/escalation", cadre(), "{\"reason\":\"to the township\"}");
        assertThat(getJson("/api/v1/mediation/report", countyAdmin()).get("endedWithoutAgreement").asLong())
                .isEqualTo(before.get("endedWithoutAgreement").asLong());
    }
}
