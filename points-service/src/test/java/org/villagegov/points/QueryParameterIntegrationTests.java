package org.villagegov.points;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.PLATFORM;

/**
 * Every GET route with bad query parameters: unknown or out-of-scope ids, pages and sizes out of
 * bounds, dates that are malformed or absurdly far, unknown enum values. Each gets a 4xx
 * problem+json naming the parameter, never a 500; a page beyond the data is an empty page with
 * the true total.
 */
class QueryParameterIntegrationTests extends PointsTestSupport {

    static final List<String> PAGED = List.of("/rules", "/awards", "/awards/board", "/accounts", "/lists",
            "/supermarket/items", "/supermarket/redemptions", "/corrections");
    static final List<String> VILLAGE_FILTERED = List.of("/rules", "/awards", "/awards/board", "/accounts", "/lists",
            "/supermarket/items", "/supermarket/redemptions", "/corrections");
    static final List<String> HOUSEHOLD_FILTERED = List.of("/awards", "/supermarket/redemptions", "/corrections");
    static final List<String> STATUS_FILTERED = List.of("/awards", "/supermarket/redemptions", "/corrections");

    /** A county admin who is also the village's cadre, clerk and a villager: every route is open to them. */
    static String everything() {
        return TestTokens.forTenant(DAYE).subject("admin-query").roles("county-admin", "village-cadre", "points-clerk",
                "villager").township(TOWNSHIP).village(VILLAGE).bearer();
    }

    record Bad(String path, String query, String token, String field) {
        @Override
        public String toString() {
            return "GET " + path + "?" + query + " -> " + field;
        }
    }

