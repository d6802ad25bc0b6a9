package org.villagegov.council;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
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
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/**
 * One council-service for every test class (one Spring context): test MongoDB and RabbitMQ,
 * real tokens, a grid-service stub and a movable clock. County daye has township
 * {@link #TOWNSHIP} with villages {@link #VILLAGE} (Baisha) and {@link #OTHER_VILLAGE} (Dongfeng).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public abstract class CouncilTestSupport {

    public static final String TOWNSHIP = "t-jinhu";
    public static final String VILLAGE = "v-baisha";
    /** The people of Baisha. */
    protected static final Identities BAISHA = Identities.of(DAYE, TOWNSHIP, VILLAGE);
    public static final String OTHER_VILLAGE = "v-dongfeng";
    /** For documents a village has only one of (regulations), so a test can start afresh. */
    public static final String THIRD_VILLAGE = "v-xiangshan";
    /** A village of another township of daye. */
    public static final String FAR_TOWNSHIP = "t-far";
    public static final String FAR_VILLAGE = "v-far";

    /** A registered county where nothing ever happens. */
    protected static final String IDLE_COUNTY = "quiet-county";
    protected static final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"));
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final GridLookupStub grid = new GridLookupStub("daye", TOWNSHIP, VILLAGE)
            .village(OTHER_VILLAGE, TOWNSHIP).village(THIRD_VILLAGE, TOWNSHIP).village(FAR_VILLAGE, FAR_TOWNSHIP)
            .householdsOf("v2-", OTHER_VILLAGE).householdsOf("v3-", THIRD_VILLAGE).householdsOf("far-", FAR_VILLAGE);

    @DynamicPropertySource
    static void gridUri(DynamicPropertyRegistry registry) {
        registry.add("services.grid-uri", grid::url);
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected RabbitAdmin rabbitAdmin;
    @Autowired
    protected RabbitTemplate rabbit;

    /** This service's template over a client of its own, so a test counts the commands a component built on it sends. */
    protected MongoTemplate countedBy(CommandCount commands) {
        return new MongoTemplate(new TenantMongoDatabaseFactory(commands.client(), "council"), mongo.getConverter());
    }

    /**
     * The test county Daye and a county that never holds anything, as the registry of a restarted
     * instance lists them: what the idle county costs a sweep is what thousands of idle counties do.
     */
    protected static TenantRegistry withIdleCounty() {
        return new StaticTenantRegistry(List.of(new Tenant(DAYE, "https://issuer.test/realms/daye", "hubei", null, null),
                new Tenant(IDLE_COUNTY, "https://issuer.test/realms/" + IDLE_COUNTY, "hubei", null, null)));
    }

    protected static LocalDate today() {
        return CountyTime.today(clock);
    }

    protected static String household() {
        return "hh-" + UUID.randomUUID();
    }

    protected long count(String collection) {
        return TenantContext.call(DAYE, () -> mongo.count(new Query(), collection));
    }

    protected static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    protected MockHttpServletResponse call(String method, String path, String token, String body) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "PUT" -> put(path);
            default -> post(path);
        };
        if (token != null) {
            request.header("Authorization", token);
        }
        if (body != null) {
            request.contentType("application/json").content(body);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    /** POSTs and insists on a 2xx answer, returning its body. */
    protected JsonNode postOk(String path, String token, String body) throws Exception {
        MockHttpServletResponse response = call("POST", path, token, body);
        if (response.getStatus() >= 300) {
            throw new AssertionError("POST " + path + " answered " + response.getStatus() + ": " + response.getContentAsString());
        }
        return json(response.getContentAsString());
    }

    protected JsonNode getOk(String path, String token) throws Exception {
        MockHttpServletResponse response = call("GET", path, token, null);
        if (response.getStatus() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.getStatus() + ": " + response.getContentAsString());
        }
        return json(response.getContentAsString());
    }

    /** A natural village of Baisha grid-service knows, fresh for each council (one council per natural village). */
    protected static String naturalVillage() {
        String id = "bay-" + UUID.randomUUID().toString().substring(0, 13);
        grid.naturalVillage(id, VILLAGE);
        return id;
    }

    /** The votes cast at a meeting whose attendance is a list (entitled and present are computed). */
    protected static String tally(int votesFor, int against, int abstentions) {
        return "{\"votesFor\":%d,\"votesAgainst\":%d,\"abstentions\":%d}".formatted(votesFor, against, abstentions);
    }

    /** Replaces Baisha's roster of villagers' representatives. */
    protected void roster(String village, List<String> households) throws Exception {
        StringBuilder list = new StringBuilder();
        for (String household : households) {
            list.append(list.isEmpty() ? "" : ",").append("{\"householdId\":\"%s\",\"name\":\"Rep %s\"}".formatted(household, household));
        }
        MockHttpServletResponse response = call("PUT", "/api/v1/council/villages/" + village + "/representatives", cadre(),
                "{\"representatives\":[" + list + "]}");
        if (response.getStatus() != 200) {
            throw new AssertionError("roster: " + response.getStatus() + " " + response.getContentAsString());
        }
    }

    protected static String vote(int entitled, int present, int votesFor, int against, int abstentions) {
        return "{\"entitled\":%d,\"present\":%d,\"votesFor\":%d,\"votesAgainst\":%d,\"abstentions\":%d}"
                .formatted(entitled, present, votesFor, against, abstentions);
    }

    // ---- council.events

    /** A private queue bound to every event of council.events; delete it when done. */
    protected String listenToEvents() {
        Queue listener = new Queue("council-test-" + UUID.randomUUID(), false, true, true);
        String name = rabbitAdmin.declareQueue(listener);
        rabbitAdmin.declareExchange(new TopicExchange("council.events", true, false));
        rabbitAdmin.declareBinding(BindingBuilder.bind(listener).to(new TopicExchange("council.events")).with("#"));
        return name;
    }

    /** Messages taken from a queue but not yet asked for, so events can be awaited in any order. */
    private final List<Message> received = new ArrayList<>();

    /** Waits for the event of that type whose body contains the text; others stay available to later calls. */
    protected JsonNode awaitEvent(String queue, String type, String containing) {
        Message message = await().atMost(Duration.ofSeconds(15)).until(() -> {
            Message next = rabbit.receive(queue);
            if (next != null) {
                received.add(next);
            }
            return received.stream().filter(m -> type.equals(m.getMessageProperties().getReceivedRoutingKey())
                    && new String(m.getBody(), StandardCharsets.UTF_8).contains(containing)).findFirst().orElse(null);
        }, m -> m != null);
        received.remove(message);
        if (!"daye".equals(message.getMessageProperties().getHeader("x-tenant"))) {
            throw new AssertionError("event without the tenant header");
        }
        return json(new String(message.getBody(), StandardCharsets.UTF_8));
    }

    /** Whether an event of that type containing the text arrived (waiting a little for stragglers). */
    protected boolean sawEvent(String queue, String type, String containing) throws InterruptedException {
        Thread.sleep(1500);
        Message next;
        while ((next = rabbit.receive(queue)) != null) {
            received.add(next);
        }
        return received.stream().anyMatch(m -> type.equals(m.getMessageProperties().getReceivedRoutingKey())
                && new String(m.getBody(), StandardCharsets.UTF_8).contains(containing));
    }

    // ---- identities

    protected static String cadre() {
        return BAISHA.cadre("cadre-1");
    }

    protected static String thirdVillageCadre() {
        return TestTokens.forTenant(DAYE).subject("cadre-v3").roles("village-cadre").township(TOWNSHIP).village(THIRD_VILLAGE).bearer();
    }

    protected static String otherVillageCadre() {
        return TestTokens.forTenant(DAYE).subject("cadre-v2").roles("village-cadre").township(TOWNSHIP).village(OTHER_VILLAGE).bearer();
    }

    protected static String gridWorker() {
        return BAISHA.gridWorker("grid-worker-1");
    }

    protected static String councilMember() {
        return BAISHA.councilMember("member-1");
    }

    protected static String villager(String subject) {
        return BAISHA.villager(subject);
    }

    protected static String townshipOfficer() {
        return BAISHA.townshipOfficer("officer-1");
    }

    protected static String countyAdmin() {
        return BAISHA.countyAdmin("admin-1");
    }

    protected static String otherCountyAdmin() {
        return TestTokens.forTenant(LINXIAN).subject("admin-linxian").roles("county-admin", "village-cadre")
                .township(TOWNSHIP).village(VILLAGE).bearer();
    }
}
