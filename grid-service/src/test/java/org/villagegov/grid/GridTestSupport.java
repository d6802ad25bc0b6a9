package org.villagegov.grid;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.test.Identities;
import org.villagegov.platform.test.MutableClock;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One grid-service on the test MongoDB and RabbitMQ, with real tokens, and a small region tree
 * in county daye: township T with villages V1 and V2, natural village N1 and group G1 in V1.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(GridTestSupport.Clocks.class)
public abstract class GridTestSupport {

    /** The service's clock, moved by tests that need days to pass. */
    protected static final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock testClock() {
            return clock;
        }
    }

    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static String township;
    protected static String village1;
    protected static String village2;
    protected static String naturalVillage1;
    protected static String group1;
    /** A second township with one village: officers and cadres of one must not reach the other. */
    protected static String township2;
    protected static String village3;
    private static final java.util.concurrent.atomic.AtomicLong ID_NUMBERS =
            new java.util.concurrent.atomic.AtomicLong(1_000_000 + new java.util.Random().nextInt(8_000_000));

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;

    @BeforeEach
    void regionTree() throws Exception {
        if (township != null) {
            return;
        }
        township = createRegion("TOWNSHIP", "Jinhu", null);
        village1 = createRegion("VILLAGE", "Baisha", township);
        village2 = createRegion("VILLAGE", "Dongfeng", township);
        naturalVillage1 = createRegion("NATURAL_VILLAGE", "Upper Bay", village1);
        group1 = createRegion("GROUP", "Group 3", naturalVillage1);
        township2 = createRegion("TOWNSHIP", "Shuangshan", null);
        village3 = createRegion("VILLAGE", "Hekou", township2);
    }

    protected String createRegion(String kind, String name, String parentId) throws Exception {
        String body = JSON.writeValueAsString(parentId == null ? Map.of("kind", kind, "name", name)
                : Map.of("kind", kind, "name", name, "parentId", parentId));
        String answer = mvc.perform(post("/api/v1/grid/regions").header("Authorization", countyAdmin())
                        .contentType("application/json").content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer).get("id").asString();
    }

    /** Registers a household with this body (the county admin unless a token is given); its id. */
    protected String household(String token, Map<String, ?> body) throws Exception {
        String answer = mvc.perform(post("/api/v1/grid/households").header("Authorization", token)
                        .contentType("application/json").content(JSON.writeValueAsString(body)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(answer).get("id").asString();
    }

    protected static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    protected long count(String collection) {
        return TenantContext.call("daye", () -> mongo.getCollection(collection).countDocuments());
    }

    /** A valid 18-character resident ID: the 17 digits given plus their GB 11643 check character. */
    protected static String idNumber(String seventeenDigits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        char[] check = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeenDigits.charAt(i) - '0') * weights[i];
        }
        return seventeenDigits + check[sum % 11];
    }

    /** A valid ID number no other household of this run has (resident ID numbers are unique in the county). */
    protected static String uniqueIdNumber() {
        return idNumber("4202811990" + ID_NUMBERS.incrementAndGet());
    }

    /**
     * The account makes a request to grid-service, as anyone signing in to the console does:
     * from then on grid-service knows it as a grid worker or cadre of its village.
     */
    protected void signsIn(String token) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/grid/follow-ups")
                .header("Authorization", token)).andExpect(status().isOk());
    }

    /** The people of the home village, whose ids the region tree gave at the start. */
    private static Identities home() {
        return Identities.of("daye", township, village1);
    }

    protected static String countyAdmin() {
        return home().countyAdmin("daye-admin");
    }

    protected static String cadre1() {
        return home().cadre("cadre-v1");
    }

    protected static String cadre2() {
        return TestTokens.forTenant("daye").subject("cadre-v2").roles("village-cadre").township(township).village(village2).bearer();
    }

    protected static String gridWorker1() {
        return home().gridWorker("grid-v1");
    }

    protected static String townshipOfficer() {
        return home().townshipOfficer("officer");
    }

    protected static String otherTownshipOfficer() {
        return TestTokens.forTenant("daye").subject("officer-2").roles("township-officer").township(township2).bearer();
    }

    protected static String cadre3() {
        return TestTokens.forTenant("daye").subject("cadre-v3").roles("village-cadre").township(township2).village(village3).bearer();
    }

    protected static String villager(String subject) {
        return home().villager(subject);
    }

    protected static String integrator() {
        return TestTokens.forTenant("daye").subject("app").clientId("county-app").roles("integrator").bearer();
    }

    protected static String otherCountyAdmin() {
        return TestTokens.forTenant("linxian").subject("linxian-admin").roles("county-admin").bearer();
    }

    protected static String otherCountyCadre() {
        return TestTokens.forTenant("linxian").roles("village-cadre").township(township).village(village1).bearer();
    }
}
