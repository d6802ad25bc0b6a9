package org.villagegov.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for grid-service's lookups (CONTRACTS.md) in the other services' tests, for one
 * county only: another county's lookup finds nothing. A household id says where it lives: an id
 * starting with a registered prefix lives in that prefix's village, {@code gone-...} is unknown
 * (404), {@code moved-...} is inactive, anything else lives in the home village.
 */
public final class GridLookupStub implements AutoCloseable {

    private static final String HOUSEHOLDS = "/api/v1/grid/lookup/households/";
    private static final String VILLAGES = "/api/v1/grid/lookup/villages/";

    /** Households per village as grid-service would count them (default 40); tests set what they need. */
    public final Map<String, Long> householdCounts = new ConcurrentHashMap<>();
    private final String tenant;
    private final String homeVillage;
    private final Map<String, String> townshipOfVillage = new LinkedHashMap<>();
    private final Map<String, String> villageOfPrefix = new LinkedHashMap<>();
    private final HttpServer server;

    /** A stub for {@code tenant} whose households live in {@code homeVillage} of {@code township} unless told otherwise. */
    public GridLookupStub(String tenant, String township, String homeVillage) {
        this.tenant = tenant;
        this.homeVillage = homeVillage;
        townshipOfVillage.put(homeVillage, township);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8, Thread.ofPlatform().daemon().factory()));
        server.createContext(HOUSEHOLDS, this::household);
        server.createContext(VILLAGES, this::village);
        server.start();
    }

    /** Another village the stub knows. */
    public GridLookupStub village(String village, String township) {
        townshipOfVillage.put(village, township);
        return this;
    }

    /** Households whose id starts with {@code prefix} live in {@code village} (which must be known). */
    public GridLookupStub householdsOf(String prefix, String village) {
        villageOfPrefix.put(prefix, village);
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void household(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring(HOUSEHOLDS.length());
            if (id.startsWith("gone-") || !ourCounty(exchange)) {
                LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                return;
            }
            String village = villageOfPrefix.entrySet().stream().filter(e -> id.startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(homeVillage);
            LocalHttp.respondJson(exchange, 200, """
                    {"householdId":"%s","townshipId":"%s","villageId":"%s","naturalVillageId":"n1","groupId":"g1",
                     "gridId":"%s","headName":"Head of %s","memberCount":3,"active":%s}
                    """.formatted(id, townshipOfVillage.get(village), village, village + "-grid-1", id, !id.startsWith("moved-")));
        }
    }

    private void village(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring(VILLAGES.length());
            if (!townshipOfVillage.containsKey(id) || !ourCounty(exchange)) {
                LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                return;
            }
            LocalHttp.respondJson(exchange, 200, """
                    {"villageId":"%s","townshipId":"%s","name":"%s","householdCount":%d}
                    """.formatted(id, townshipOfVillage.get(id), id, householdCounts.getOrDefault(id, 40L)));
        }
    }

    private boolean ourCounty(HttpExchange exchange) {
        return tenant.equals(exchange.getRequestHeaders().getFirst("X-Tenant-Id"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
