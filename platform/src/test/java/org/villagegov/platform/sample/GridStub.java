package org.villagegov.platform.sample;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.villagegov.platform.test.LocalHttp;

/** A local HTTP stand-in for another service, recording what each request carried. */
final class GridStub implements AutoCloseable {

    record Seen(String tenant, String authorization, String traceparent) {
    }

    final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final HttpServer server;

    GridStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().factory()));
        server.createContext("/households/", this::household);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void household(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/households/".length());
            seen.put(id, new Seen(exchange.getRequestHeaders().getFirst("X-Tenant-Id"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("traceparent")));
            switch (id) {
                case "missing" -> LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                case "broken" -> LocalHttp.respondJson(exchange, 500, "{\"status\":500}");
                case "slow" -> {
                    sleep();
                    LocalHttp.respondJson(exchange, 200, "{\"id\":\"slow\",\"village\":\"v\"}");
                }
                default -> LocalHttp.respondJson(exchange, 200, "{\"id\":\"" + id + "\",\"village\":\"v-baisha\"}");
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    @Override
    public void close() {
        server.stop(0);
    }
}
