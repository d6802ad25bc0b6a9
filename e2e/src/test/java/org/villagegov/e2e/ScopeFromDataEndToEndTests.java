package org.villagegov.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.e2e.Stack.GATEWAY;

/**
 * Scope comes from the region tree, never from what a body claims. In the demo county,
 * Chengguan has Huashi and Dongyuan and Yaocun has Shimen: a Chengguan cadre naming Chengguan
 * with a Shimen village, Yaocun's officer naming a Chengguan village, a county admin naming a
 * township the village is not in, and unknown villages are each refused with a 422 naming the
 * field, on every service, and none of them lands in the county's audit log.
 */
@ExtendWith(Stack.class)
class ScopeFromDataEndToEndTests {

    private static final String COUNTY = "linxian";
    private static final String API = GATEWAY + "/api/v1";

    record Attempt(String who, String token, String url, Map<String, Object> body, String field) {
    }

    @Test
    void whenABodyNamesAPlaceTheCallerMayNotActInOrATownshipTheGridDisagreesWithThenRefusedNamingTheField() {
        String admin = Http.userToken(COUNTY, "admin");
        String cadre = Http.userToken(COUNTY, "cadre");
        String otherTownshipOfficer = Http.userToken(COUNTY, "township-yaocun");
        LocalDate today = DemoData.today();
        Map<String, Long> auditBefore = AuditLog.counts(admin);

        List<Attempt> attempts = new ArrayList<>();
        // points: love-supermarket items and list computations
        attempts.add(new Attempt("cadre naming own township, Shimen village", cadre, API + "/points/supermarket/items",
                item("t-chengguan", "v-shimen"), "villageId"));
        attempts.add(new Attempt("admin naming a township Shimen is not in", admin, API + "/points/supermarket/items",
                item("t-chengguan", "v-shimen"), "townshipId"));
        attempts.add(new Attempt("admin naming an unknown village", admin, API + "/points/supermarket/items",
                item(null, "v-nowhere"), "villageId"));
        attempts.add(new Attempt("Yaocun officer naming own township, Huashi village", otherTownshipOfficer,
                API + "/points/lists/computations", computation("t-yaocun", "v-huashi", today), "villageId"));
        attempts.add(new Attempt("Yaocun officer naming Huashi", otherTownshipOfficer,
                API + "/points/lists/computations", computation(null, "v-huashi", today), "villageId"));
        // council: disclosure notices
        attempts.add(new Attempt("cadre naming own township, Shimen village", cadre, API + "/council/notices",
                notice("t-chengguan", "v-shimen", today), "villageId"));
        attempts.add(new Attempt("admin naming a township Huashi is not in", admin, API + "/council/notices",
                notice("t-yaocun", "v-huashi", today), "townshipId"));

        // grid: household files
        attempts.add(new Attempt("cadre naming own township, Shimen village", cadre, API + "/grid/households",
                household("t-chengguan", "v-shimen"), "villageId"));
        attempts.add(new Attempt("admin naming a township Huashi is not in", admin, API + "/grid/households",
                household("t-yaocun", "v-huashi"), "townshipId"));

        // mediation: a walk-in dispute between two outsiders, placed where the body says
        attempts.add(new Attempt("cadre naming own township, Shimen village", cadre, API + "/mediation/cases",
                walkIn("t-chengguan", "v-shimen"), "villageId"));
        attempts.add(new Attempt("admin naming a township Huashi is not in", admin, API + "/mediation/cases",
                walkIn("t-yaocun", "v-huashi"), "townshipId"));

        List<String> failures = new ArrayList<>();
        for (Attempt attempt : attempts) {
            Http.Answer answer = Http.post(attempt.url(), attempt.token(), attempt.body());
            boolean namesField = answer.status() == 422
                    && answer.body().contains("\"field\":\"" + attempt.field() + "\"");
            if (!namesField) {
                failures.add(attempt.who() + " POST " + attempt.url() + " -> " + answer.status() + " " + answer.body());
            }
        }
        boolean nothingWritten = AuditLog.counts(admin).equals(auditBefore);
        DrillReport.section("11-scope-from-data", """
                ## Scope from the region tree

                attempts: %d on points, council, grid and mediation (a Chengguan cadre naming Chengguan with Yaocun's
                Shimen village, Yaocun's officer naming Chengguan's Huashi village, a county admin naming a
                township the village is not in, an unknown village)
                refused with a 422 naming the field: %d
                failures: %d
                %s
                writes in the audit log: %s
                """.formatted(attempts.size(), attempts.size() - failures.size(), failures.size(),
                String.join("\n", failures), nothingWritten ? "none" : "some"));
        assertThat(failures).isEmpty();
        assertThat(nothingWritten).as("nothing refused is written").isTrue();
    }

    private static Map<String, Object> item(String township, String village) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (township != null) {
            body.put("townshipId", township);
        }
        body.put("villageId", village);
        body.put("name", "Rice " + System.nanoTime());
        body.put("price", 10);
        body.put("stock", 5);
        return body;
    }

    private static Map<String, Object> computation(String township, String village, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (township != null) {
            body.put("townshipId", township);
        }
        body.put("villageId", village);
        body.put("periodStart", today.withDayOfMonth(1).toString());
        body.put("periodEnd", today.toString());
        return body;
    }

    private static Map<String, Object> walkIn(String township, String village) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", "WALK_IN");
        body.put("category", "NEIGHBOURHOOD");
        body.put("description", "A quarrel over a shared well");
        body.put("amount", 0);
        body.put("parties", List.of(Map.of("kind", "OUTSIDER", "name", "Zhou Qiang", "contact", "13700001111"),
                Map.of("kind", "OUTSIDER", "name", "Wu Ping", "contact", "13700002222")));
        body.put("townshipId", township);
        body.put("villageId", village);
        return body;
    }

    private static Map<String, Object> household(String township, String village) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("townshipId", township);
        body.put("villageId", village);
        body.put("address", "No. 40, West Bay");
        body.put("headName", "Sun Li");
        return body;
    }

    private static Map<String, Object> notice(String township, String village, LocalDate today) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("townshipId", township);
        body.put("villageId", village);
        body.put("category", "VILLAGE_AFFAIRS");
        body.put("title", "Road repair");
        body.put("body", "The road to the east bay is repaired in spring.");
        body.put("publishFrom", today.toString());
        body.put("publishUntil", today.plusDays(30).toString());
        return body;
    }
}
