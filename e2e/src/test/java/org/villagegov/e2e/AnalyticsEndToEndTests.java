package org.villagegov.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.e2e.Stack.GATEWAY;

/**
 * The province overview through the gateway with real Keycloak tokens: the provincial admin's
 * counties side by side with totals and a trend, drill-down to the village, CSV and Excel
 * exports, who may read what, and a change showing within seconds.
 */
@ExtendWith(Stack.class)
class AnalyticsEndToEndTests {

    private static final String OVERVIEW = GATEWAY + "/api/v1/analytics/indicators";

    @Test
    void whenTheProvincialAdminOpensTheOverviewThenEveryCountyOfTheProvinceSideBySideWithTotalsAndATrend() {
        JsonNode province = ok(Http.get(OVERVIEW, henanAdmin()));

        assertThat(province.get("level").asString()).isEqualTo("PROVINCE");
        assertThat(province.get("rowLevel").asString()).isEqualTo("COUNTY");
        assertThat(ids(province)).contains("linxian", "jiyuan");
        List<String> services = new ArrayList<>();
        province.get("columns").forEach(column -> services.add(column.get("service").asString()));
        assertThat(services).contains("council", "grid", "points", "mediation");
        assertThat(province.get("columns").get(0).get("label").asString()).matches(".*\\p{IsHan}.*");
        assertThat(province.get("trend").size()).isEqualTo(12);
        JsonNode linxian = row(province, "linxian");
        String households = householdsKey(province);
        assertThat(linxian.get("values").get(households).asLong()).isPositive();
        long sum = 0;
        for (JsonNode county : province.get("rows")) {
            sum += county.get("values").get(households).asLong();
        }
        assertThat(province.get("total").get(households).asLong()).isEqualTo(sum);
    }

    @Test
    void whenTheAdminDrillsDownThenTheCountysTownshipsAndATownshipsVillagesWithTheirNames() {
        JsonNode county = ok(Http.get(OVERVIEW + "?county=linxian&period=" + DemoData.today().getYear(), henanAdmin()));
        assertThat(county.get("level").asString()).isEqualTo("COUNTY");
        assertThat(ids(county)).contains("t-chengguan");

        JsonNode township = ok(Http.get(OVERVIEW + "?county=linxian&township=t-chengguan", henanAdmin()));
        assertThat(township.get("rowLevel").asString()).isEqualTo("VILLAGE");
        JsonNode huashi = row(township, "v-huashi");
        assertThat(huashi.get("name").asString()).isNotBlank();
        assertThat(huashi.get("values").get(householdsKey(township)).asLong()).isPositive();

        JsonNode countyAdmin = ok(Http.get(OVERVIEW, Http.userToken("linxian", "admin")));
        assertThat(countyAdmin.get("level").asString()).isEqualTo("COUNTY");
        assertThat(ids(countyAdmin)).contains("t-chengguan");
    }

    @Test
    void whenTheTablesAreExportedThenCsvOpensInAChineseExcelAndXlsxIsAWorkbook() throws Exception {
        HttpResponse<byte[]> csv = bytes(OVERVIEW + "?format=csv", henanAdmin());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        byte[] body = csv.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("编码,地区,");
        assertThat(text).contains("linxian").contains("合计");

        HttpResponse<byte[]> xlsx = bytes(OVERVIEW + "?format=xlsx&county=linxian", henanAdmin());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse(""))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void whenOthersAskThenOnlyTheirOwnOrARefusal() {
        String operator = Http.userToken("platform", "operator");
        int created = Http.post(GATEWAY + "/api/v1/tenants", operator,
                Map.of("id", "daye", "name", "Daye", "province", "hubei")).status();
        assertThat(created).isIn(201, 409);

        assertThat(ids(ok(Http.get(OVERVIEW, henanAdmin())))).doesNotContain("daye");
        assertThat(Http.get(OVERVIEW + "?county=daye", henanAdmin()).status()).isEqualTo(403);
        assertThat(Http.get(OVERVIEW + "?county=jiyuan", Http.userToken("linxian", "admin")).status()).isEqualTo(403);
        assertThat(Http.get(GATEWAY + "/api/v1/grid/households", henanAdmin()).status()).isEqualTo(403);
        assertThat(Http.get(GATEWAY + "/api/v1/mediation/cases", henanAdmin()).status()).isEqualTo(403);
        assertThat(Http.get(OVERVIEW, Http.userToken("linxian", "villager")).status()).isEqualTo(403);
        assertThat(Http.get(OVERVIEW, Http.userToken("linxian", "cadre")).status()).isEqualTo(403);
        assertThat(Http.get(OVERVIEW, null).status()).isEqualTo(401);
        Http.Answer badPeriod = Http.get(OVERVIEW + "?period=2026-13", henanAdmin());
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("period");
        Http.Answer badFormat = Http.get(OVERVIEW + "?format=pdf", henanAdmin());
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.body()).contains("format");
    }

    @Test
    void whenAHouseholdIsRegisteredThenTheProvinceSeesItWithinSeconds() {
        String households = householdsKey(ok(Http.get(OVERVIEW, henanAdmin())));
        long before = row(ok(Http.get(OVERVIEW, henanAdmin())), "linxian").get("values").get(households).asLong();
        Http.Answer registered = Http.post(GATEWAY + "/api/v1/grid/households", Http.userToken("linxian", "admin"),
                Map.of("villageId", "v-huashi", "address", "No. 8, West Lane", "headName", "Sun Li",
                        "residents", List.of(Map.of("name", "Sun Li", "idNumber", "410581199001010028", "phone", "13900002222"))));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(row(ok(Http.get(OVERVIEW, henanAdmin())), "linxian").get("values").get(households).asLong())
                        .isGreaterThan(before));
    }

    private static String henanAdmin() {
        return Http.userToken("platform", "henan-admin");
    }

    private static JsonNode ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(JsonNode table) {
        List<String> ids = new ArrayList<>();
        table.get("rows").forEach(row -> ids.add(row.get("id").asString()));
        return ids;
    }

    private static JsonNode row(JsonNode table, String id) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("id").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("No row " + id + " in " + ids(table));
    }

    /** The grid's count of registered households (docs/indicators.md), checked to be among the columns. */
    private static String householdsKey(JsonNode table) {
        List<String> keys = new ArrayList<>();
        table.get("columns").forEach(column -> keys.add(column.get("key").asString()));
        assertThat(keys).contains("gridHouseholds");
        return "gridHouseholds";
    }

    private static HttpResponse<byte[]> bytes(String url, String token) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
