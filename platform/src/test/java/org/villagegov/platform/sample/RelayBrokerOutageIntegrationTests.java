package org.villagegov.platform.sample;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.TcpProxy;
import org.villagegov.platform.test.TestRabbit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.platform.test.TestTenants.DAYE;

/**
 * Fault drill: the service reaches the broker through a proxy that is cut while events are
 * being raised. Every event must still be published and applied exactly once.
 */
@SampleIntegrationTest
class RelayBrokerOutageIntegrationTests {

    private static final int EVENTS = 120;
    static final TcpProxy proxy = startProxy();

    @Autowired
    NoteRepository notes;
    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void brokerThroughProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.addresses", () -> "amqp://guest:guest@127.0.0.1:" + proxy.port());
        registry.add("spring.rabbitmq.connection-timeout", () -> "2s");
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void whenBrokerConnectionIsCutMidStreamThenEveryEventIsStillPublishedAndAppliedOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            String id = "outage-" + UUID.randomUUID();
            ids.add(id);
            TenantContext.run(DAYE, () -> notes.save(Note.create(id, Tokens.TOWNSHIP, Tokens.VILLAGE, "n", Note.Kind.NOTICE)));
            if (i == EVENTS / 3) {
                proxy.cut();
            }
            if (i == 2 * EVENTS / 3) {
                Thread.sleep(1500);
                proxy.restore();
            }
        }

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> ids.stream().allMatch(id -> applied(id) == 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(this::sent));
        assertThat(ids).allSatisfy(id -> assertThat(applied(id)).isEqualTo(1));
    }

    private int applied(String id) {
        return TenantContext.call(DAYE, () -> NoteReceipts.applied(mongo, id));
    }

    private boolean sent(String id) {
        Document note = TenantContext.call(DAYE, () -> mongo.findById(id, Document.class, "notes"));
        return note.getList("outbox", Document.class).stream().allMatch(e -> e.getBoolean("sent"));
    }

    private static TcpProxy startProxy() {
        try {
            return new TcpProxy(TestRabbit.host(), TestRabbit.port());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
