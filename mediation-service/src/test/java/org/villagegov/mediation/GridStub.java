package org.villagegov.mediation;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.villagegov.platform.test.LocalHttp;

/**
 * Stands in for grid-service's lookups, for county daye only (another county finds nothing).
 * A household id says where it lives: {@code v2-...} in the other village of the township,
 * {@code t2-...} in another township, {@code gone-...} unknown (404), {@code moved-...}
 * inactive, anything else in {@link MediationTestSupport#VILLAGE}.
 */
final class GridStub implements AutoCloseable {

    /** village -> township */
    static final Map<String, String> VILLAGES = Map.of(
            MediationTestSupport.VILLAGE, MediationTestSupport.TOWNSHIP,
            MediationTestSupport.OTHER_VILLAGE, MediationTestSupport.TOWNSHIP,
            MediationTestSupport.FAR_VILLAGE, MediationTestSupport.OTHER_TOWNSHIP);

    private final HttpServer server;

    GridStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, Thread.ofPlatform().daemon().factory()));
        server.createContext("/api/v1/grid/lookup/households/", this::household);
        server.createContext("/api/v1/grid/lookup/villages/", this::village);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static boolean daye(HttpExchange exchange) {
        return "daye".equals(exchange.getRequestHeaders().getFirst("X-Tenant-Id"));
    }

    private void household(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/api/v1/grid/lookup/households/".length());
            if (id.startsWith("gone-") || !daye(exchange)) {
                LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                return;
            }
            String village = id.startsWith("v2-") ? MediationTestSupport.OTHER_VILLAGE
                    : id.startsWith("t2-") ? MediationTestSupport.FAR_VILLAGE : MediationTestSupport.VILLAGE;
            LocalHttp.respondJson(exchange, 200, """
                    {"householdId":"%s","townshipId":"%s","villageId":"%s","naturalVillageId":"n1","groupId":"g1",
                     "gridId":"%s","headName":"Head of %s","memberCount":3,"active":%s}
                    """.formatted(id, VILLAGES.get(village), village, village + "-grid-1", id, !id.startsWith("moved-")));
        }
    }

    private void village(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/api/v1/grid/lookup/villages/".length());
            if (!VILLAGES.containsKey(id) || !daye(exchange)) {
                LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                return;
            }
            LocalHttp.respondJson(exchange, 200, """
                    {"villageId":"%s","townshipId":"%s","name":"%s","householdCount":120}
                    """.formatted(id, VILLAGES.get(id), id));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
