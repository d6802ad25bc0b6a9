package org.villagegov.points;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.data.TenantMongoDatabaseFactory;
import org.villagegov.platform.tenancy.StaticTenantRegistry;
import org.villagegov.platform.tenancy.Tenant;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.test.CommandCount;
import org.villagegov.platform.test.GridLookupStub;
import org.villagegov.platform.test.Identities;
import org.villagegov.platform.test.MutableClock;
import org.villagegov.platform.messaging.TenantProvisioned;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/**
 * One points-service for every test class (one Spring context): test MongoDB and RabbitMQ,
 * real tokens, a grid-service stub, a movable clock and sweeps that only run when a test says so.
 */
@SpringBootTest(properties = {"points.sweep-interval=PT1H", "points.redemption-lease=PT2M"})
@AutoConfigureMockMvc
@Import(PointsTestSupport.Clocks.class)
public abstract class PointsTestSupport {

    public static final String TOWNSHIP = "t-jinhu";
    public static final String VILLAGE = "v-baisha";
    /** The people of Baisha. */
    protected static final Identities BAISHA = Identities.of(DAYE, TOWNSHIP, VILLAGE);
    public static final String OTHER_VILLAGE = "v-dongfeng";
    /** A village of another township, for the township checks. */
    public static final String FAR_TOWNSHIP = "t-chengguan";
    public static final String FAR_VILLAGE = "v-shiqiao";
    /** A township and two villages only the indicator tests write to, so their figures are known exactly. */
    public static final String LOTUS_TOWNSHIP = "t-lianhua";
    public static final String LOTUS_VILLAGE = "v-hehua";
    public static final String SEED_VILLAGE = "v-lianzi";

    /** A registered county where nothing ever happens. */
    protected static final String IDLE_COUNTY = "quiet-county";
    protected static final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final GridLookupStub grid = new GridLookupStub("daye", TOWNSHIP, VILLAGE)
            .village(OTHER_VILLAGE, TOWNSHIP).householdsOf("v2-", OTHER_VILLAGE)
            .village(FAR_VILLAGE, FAR_TOWNSHIP).householdsOf("far-", FAR_VILLAGE)
            .village(LOTUS_VILLAGE, LOTUS_TOWNSHIP).householdsOf("lotus-", LOTUS_VILLAGE)
            .village(SEED_VILLAGE, LOTUS_TOWNSHIP).householdsOf("seed-", SEED_VILLAGE);
    private static volatile boolean provisioned;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock testClock() {
            return clock;
        }
    }

    @DynamicPropertySource
    static void gridUri(DynamicPropertyRegistry registry) {
        registry.add("services.grid-uri", grid::url);
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    ApplicationEventPublisher events;

    /** The test counties were registered statically: provision them once, as onboarding would. */
    @BeforeEach
    void provisionCounties() {
        if (!provisioned) {
            TenantContext.run(DAYE, () -> events.publishEvent(new TenantProvisioned(DAYE)));
            TenantContext.run(LINXIAN, () -> events.publishEvent(new TenantProvisioned(LINXIAN)));
            provisioned = true;
        }
    }

    protected static String household() {
        return "hh-" + UUID.randomUUID();
    }

    protected static String otherVillageHousehold() {
        return "v2-" + UUID.randomUUID();
    }

    protected static String farHousehold() {
        return "far-" + UUID.randomUUID();
    }

    /** This service's template over a client of its own, so a test counts the commands a component built on it sends. */
    protected MongoTemplate countedBy(CommandCount commands) {
        return new MongoTemplate(new TenantMongoDatabaseFactory(commands.client(), "points"), mongo.getConverter());
    }

    /**
     * The test county Daye and a county that never holds anything, as the registry of a restarted
     * instance lists them: what the idle county costs a sweep is what thousands of idle counties do.
     */
    protected static TenantRegistry withIdleCounty() {
        return new StaticTenantRegistry(List.of(new Tenant(DAYE, "https://issuer.test/realms/daye", "hubei", null, null),
                new Tenant(IDLE_COUNTY, "https://issuer.test/realms/" + IDLE_COUNTY, "hubei", null, null)));
    }

    protected long count(String collection) {
        return TenantContext.call(DAYE, () -> mongo.count(new Query(), collection));
    }

    protected static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    protected JsonNode postJson(String path, String token, String body) throws Exception {
        String answer = mvc.perform(post(path).header("Authorization", token).contentType("application/json").content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        return json(answer);
    }

    /**
     * Puts points on a passbook the only way there is: a correction proposed by one county admin
     * and approved by another.
     */
    protected void fund(String household, int amount) throws Exception {
        String correction = postJson("/api/v1/points/accounts/" + household + "/corrections", countyAdmin(),
                "{\"amount\":%d,\"category\":\"OTHER\",\"reason\":\"opening balance\"}".formatted(amount))
                .get("id").asString();
        postJson("/api/v1/points/corrections/" + correction + "/approve", countyAdmin("admin-approver"), "{}");
    }

    // ---- identities

    protected static String cadre() {
        return cadre("cadre-1");
    }

    protected static String cadre(String subject) {
        return BAISHA.cadre(subject);
    }

    protected static String gridWorker() {
        return BAISHA.gridWorker("grid-worker-1");
    }

    protected static String clerk() {
        return BAISHA.inVillage("clerk-1", "points-clerk");
    }

    protected static String otherVillageCadre() {
        return TestTokens.forTenant(DAYE).subject("cadre-v2").roles("village-cadre").township(TOWNSHIP).village(OTHER_VILLAGE).bearer();
    }

    protected static String villager(String subject) {
        return BAISHA.villager(subject);
    }

    protected static String countyAdmin() {
        return countyAdmin("admin-1");
    }

    protected static String countyAdmin(String subject) {
        return BAISHA.countyAdmin(subject);
    }

    protected static String townshipOfficer(String subject, String township) {
        return TestTokens.forTenant(DAYE).subject(subject).roles("township-officer").township(township).bearer();
    }

    protected static String otherCountyAdmin() {
        return TestTokens.forTenant(LINXIAN).subject("admin-linxian").roles("county-admin", "village-cadre", "points-clerk")
                .township(TOWNSHIP).village(VILLAGE).bearer();
    }
}
