package org.villagegov.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.web.MockHttpServletResponse;
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
import org.villagegov.platform.test.DatabaseSnapshot;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/**
 * One mediation-service for every test class (one Spring context): test MongoDB and RabbitMQ,
 * real tokens, a grid-service stub, a movable clock, and a deadline check that only runs when
 * a test calls it. County daye: township Jinhu (villages Baisha and Dongfeng), township
 * Hexi (village Hexi) and township Nanshan (villages Nanshan and Xishan, for the indicator tests).
 */
@SpringBootTest(properties = "mediation.deadline-check-interval=PT1H")
@AutoConfigureMockMvc
@Import(TestClock.class)
public abstract class MediationTestSupport {

    public static final String TOWNSHIP = "t-jinhu";
    public static final String VILLAGE = "v-baisha";
    /** The people of Baisha. */
    protected static final Identities BAISHA = Identities.of(DAYE, TOWNSHIP, VILLAGE);
    public static final String OTHER_VILLAGE = "v-dongfeng";
    public static final String OTHER_TOWNSHIP = "t-hexi";
    public static final String FAR_VILLAGE = "v-hexi";
    /** A township only the indicator tests use (villages Nanshan and Xishan), so its figures are theirs alone. */
    public static final String NANSHAN = "t-nanshan";
    public static final String NANSHAN_VILLAGE = "v-nanshan";
    public static final String XISHAN_VILLAGE = "v-xishan";

    /** A registered county where nothing ever happens. */
    protected static final String IDLE_COUNTY = "quiet-county";
    protected static final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final GridLookupStub grid = new GridLookupStub("daye", TOWNSHIP, VILLAGE)
            .village(OTHER_VILLAGE, TOWNSHIP).village(FAR_VILLAGE, OTHER_TOWNSHIP)
            .householdsOf("v2-", OTHER_VILLAGE).householdsOf("t2-", FAR_VILLAGE)
            .village(NANSHAN_VILLAGE, NANSHAN).village(XISHAN_VILLAGE, NANSHAN)
            .householdsOf("ns-", NANSHAN_VILLAGE).householdsOf("xs-", XISHAN_VILLAGE);
    private static volatile boolean provisioned;

    /** A clock tests move forward, e.g. past a deadline. */
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

    /** This service's template over a client of its own, so a test counts the commands a component built on it sends. */
    protected MongoTemplate countedBy(CommandCount commands) {
        return new MongoTemplate(new TenantMongoDatabaseFactory(commands.client(), "mediation"), mongo.getConverter());
    }

    /**
     * The test county Daye and a county that never holds anything, as the registry of a restarted
     * instance lists them: what the idle county costs a sweep is what thousands of idle counties do.
     */
    protected static TenantRegistry withIdleCounty() {
        return new StaticTenantRegistry(List.of(new Tenant(DAYE, "https://issuer.test/realms/daye", "hubei", null, null),
                new Tenant(IDLE_COUNTY, "https://issuer.test/realms/" + IDLE_COUNTY, "hubei", null, null)));
    }

    /** Today in the county (China Standard Time), by the test clock. */
    protected static LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    // ---- data

    protected static String household() {
        return "hh-" + UUID.randomUUID();
    }

    protected static String otherVillageHousehold() {
        return "v2-" + UUID.randomUUID();
    }

    protected static String otherTownshipHousehold() {
        return "t2-" + UUID.randomUUID();
    }

    protected static String walkIn(String category, long amount, String... households) {
        List<String> parties = new ArrayList<>();
        for (String household : households) {
            parties.add("{\"kind\":\"HOUSEHOLD\",\"householdId\":\"" + household + "\"}");
        }
        return """
                {"source":"WALK_IN","category":"%s","description":"A quarrel over a wall","amount":%d,"parties":[%s]}
                """.formatted(category, amount, String.join(",", parties));
    }

    /** A new walk-in case between two fresh households of Baisha; its JSON. */
    protected JsonNode openCase(String category, long amount) throws Exception {
        return postJson("/api/v1/mediation/cases", cadre(), walkIn(category, amount, household(), household()));
    }

    /** A mediator in the directory; answers its JSON (id, userId...). */
    protected JsonNode mediator(String level, String townshipId, String villageId, String... specialties) throws Exception {
        String userId = "mediator-" + UUID.randomUUID();
        String body = JSON.writeValueAsString(place(Map.of("name", "Mediator " + userId.substring(9, 17), "userId", userId,
                "level", level, "specialties", List.of(specialties)), townshipId, villageId));
        return postJson("/api/v1/mediation/mediators", countyAdmin(), body);
    }

