package org.villagegov.gateway.analytics;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.villagegov.gateway.GatewayTestBase;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The province overview through the whole gateway: real tokens, the real edge checks and rate
 * limiter, the four services stubbed with the answers the platform's IndicatorTable gives.
 */
class AnalyticsTests extends GatewayTestBase {

    private static final String ROUTE = "/api/v1/analytics/indicators";
    private static final String PROBLEM_403 = """
            {"type":"about:blank","title":"Forbidden","status":403,"detail":"County 'daye' is not in your province"}""";

    @BeforeEach
    void servicesAnswer() {
        IndicatorFixtures.BY_PATH.forEach((path, body) -> backendAnswers.put(path, Stubbed.json(body)));
        IndicatorFixtures.BY_PATH.keySet().forEach(path -> {
            backendSeen.remove(path);
            backendAuthorization.remove(path);
            backendQuery.remove(path);
        });
    }

    @AfterEach
    void stubsBack() {
        IndicatorFixtures.BY_PATH.keySet().forEach(backendAnswers::remove);
    }

    static String provincialAdmin() {
        return TestTokens.forTenant("platform").roles("provincial-admin").province("henan").bearer();
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenAProvincialAdminAsksThenTheFourTablesAreMergedSideBySide() {
        web.get().uri(ROUTE + "?period=2026-Q4").header("Authorization", provincialAdmin()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.level").isEqualTo("PROVINCE")
                .jsonPath("$.rowLevel").isEqualTo("COUNTY")
                .jsonPath("$.place.id").isEqualTo("henan")
                .jsonPath("$.place.name").isEqualTo("河南省")
                .jsonPath("$.period.from").isEqualTo("2026-10-01")
                .jsonPath("$.period.to").isEqualTo("2026-12-31")
                .jsonPath("$.period.asOf").isEqualTo("2026-11-30")
                // columns in service order, each with its service; mediation's "overdue" does not overwrite council's
                .jsonPath("$.columns[*].key").value(keys -> assertThat((List<Object>) keys).containsExactly(
                        "suggestionsRaised", "suggestionsOnTime", "overdue", "households", "gridCoverage",
                        "pointsIssued", "medianDays", "mediation.overdue"))
                .jsonPath("$.columns[*].service").value(services -> assertThat((List<Object>) services).containsExactly(
                        "council", "council", "council", "grid", "grid", "points", "mediation", "mediation"))
                .jsonPath("$.columns[4].label").isEqualTo("网格覆盖率")
                .jsonPath("$.columns[4].unit").isEqualTo("PERCENT")
                // the union of the rows, in id order; counties named from the registry, else the service, else the id
                .jsonPath("$.rows[*].id").value(ids -> assertThat((List<Object>) ids)
                        .containsExactly("jiyuan", "linxian", "zhaxian"))
                .jsonPath("$.rows[0].name").isEqualTo("jiyuan")
                .jsonPath("$.rows[1].name").isEqualTo("linxian county")
                .jsonPath("$.rows[2].name").isEqualTo("Zha county")
                .jsonPath("$.rows[1].values.suggestionsOnTime").isEqualTo(90.5)
                .jsonPath("$.rows[1].values.households").isEqualTo(1200)
                .jsonPath("$.rows[1].values.overdue").isEqualTo(2)
                .jsonPath("$.rows[1].values['mediation.overdue']").isEqualTo(0)
                .jsonPath("$.rows[1].values.medianDays").isEmpty()
                // a county only grid knows: nulls, not zeros, for the others
                .jsonPath("$.rows[2].values.households").isEqualTo(10000)
                .jsonPath("$.rows[2].values.pointsIssued").isEmpty()
                .jsonPath("$.rows[2].values.suggestionsRaised").isEmpty()
                .jsonPath("$.total.suggestionsRaised").isEqualTo(42)
                .jsonPath("$.total.gridCoverage").isEqualTo(97.2)
                .jsonPath("$.total.pointsIssued").isEqualTo(6800)
                .jsonPath("$.total['mediation.overdue']").isEqualTo(1)
                // the trend: every month any service has, oldest first, nulls where a service has none
                .jsonPath("$.trend[*].month").value(months -> assertThat((List<Object>) months)
                        .containsExactly("2026-09", "2026-10", "2026-11"))
                .jsonPath("$.trend[0].values.households").isEqualTo(11900)
                .jsonPath("$.trend[0].values.suggestionsRaised").isEmpty()
                .jsonPath("$.trend[2].values.pointsIssued").isEqualTo(6800)
                .jsonPath("$.trend[2].values.medianDays").isEqualTo(4.5);
    }

    @Test
    void whenTheOverviewIsAskedThenEachServiceGetsTheCallersOwnTokenAndOnlyTheOverviewsParameters() {
        String token = provincialAdmin();
        web.get().uri(uri -> uri.path(ROUTE).queryParam("county", "linxian").queryParam("township", "{township}")
                        .queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").queryParam("format", "json")
                        .queryParam("extra", "1").build("t&x 镇"))
                .header("Authorization", token).header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Trace-Id", "0af7651916cd43dd8448eb211c80319c");
        IndicatorFixtures.BY_PATH.keySet().forEach(path -> {
            assertThat(backendAuthorization.get(path)).as(path).isEqualTo(token);
            assertThat(backendQuery.get(path)).as(path)
                    .isEqualTo("from=2026-11-01&to=2026-11-30&county=linxian&township=t%26x%20%E9%95%87");
            // each service is asked within the caller's trace
            assertThat(backendSeen.get(path)).as(path).startsWith("00-0af7651916cd43dd8448eb211c80319c-");
        });
    }

    @Test
    void whenACountyAdminAsksThenTheirTokenIsForwardedAndTheTableComesBack() {
        String token = TestTokens.forTenant("daye").roles("county-admin").bearer();
        web.get().uri(ROUTE).header("Authorization", token).exchange().expectStatus().isOk();
        IndicatorFixtures.BY_PATH.keySet().forEach(path -> assertThat(backendAuthorization.get(path)).isEqualTo(token));
    }

    @Test
    void whenCsvIsAskedThenUtf8WithByteOrderMarkChineseHeadersAndATotalsLine() {
        EntityExchangeResult<byte[]> result = web.get().uri(ROUTE + "?period=2026-Q4&format=csv")
                .header("Authorization", provincialAdmin()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .expectBody(byte[].class).returnResult();
        assertThat(result.getResponseHeaders().getFirst("Content-Disposition"))
                .startsWith("attachment; filename=\"indicators-henan-2026-10-01-2026-12-31.csv\"")
                .contains("filename*=UTF-8''indicators-%E6%B2%B3%E5%8D%97%E7%9C%81-2026-10-01-2026-12-31.csv");
        byte[] bytes = result.getResponseBody();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).containsExactly(
                "编码,地区,建议数,建议按时办结率(%),逾期建议数,户数,网格覆盖率(%),积分发放,调解天数中位数(天),逾期案件数",
                "jiyuan,jiyuan,12,,0,800,75.0,1500,4.5,1",
                "linxian,linxian county,30,90.5,2,1200,87.5,5300,,0",
                "zhaxian,Zha county,,,,10000,100,,,",
                "合计,河南省,42,90.5,2,12000,97.2,6800,4.5,1");
    }

    @Test
    void whenExcelIsAskedThenAWorkbookWithTheTableAndTheTrendAsNumbers() throws IOException {
        EntityExchangeResult<byte[]> result = web.get().uri(ROUTE + "?period=2026-Q4&format=xlsx")
                .header("Authorization", provincialAdmin()).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult();
        assertThat(result.getResponseHeaders().getFirst("Content-Disposition"))
                .startsWith("attachment; filename=\"indicators-henan-2026-10-01-2026-12-31.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponseBody()))) {
            Sheet table = book.getSheet("指标");
            assertThat(table.getRow(0).getCell(6).getStringCellValue()).isEqualTo("网格覆盖率(%)");
            assertThat(table.getRow(2).getCell(1).getStringCellValue()).isEqualTo("linxian county");
            assertThat(table.getRow(2).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(table.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(87.5);
            assertThat(table.getRow(4).getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(table.getRow(4).getCell(5).getNumericCellValue()).isEqualTo(12000);
            Sheet trend = book.getSheet("月度趋势");
            assertThat(trend.getRow(0).getCell(0).getStringCellValue()).isEqualTo("月份");
            assertThat(trend.getLastRowNum()).isEqualTo(3);
            assertThat(trend.getRow(3).getCell(0).getStringCellValue()).isEqualTo("2026-11");
            assertThat(trend.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(6800);
        }
    }

    @Test
    void whenAServiceRefusesThenItsStatusAndProblemAreTheAnswer() {
        backendAnswers.put("/api/v1/grid/indicators", Stubbed.problem(403, PROBLEM_403));
        web.get().uri(ROUTE + "?county=daye").header("Authorization", provincialAdmin()).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json(PROBLEM_403)
                .jsonPath("$.rows").doesNotExist();
    }

    @Test
    void whenAServiceNamesABadParameterThenThe400NamingItIsPassedThrough() {
        String problem = """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"Invalid input: period",
                 "errors":[{"field":"period","message":"A month (2026-11), a quarter (2026-Q4) or a year (2026)"}]}""";
        IndicatorFixtures.BY_PATH.keySet().forEach(path -> backendAnswers.put(path, Stubbed.problem(400, problem)));
        web.get().uri(ROUTE + "?period=last-week").header("Authorization", provincialAdmin()).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("period");
    }

    @Test
    void whenTheFormatIsUnknownThenBadRequestNamingFormatAndNoServiceIsAsked() {
        web.get().uri(ROUTE + "?format=pdf").header("Authorization", provincialAdmin()).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
        IndicatorFixtures.BY_PATH.keySet().forEach(path -> assertThat(backendSeen).doesNotContainKey(path));
    }

    @Test
    void whenThereIsNoTokenThenUnauthorizedAndNoServiceIsAsked() {
        web.get().uri(ROUTE).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        IndicatorFixtures.BY_PATH.keySet().forEach(path -> assertThat(backendSeen).doesNotContainKey(path));
    }

    static Stream<String> notTheirs() {
        return Stream.of(
                TestTokens.forTenant("linxian").roles("county-admin").bearer(),
                TestTokens.forTenant("daye").roles("village-cadre").village("other-village").bearer(),
                TestTokens.forTenant("daye").roles("township-officer").township("other-township").bearer(),
                TestTokens.forTenant("daye").roles("villager").village("v1").bearer(),
                TestTokens.forTenant("platform").roles("provincial-admin").province("hubei").bearer());
    }

    /** The services decide the scope (IndicatorAccess); whatever they refuse, the gateway shows no table of. */
    @ParameterizedTest
    @MethodSource("notTheirs")
    void whenTheServicesRefuseTheCallerThenForbiddenWithTheirProblemAndNoFigures(String token) {
        IndicatorFixtures.BY_PATH.keySet().forEach(path -> backendAnswers.put(path, Stubbed.problem(403, PROBLEM_403)));
        web.get().uri(ROUTE + "?county=daye&format=csv").header("Authorization", token).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("Content-Disposition")
                .expectBody().jsonPath("$.status").isEqualTo(403);
        IndicatorFixtures.BY_PATH.keySet().forEach(path -> assertThat(backendAuthorization.get(path)).isEqualTo(token));
    }

    @Test
    void whenAPlatformOperatorAsksForTheOverviewThenForbiddenAtTheEdge() {
        web.get().uri(ROUTE).header("Authorization", operator()).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        IndicatorFixtures.BY_PATH.keySet().forEach(path -> assertThat(backendSeen).doesNotContainKey(path));
    }

    @Test
    void whenTheGatewaysDocumentsAreListedThenTheOverviewIsDocumentedWithItsFormatsAndProblems() {
        web.get().uri("/v3/api-docs/analytics").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/analytics/indicators'].get.parameters[*].name").value(names ->
                        assertThat(names.toString()).contains("period", "from", "to", "county", "township", "format"))
                .jsonPath("$.paths['/api/v1/analytics/indicators'].get.responses['200'].content['application/json']").exists()
                .jsonPath("$.paths['/api/v1/analytics/indicators'].get.responses['200'].content['text/csv']").exists()
                .jsonPath("$.paths['/api/v1/analytics/indicators'].get.responses['200'].content"
                        + "['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']").exists()
                .jsonPath("$.paths['/api/v1/analytics/indicators'].get.responses['503'].content['application/problem+json']").exists()
                .jsonPath("$.components.schemas.Overview.properties.columns").exists()
                .jsonPath("$.paths['/api/v1/tenants']").doesNotExist();
    }
}
