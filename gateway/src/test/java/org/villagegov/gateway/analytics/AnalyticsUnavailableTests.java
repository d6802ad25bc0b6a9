package org.villagegov.gateway.analytics;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.villagegov.gateway.GatewayTestBase;
import org.villagegov.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that is down (nothing listens) and one that accepts the connection and never
 * answers: the overview is a 503 naming both, never a table with their columns missing.
 */
@TestPropertySource(properties = {"gateway.indicators-timeout=1s", "gateway.services.mediation.uri=http://127.0.0.1:1"})
class AnalyticsUnavailableTests extends GatewayTestBase {

    private static final List<Socket> held = new CopyOnWriteArrayList<>();
    private static final ServerSocket silent = silentServer();

    @DynamicPropertySource
    static void pointsNeverAnswers(DynamicPropertyRegistry registry) {
        registry.add("gateway.services.points.uri", () -> "http://127.0.0.1:" + silent.getLocalPort());
    }

    @BeforeEach
    void councilAndGridAnswer() {
        backendAnswers.put("/api/v1/council/indicators", Stubbed.json(IndicatorFixtures.COUNCIL));
        backendAnswers.put("/api/v1/grid/indicators", Stubbed.json(IndicatorFixtures.GRID));
    }

    @AfterEach
    void stubsBack() {
        backendAnswers.remove("/api/v1/council/indicators");
        backendAnswers.remove("/api/v1/grid/indicators");
    }

    @AfterAll
    static void close() throws IOException {
        for (Socket socket : held) {
            socket.close();
        }
        silent.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void whenOneServiceIsDownAndAnotherTooSlowThenServiceUnavailableNamingBoth() {
        web.get().uri("/api/v1/analytics/indicators?format=csv")
                .header("Authorization", TestTokens.forTenant("platform").roles("provincial-admin").province("henan").bearer())
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("Content-Disposition")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.services").value(services -> assertThat((List<Object>) services)
                        .containsExactly("points", "mediation"))
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("points", "mediation"));
    }

    private static ServerSocket silentServer() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
