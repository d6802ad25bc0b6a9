package org.villagegov.platform.sample;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.villagegov.platform.data.UnknownDatabaseClusterException;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TestIssuer;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;
import static org.villagegov.platform.test.TestTenants.PLATFORM;

/**
 * Counties over two database clusters, each an embedded server of its own: Daye on the main one
 * ({@code spring.mongodb.uri}), Linxian on {@code second}. One sample service serves both; each
 * county's database, its events' outbox and what its consumers write exist on its own cluster only.
 */
@SampleIntegrationTest
@DirtiesContext
class TenantClustersIntegrationTests {

    /** A county whose registry entry names a cluster this service has no connection for. */
    static final String STRAY = "yanqing";

    static final MongoServer first = new MongoServer(new MemoryBackend());
    static final MongoServer second = new MongoServer(new MemoryBackend());
    static final String firstUri = uriOf(first.bind());
    static final String secondUri = uriOf(second.bind());

    @Autowired
    MockMvc mvc;
    @Autowired
    NoteRepository notes;
    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void twoClusters(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> firstUri);
        registry.add("platform.data.clusters.second.uri", () -> secondUri);
        // the whole list: a list set here replaces the test infrastructure's, it does not merge with it
        tenant(registry, 0, DAYE, "hubei", null);
        tenant(registry, 1, LINXIAN, "henan", "second");
        tenant(registry, 2, STRAY, "hebei", "third");
        tenant(registry, 3, PLATFORM, null, null);
    }

    private static void tenant(DynamicPropertyRegistry registry, int index, String id, String province, String cluster) {
        String prefix = "platform.tenancy.tenants[" + index + "].";
        registry.add(prefix + "id", () -> id);
        registry.add(prefix + "issuer", () -> TestIssuer.get().issuer(id));
        registry.add(prefix + "status", () -> "ACTIVE");
        if (province != null) {
            registry.add(prefix + "province", () -> province);
        }
        if (cluster != null) {
            registry.add(prefix + "cluster", () -> cluster);
        }
    }

    @AfterAll
    static void stopServers() {
        first.shutdownNow();
        second.shutdownNow();
    }

    @Test
    void whenTwoCountiesWriteThroughOneServiceThenEachCountysDataIsOnItsOwnClusterOnly() throws Exception {
        String id = "cluster-" + UUID.randomUUID();
        CountyNotes.writeTheSameIdInBothCountiesAndReadEachBack(mvc, id);
        TenantContext.run(DAYE, () -> mongo.insert(new Document("_id", id).append("by", "template"), "cluster_checks"));
        TenantContext.run(LINXIAN, () -> mongo.insert(new Document("_id", id).append("by", "template"), "cluster_checks"));
        assertThat(TenantContext.call(LINXIAN, () -> notes.findById(id)).orElseThrow().getText())
                .isEqualTo(CountyNotes.LINXIAN_TEXT);

        // the relay goes through each county's outbox and the consumer writes in the event's county, each on its cluster
        await().atMost(Duration.ofSeconds(15)).until(() -> outboxSent(firstUri, "sample_daye", id)
                && outboxSent(secondUri, "sample_linxian", id));
        await().atMost(Duration.ofSeconds(15)).until(() -> receipts(firstUri, "sample_daye", id) == 1
                && receipts(secondUri, "sample_linxian", id) == 1);

        assertThat(databases(firstUri)).contains("sample_daye", "sample_platform").doesNotContain("sample_linxian");
        assertThat(databases(secondUri)).contains("sample_linxian").doesNotContain("sample_daye", "sample_platform");
        assertThat(collection(firstUri, "sample_daye", "notes")).extracting(note -> note.getString("text"))
                .containsExactly(CountyNotes.DAYE_TEXT);
        assertThat(collection(secondUri, "sample_linxian", "notes")).extracting(note -> note.getString("text"))
                .containsExactly(CountyNotes.LINXIAN_TEXT);
        assertThat(collection(secondUri, "sample_linxian", "cluster_checks")).hasSize(1);
    }

    @Test
    void whenACountyIsOnAClusterTheServiceDoesNotKnowThenItsWorkFailsAndNothingIsWrittenAnywhere() throws Exception {
        mvc.perform(post("/api/v1/sample/notes")
                        .header("Authorization", TestTokens.forTenant(STRAY).roles("county-admin").bearer())
                        .contentType("application/json").content(Tokens.noteJson("stray-note", Tokens.VILLAGE, "lost")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value(containsString("database")));
        assertThatThrownBy(() -> TenantContext.run(STRAY, () -> notes.count()))
                .isInstanceOf(UnknownDatabaseClusterException.class)
                .hasMessageContaining("'third'");

        assertThat(databases(firstUri)).doesNotContain("sample_" + STRAY);
        assertThat(databases(secondUri)).doesNotContain("sample_" + STRAY);
    }

    @Test
    void whenACountyIsNotInTheRegistryThenWithSeveralClustersItsWorkFailsInsteadOfLandingOnTheMainOne() {
        assertThatThrownBy(() -> TenantContext.run("nowhere", () -> mongo.insert(new Document("x", 1), "cluster_checks")))
                .isInstanceOf(UnknownDatabaseClusterException.class)
                .hasMessageContaining("not in the tenant registry");
        assertThat(databases(firstUri)).doesNotContain("sample_nowhere");
        assertThat(databases(secondUri)).doesNotContain("sample_nowhere");
    }

    @Test
    void whenReadinessIsAskedThenEveryClusterIsPinged() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")
                        .header("Authorization", TestTokens.forTenant(PLATFORM).roles("platform-operator").bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.mongo.details.clusters.main").value("UP"))
                .andExpect(jsonPath("$.components.mongo.details.clusters.second").value("UP"));
    }

    private static boolean outboxSent(String uri, String database, String noteId) {
        List<Document> found = collection(uri, database, "notes").stream().filter(note -> noteId.equals(note.get("_id"))).toList();
        return !found.isEmpty() && found.getFirst().getList("outbox", Document.class).stream()
                .allMatch(event -> event.getBoolean("sent", false));
    }

    private static long receipts(String uri, String database, String noteId) {
        return collection(uri, database, "note_receipts").stream().filter(receipt -> noteId.equals(receipt.get("_id"))).count();
    }

    private static List<String> databases(String uri) {
        try (MongoClient client = MongoClients.create(uri)) {
            return client.listDatabaseNames().into(new ArrayList<>());
        }
    }

    private static List<Document> collection(String uri, String database, String name) {
        try (MongoClient client = MongoClients.create(uri)) {
            return client.getDatabase(database).getCollection(name).find().into(new ArrayList<>());
        }
    }

    private static String uriOf(InetSocketAddress address) {
        return "mongodb://127.0.0.1:" + address.getPort();
    }
}
