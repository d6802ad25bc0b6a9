package org.villagegov.council;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.villagegov.platform.test.LocalHttp;

/**
 * Stands in for grid-service's lookups. Villages {@link CouncilTestSupport#VILLAGE},
 * {@link CouncilTestSupport#OTHER_VILLAGE} and {@link CouncilTestSupport#THIRD_VILLAGE} exist in county daye only. A household id says
 * where it lives: {@code v2-...} in the other village, {@code gone-...} unknown (404),
 * {@code moved-...} inactive, anything else in {@link CouncilTestSupport#VILLAGE}.
 */
public final class GridStub implements AutoCloseable {

    /** Households per village as grid-service would count them; tests set what they need. */
    public final Map<String, Long> householdCounts = new ConcurrentHashMap<>();
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

    private void household(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/api/v1/grid/lookup/households/".length());
            if (id.startsWith("gone-") || !inDaye(exchange)) {
                LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                return;
            }
            String village = id.startsWith("v2-") ? CouncilTestSupport.OTHER_VILLAGE : CouncilTestSupport.VILLAGE;
            LocalHttp.respondJson(exchange, 200, """
                    {"householdId":"%s","townshipId":"%s","villageId":"%s","naturalVillageId":"n1","groupId":"g1",
                     "gridId":"%s","headName":"Head","memberCount":3,"active":%s}
                    """.formatted(id, CouncilTestSupport.TOWNSHIP, village, village + "-grid-1", !id.startsWith("moved-")));
        }
    }

    private void village(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/api/v1/grid/lookup/villages/".length());
            boolean known = id.equals(CouncilTestSupport.VILLAGE) || id.equals(CouncilTestSupport.OTHER_VILLAGE)
                    || id.equals(CouncilTestSupport.THIRD_VILLAGE);
            if (!known || !inDaye(exchange)) {
                LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                return;
            }
            LocalHttp.respondJson(exchange, 200, """
                    {"villageId":"%s","townshipId":"%s","name":"%s","householdCount":%d}
                    """.formatted(id, CouncilTestSupport.TOWNSHIP, id, householdCounts.getOrDefault(id, 40L)));
        }
    }

    /** Villages and households live in county daye only; another county's lookup finds nothing. */
    private static boolean inDaye(HttpExchange exchange) {
        return "daye".equals(exchange.getRequestHeaders().getFirst("X-Tenant-Id"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
