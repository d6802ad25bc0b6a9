package org.villagegov.council.report;

import org.junit.jupiter.api.Test;
import org.villagegov.council.CouncilTestSupport;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReportIntegrationTests extends CouncilTestSupport {

    static final String REPORT = "/api/v1/council/report";

    private void proposeMatter() throws Exception {
        postOk("/api/v1/council/matters", cadre(), """
                {"villageId":"%s","title":"Report matter","kind":"FUNDS","amount":5000,"heldOn":"%s","minutes":"m"}
                """.formatted(VILLAGE, today()));
    }

    @Test
    void whenTheCountyReadsItsReportThenItsOwnFiguresAreShown() throws Exception {
        proposeMatter();
        JsonNode report = getOk(REPORT, countyAdmin());
        assertThat(report.get("matters").get("total").asLong()).isPositive();
        assertThat(report.get("matters").get("inProgressByStage").get("PROPOSAL").asLong()).isPositive();
        assertThat(report.get("suggestions").has("solvedOnTimePercent")).isTrue();
        assertThat(report.get("elections").has("turnoutPercent")).isTrue();
        assertThat(report.get("councils").has("evaluated")).isTrue();
        assertThat(getOk(REPORT, townshipOfficer()).get("matters").get("total").asLong()).isPositive();
        String otherTownship = TestTokens.forTenant("daye").subject("officer-2").roles("township-officer").township("t-other").bearer();
        assertThat(getOk(REPORT, otherTownship).get("matters").get("total").asLong()).isZero();
        assertThat(getOk(REPORT, otherCountyAdmin()).get("matters").get("total").asLong()).isZero();
        assertThat(call("GET", REPORT, cadre(), null).getStatus()).isEqualTo(403);
        assertThat(call("GET", REPORT, villager("v"), null).getStatus()).isEqualTo(403);
        assertThat(call("GET", REPORT, null, null).getStatus()).isEqualTo(401);
    }

    @Test
    void whenACouncilIsEvaluatedForLastYearAndThisYearThenTheReportCountsItOnce() throws Exception {
        String council = postOk("/api/v1/council/councils", cadre(), """
                {"villageId":"%s","naturalVillageId":"%s","name":"Counted once","seats":5}
                """.formatted(VILLAGE, naturalVillage())).get("id").asString();
        String evaluation = """
                {"councilId":"%s","year":%d,"scores":{"party":80,"villagers":80,"township":80},"members":[]}
                """;
        long before = getOk(REPORT, countyAdmin()).get("councils").get("evaluated").asLong();
        int lastYear = today().getYear() - 1;
        postOk("/api/v1/council/evaluations", countyAdmin(), evaluation.formatted(council, lastYear));
        assertThat(getOk(REPORT, countyAdmin()).get("councils").get("evaluated").asLong()).isEqualTo(before + 1);
        postOk("/api/v1/council/evaluations", countyAdmin(), evaluation.formatted(council, today().getYear()));
        JsonNode councils = getOk(REPORT, countyAdmin()).get("councils");
        assertThat(councils.get("evaluationYear").asInt()).isEqualTo(lastYear);
        assertThat(councils.get("evaluated").asLong()).as("this year's evaluation is not last year's").isEqualTo(before + 1);
    }
}