    static Stream<Bad> badParameters() {
        List<Bad> bad = new ArrayList<>();
        String admin = everything();
        for (String path : PAGED) {
            bad.add(new Bad(path, "page=-1", admin, "page"));
            bad.add(new Bad(path, "page=abc", admin, "page"));
            bad.add(new Bad(path, "page=2147483647", admin, "page"));
            bad.add(new Bad(path, "page=99999999999", admin, "page"));
            bad.add(new Bad(path, "size=0", admin, "size"));
            bad.add(new Bad(path, "size=100000", admin, "size"));
        }
        for (String path : VILLAGE_FILTERED) {
            bad.add(new Bad(path, "villageId=v-nowhere", admin, "villageId"));
            bad.add(new Bad(path, "villageId=", admin, "villageId"));
            bad.add(new Bad(path, "villageId=" + OTHER_VILLAGE, cadre(), "villageId"));
        }
        for (String path : HOUSEHOLD_FILTERED) {
            bad.add(new Bad(path, "householdId=gone-1", admin, "householdId"));
            bad.add(new Bad(path, "householdId=", admin, "householdId"));
            bad.add(new Bad(path, "householdId=" + otherVillageHousehold(), cadre(), "householdId"));
        }
        for (String path : STATUS_FILTERED) {
            bad.add(new Bad(path, "status=NOPE", admin, "status"));
        }
        // the platform's audit route, bounded by the platform itself
        bad.add(new Bad("/audit", "page=2147483647", admin, "page"));
        bad.add(new Bad("/audit", "page=10001", admin, "page"));
        bad.add(new Bad("/audit", "page=-1", admin, "page"));
        bad.add(new Bad("/audit", "page=abc", admin, "page"));
        bad.add(new Bad("/audit", "size=0", admin, "size"));
        bad.add(new Bad("/audit", "size=100000", admin, "size"));
        bad.add(new Bad("/lists", "kind=PURPLE", admin, "kind"));
        bad.add(new Bad("/lists", "periodStart=2026-13-45", admin, "periodStart"));
        bad.add(new Bad("/lists", "periodStart=+999999999-12-31", admin, "periodStart"));
        bad.add(new Bad("/lists", "periodStart=0001-01-01", admin, "periodStart"));
        bad.add(new Bad("/accounts/mine", "page=-1", villager("villager-query"), "page"));
        bad.add(new Bad("/accounts/mine", "page=2147483647", villager("villager-query"), "page"));
        bad.add(new Bad("/accounts/mine", "size=201", villager("villager-query"), "size"));
        bad.add(new Bad("/leaderboard", "gridId=" + VILLAGE + "-grid-1", admin, "villageId"));
        bad.add(new Bad("/leaderboard", "villageId=v-nowhere", admin, "villageId"));
        bad.add(new Bad("/leaderboard", "villageId=" + OTHER_VILLAGE, cadre(), "villageId"));
        bad.add(new Bad("/leaderboard", "villageId=" + VILLAGE + "&gridId=grid-nowhere", admin, "gridId"));
        bad.add(new Bad("/leaderboard", "villageId=" + VILLAGE + "&gridId=" + OTHER_VILLAGE + "-grid-1", admin, "gridId"));
        bad.add(new Bad("/leaderboard", "villageId=" + VILLAGE + "&from=yesterday", admin, "from"));
        bad.add(new Bad("/leaderboard", "villageId=" + VILLAGE + "&from=+999999999-12-31&to=+999999999-12-31", admin, "from"));
        bad.add(new Bad("/leaderboard", "villageId=" + VILLAGE + "&from=2026-11-01&to=+999999999-12-31", admin, "to"));
        bad.add(new Bad("/leaderboard", "villageId=" + VILLAGE + "&from=2026-11-10&to=2026-11-01", admin, "to"));
        bad.add(new Bad("/leaderboard", "villageId=" + VILLAGE + "&limit=0", admin, "limit"));
        bad.add(new Bad("/leaderboard", "villageId=" + VILLAGE + "&limit=2147483648", admin, "limit"));
        bad.add(new Bad("/report", "from=2026-02-30", admin, "from"));
        bad.add(new Bad("/report", "from=-999999999-01-01", admin, "from"));
        bad.add(new Bad("/report", "from=2026-01-01&to=+999999999-12-31", admin, "to"));
        bad.add(new Bad("/report", "from=2026-12-01&to=2026-01-01", admin, "to"));
        String province = TestTokens.forTenant(PLATFORM).roles("provincial-admin").province("hubei").bearer();
        bad.add(new Bad("/indicators", "period=2026-13", admin, "period"));
        bad.add(new Bad("/indicators", "period=last-month", admin, "period"));
        bad.add(new Bad("/indicators", "period=2026-11&from=2026-11-01", admin, "period"));
        bad.add(new Bad("/indicators", "from=2026-11-01", admin, "to"));
        bad.add(new Bad("/indicators", "from=yesterday&to=2026-11-30", admin, "from"));
        bad.add(new Bad("/indicators", "from=2026-11-30&to=2026-11-01", admin, "to"));
        bad.add(new Bad("/indicators", "township=t-nowhere", admin, "township"));
        bad.add(new Bad("/indicators", "township=bad%20id!", admin, "township"));
        bad.add(new Bad("/indicators", "county=Not_A_County", province, "county"));
        bad.add(new Bad("/indicators", "township=" + TOWNSHIP, province, "township"));
        return bad.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void whenAQueryParameterIsBadThenAProblemNamesItAndNoServerError(Bad bad) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/points" + bad.path() + "?" + bad.query())
                .header("Authorization", bad.token())).andReturn().getResponse();

        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(400, 499);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(json(response.getContentAsString()).get("errors").findValuesAsString("field")).contains(bad.field());
    }

    static Stream<Arguments> unknownPathIds() {
        return Stream.of("/rules/no-such", "/awards/no-such", "/accounts/no-such", "/supermarket/items/no-such",
                "/supermarket/redemptions/no-such", "/corrections/no-such").map(Arguments::of);
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("unknownPathIds")
    void whenAPathNamesAnUnknownIdThenNotFoundAsAProblem(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/points" + path).header("Authorization", everything()))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void whenAPageLiesBeyondTheDataThenItIsEmptyWithTheTrueTotal() throws Exception {
        fund(household(), 3);
        for (String path : List.of("/rules", "/accounts", "/awards", "/corrections", "/supermarket/items")) {
            var first = json(mvc.perform(get("/api/v1/points" + path).header("Authorization", everything()))
                    .andReturn().getResponse().getContentAsString());
            var far = json(mvc.perform(get("/api/v1/points" + path).param("page", "10000").param("size", "200")
                    .header("Authorization", everything())).andReturn().getResponse().getContentAsString());

            assertThat(far.get("items")).as(path).isEmpty();
            assertThat(far.get("totalItems").asLong()).as(path).isEqualTo(first.get("totalItems").asLong());
        }
    }

    @Test
    void whenAPassbookPageLiesBeyondItsEntriesThenItIsEmptyWithTheTrueTotal() throws Exception {
        String household = household();
        fund(household, 3);
        var far = json(mvc.perform(get("/api/v1/points/accounts/" + household).param("page", "10000").param("size", "200")
                .header("Authorization", everything())).andReturn().getResponse().getContentAsString());

        assertThat(far.get("entries").get("items")).isEmpty();
        assertThat(far.get("entries").get("totalItems").asLong()).isEqualTo(1);
        assertThat(far.get("balance").asLong()).isEqualTo(3);
    }
}
