package org.villagegov.points;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.villagegov.platform.test.LocalHttp;

/**
 * Stands in for grid-service's household lookup. The id says where a household lives:
 * {@code v2-...} in the other village, {@code gone-...} unknown (404), {@code moved-...}
 * inactive, anything else (asked for by county daye) in {@link PointsTestSupport#VILLAGE} of {@link PointsTestSupport#TOWNSHIP}.
 */
final class GridStub implements AutoCloseable {

    private final HttpServer server;

    GridStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8, Thread.ofPlatform().daemon().factory()));
        server.createContext("/api/v1/grid/lookup/households/", this::household);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void household(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/api/v1/grid/lookup/households/".length());
            // households live in county daye only; another county's lookup finds nothing
            if (id.startsWith("gone-") || !"daye".equals(exchange.getRequestHeaders().getFirst("X-Tenant-Id"))) {
                LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                return;
            }
            String village = id.startsWith("v2-") ? PointsTestSupport.OTHER_VILLAGE : PointsTestSupport.VILLAGE;
            boolean active = !id.startsWith("moved-");
            LocalHttp.respondJson(exchange, 200, """
                    {"householdId":"%s","townshipId":"%s","villageId":"%s","naturalVillageId":"n1","groupId":"g1",
                     "gridId":"%s","headName":"Head","memberCount":3,"active":%s}
                    """.formatted(id, PointsTestSupport.TOWNSHIP, village, village + "-grid-1", active));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
