package org.villagegov.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import tools.jackson.databind.JsonNode;

import static org.villagegov.e2e.Stack.GATEWAY;

/** Looks up what {@code infra/demo.py} seeded, as a county admin would find it. */
final class DemoData {

    private DemoData() {
    }

    /** Today where the demo counties are: the services date steps and sessions in county time. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** The id of a demo household in village v-huashi, by its head's name. */
    static String household(String county, String headName) {
        Http.Answer found = Http.get(GATEWAY + "/api/v1/grid/households?villageId=v-huashi&name="
                + URLEncoder.encode(headName, StandardCharsets.UTF_8), Http.userToken(county, "admin"));
        JsonNode items = found.json().get("items");
        if (found.status() != 200 || items.isEmpty()) {
            throw new IllegalStateException("demo household of " + headName + " not found in " + county + ": " + found.body());
        }
        return items.get(0).get("id").asString();
    }
}
