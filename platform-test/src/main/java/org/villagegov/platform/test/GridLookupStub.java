package org.villagegov.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for grid-service's lookups (CONTRACTS.md) in the other services' tests, for one
 * county only: another county's lookup finds nothing. A household id says where it lives: an id
 * starting with a registered prefix lives in that prefix's village, {@code gone-...} is unknown
 * (404), {@code moved-...} is inactive, anything else lives in the home village.
 * <p>
 * Places: every registered township and village; natural village {@code n1} and group
 * {@code g1} of the home village, {@code <village>-n1} of every other village; micro-grid
 * {@code <village>-grid-1} of every village; more through {@link #naturalVillage}.
 */
public final class GridLookupStub implements AutoCloseable {

    private static final String LOOKUP = "/api/v1/grid/lookup/";
    private static final String HOUSEHOLDS = LOOKUP + "households";
    private static final String PLACES = LOOKUP + "places/";
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Households per village or natural village as grid-service would count them (default 40); tests set what they need. */
    public final Map<String, Long> householdCounts = new ConcurrentHashMap<>();
    /** How many batch household lookups were asked, and how many single ones. */
    public final AtomicInteger batchLookups = new AtomicInteger();
    public final AtomicInteger singleLookups = new AtomicInteger();
    private final String tenant;
    private final String homeVillage;
    private final Map<String, String> townshipOfVillage = new LinkedHashMap<>();
    private final Map<String, String> villageOfNaturalVillage = new ConcurrentHashMap<>();
    private final Map<String, String> villageOfPrefix = new LinkedHashMap<>();
    private final Map<String, String> naturalVillageOfPrefix = new LinkedHashMap<>();
    private final HttpServer server;

    /** A stub for {@code tenant} whose households live in {@code homeVillage} of {@code township} unless told otherwise. */
    public GridLookupStub(String tenant, String township, String homeVillage) {
        this.tenant = tenant;
        this.homeVillage = homeVillage;
        townshipOfVillage.put(homeVillage, township);
        villageOfNaturalVillage.put("n1", homeVillage);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8, Thread.ofPlatform().daemon().factory()));
        server.createContext(HOUSEHOLDS, this::households);
        server.createContext(PLACES, this::place);
        server.start();
    }

    /** Another village the stub knows. */
    public GridLookupStub village(String village, String township) {
        townshipOfVillage.put(village, township);
        villageOfNaturalVillage.putIfAbsent(village + "-n1", village);
        return this;
    }

    /** Another natural village of a known village. */
    public GridLookupStub naturalVillage(String naturalVillage, String village) {
        villageOfNaturalVillage.put(naturalVillage, village);
        return this;
    }

    /** Households whose id starts with {@code prefix} live in {@code village} (which must be known). */
    public GridLookupStub householdsOf(String prefix, String village) {
        villageOfPrefix.put(prefix, village);
        return this;
    }

    /** Households whose id starts with {@code prefix} live in {@code naturalVillage} (which must be known). */
    public GridLookupStub householdsOfNaturalVillage(String prefix, String naturalVillage) {
        naturalVillageOfPrefix.put(prefix, naturalVillage);
        villageOfPrefix.put(prefix, villageOfNaturalVillage.get(naturalVillage));
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void households(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!ourCounty(exchange)) {
                LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                return;
            }
            if ("POST".equals(exchange.getRequestMethod()) && path.equals(HOUSEHOLDS)) {
                batchLookups.incrementAndGet();
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int list = body.indexOf('[');
                List<String> found = new ArrayList<>();
                Matcher ids = QUOTED.matcher(list < 0 ? "" : body.substring(list, body.lastIndexOf(']') + 1));
                while (ids.find()) {
                    String id = ids.group(1);
                    if (!id.startsWith("gone-")) {
                        found.add(household(id));
                    }
                }
                LocalHttp.respondJson(exchange, 200, "{\"households\":[" + String.join(",", found) + "]}");
                return;
            }
            singleLookups.incrementAndGet();
            String id = path.substring(HOUSEHOLDS.length() + 1);
            if (id.startsWith("gone-")) {
                LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                return;
            }
            LocalHttp.respondJson(exchange, 200, household(id));
        }
    }

    private String household(String id) {
        String village = villageOfPrefix.entrySet().stream().filter(e -> id.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(homeVillage);
        String naturalVillage = naturalVillageOfPrefix.entrySet().stream().filter(e -> id.startsWith(e.getKey()))
                .map(Map.Entry::getValue).findFirst()
                .orElse(village.equals(homeVillage) ? "n1" : village + "-n1");
        return """
                {"householdId":"%s","townshipId":"%s","villageId":"%s","naturalVillageId":"%s","groupId":"g1",
                 "gridId":"%s","headName":"Head of %s","memberCount":3,"active":%s}
                """.formatted(id, townshipOfVillage.get(village), village, naturalVillage, village + "-grid-1", id,
                !id.startsWith("moved-"));
    }

    private void place(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring(PLACES.length());
            String answer = ourCounty(exchange) ? placeJson(id) : null;
            if (answer == null) {
                LocalHttp.respondJson(exchange, 404, "{\"status\":404}");
                return;
            }
            LocalHttp.respondJson(exchange, 200, answer);
        }
    }

    private String placeJson(String id) {
        if (townshipOfVillage.containsValue(id)) {
            return json(id, "TOWNSHIP", id, null, null);
        }
        if (townshipOfVillage.containsKey(id)) {
            return json(id, "VILLAGE", townshipOfVillage.get(id), id, null);
        }
        if (villageOfNaturalVillage.containsKey(id)) {
            String village = villageOfNaturalVillage.get(id);
            return json(id, "NATURAL_VILLAGE", townshipOfVillage.get(village), village, id);
        }
        if ("g1".equals(id)) {
            return json(id, "GROUP", townshipOfVillage.get(homeVillage), homeVillage, "n1");
        }
        if (id.endsWith("-grid-1") && townshipOfVillage.containsKey(id.substring(0, id.length() - 7))) {
            String village = id.substring(0, id.length() - 7);
            return json(id, "MICRO_GRID", townshipOfVillage.get(village), village, null);
        }
        return null;
    }

    private String json(String id, String kind, String township, String village, String naturalVillage) {
        return """
                {"id":"%s","kind":"%s","name":"%s","townshipId":%s,"villageId":%s,"naturalVillageId":%s,"householdCount":%d}
                """.formatted(id, kind, id, quoted(township), quoted(village), quoted(naturalVillage),
                householdCounts.getOrDefault(id, 40L));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private boolean ourCounty(HttpExchange exchange) {
        return tenant.equals(exchange.getRequestHeaders().getFirst("X-Tenant-Id"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