    private static Map<String, Object> place(Map<String, Object> fields, String townshipId, String villageId) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        if (townshipId != null) {
            all.put("townshipId", townshipId);
        }
        if (villageId != null) {
            all.put("villageId", villageId);
        }
        return all;
    }

    /** A case of Baisha, assigned to a fresh village mediator and accepted: ready for sessions. */
    protected JsonNode caseInMediation() throws Exception {
        JsonNode opened = openCase("NEIGHBOURHOOD", 500);
        String id = opened.get("id").asString();
        JsonNode m = mediator("VILLAGE", null, VILLAGE, "NEIGHBOURHOOD");
        assign(id, m.get("id").asString());
        return postJson("/api/v1/mediation/cases/" + id + "/accept", cadre(), "");
    }

    protected JsonNode assign(String caseId, String mediatorId) throws Exception {
        return postJson("/api/v1/mediation/cases/" + caseId + "/assignment", cadre(),
                "{\"mediatorId\":\"" + mediatorId + "\",\"overrideReason\":\"chosen by the test\"}");
    }

    protected JsonNode session(String caseId) throws Exception {
        return postJson("/api/v1/mediation/cases/" + caseId + "/sessions", cadre(), """
                {"heldOn":"%s","attendees":["both heads","mediator"],"notes":"talked it through"}
                """.formatted(today()));
    }

    /** Every party signs today. */
    protected JsonNode agree(JsonNode c) throws Exception {
        List<String> signatures = new ArrayList<>();
        for (JsonNode party : c.get("parties")) {
            signatures.add("{\"partyId\":\"" + party.get("id").asString() + "\",\"signedOn\":\"" + today() + "\"}");
        }
        return postJson("/api/v1/mediation/cases/" + c.get("id").asString() + "/agreement", cadre(),
                "{\"terms\":\"the wall moves 20 cm\",\"signatures\":[" + String.join(",", signatures) + "]}");
    }

    // ---- HTTP

    protected static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    protected MockHttpServletResponse call(String method, String path, String token, String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, java.net.URI.create(path));
        if (token != null) {
            request.header("Authorization", token);
        }
        if (body != null) {
            request.contentType("application/json").content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    protected JsonNode postJson(String path, String token, String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(post(path).header("Authorization", token)
                .contentType("application/json").content(body)).andReturn().getResponse();
        assertThat(response.getStatus()).as("POST %s: %s", path, response.getContentAsString()).isBetween(200, 299);
        return json(response.getContentAsString());
    }

    protected JsonNode getJson(String path, String token) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).header("Authorization", token)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET %s: %s", path, response.getContentAsString()).isEqualTo(200);
        return json(response.getContentAsString());
    }

    /** The case as stored, without the outbox the relay updates in the background. */
    protected Document stored(String caseId) {
        return TenantContext.call(DAYE, () -> {
            Document found = mongo.findById(caseId, Document.class, "cases");
            if (found != null) {
                found.remove("outbox");
            }
            return found;
        });
    }

    /** The events a case raised, by type (from its outbox). */
    protected List<Document> outbox(String caseId, String type) {
        return TenantContext.call(DAYE, () -> {
            Document found = mongo.findById(caseId, Document.class, "cases");
            List<Document> events = new ArrayList<>();
            for (Document event : found.getList("outbox", Document.class)) {
                if (type.equals(event.getString("type"))) {
                    events.add(event);
                }
            }
            return events;
        });
    }

    /** Daye's documents of some collections, without outboxes. */
    protected Map<String, List<Document>> snapshot(String... collections) {
        return TenantContext.call(DAYE, () -> DatabaseSnapshot.of(mongo, collections));
    }

    protected long countCases(Criteria criteria) {
        return TenantContext.call(DAYE, () -> mongo.count(Query.query(criteria), "cases"));
    }

    // ---- identities

    protected static String countyAdmin() {
        return BAISHA.countyAdmin("admin-1");
    }

    protected static String townshipOfficer() {
        return BAISHA.townshipOfficer("officer-1");
    }

    protected static String otherTownshipOfficer() {
        return TestTokens.forTenant(DAYE).subject("officer-2").roles("township-officer").township(OTHER_TOWNSHIP).bearer();
    }

    protected static String cadre() {
        return BAISHA.cadre("cadre-1");
    }

    protected static String otherVillageCadre() {
        return TestTokens.forTenant(DAYE).subject("cadre-2").roles("village-cadre").township(TOWNSHIP).village(OTHER_VILLAGE).bearer();
    }

    protected static String mediatorToken(String userId, String townshipId, String villageId) {
        TestTokens token = TestTokens.forTenant(DAYE).subject(userId).roles("mediator");
        if (townshipId != null) {
            token.township(townshipId);
        }
        if (villageId != null) {
            token.village(villageId);
        }
        return token.bearer();
    }

    protected static String villager(String subject) {
        return BAISHA.villager(subject);
    }

    protected static String integrator() {
        return TestTokens.forTenant(DAYE).subject("hotline").clientId("hotline-system").roles("integrator").bearer();
    }

    protected static String otherCountyAdmin() {
        return TestTokens.forTenant(LINXIAN).subject("admin-linxian").roles("county-admin").bearer();
    }
}
