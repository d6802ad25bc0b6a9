import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import org.bson.Document;

/**
 * The province overview at N counties (issue 15 "Benchmark"), against a stack of its own
 * (infra/bench/analytics starts it; run that, not this):
 * <ol>
 *   <li>registers N counties of the demo province {@code henan} straight in the gateway's registry
 *       (collection {@code gateway.tenants}, as onboarding leaves a county: ACTIVE, with an issuer of
 *       its own) and announces each with {@code tenant.provisioned} on {@code gateway.events}, as
 *       onboarding's TenantAnnouncer does, so the services refresh their registry and make indexes
 *       (no Keycloak realm: nobody logs in to these counties);</li>
 *   <li>generates every county's raw records straight into the services' databases
 *       ({@code <service>_<county>}), shaped as the services' own documents (the fields their
 *       {@code *Indicators} read and the rest of each stored class);</li>
 *   <li>builds the read models with {@code POST /api/v1/<service>/indicators/drift/repair?county=X}
 *       as the platform operator (timed);</li>
 *   <li>measures the overview {@code GET /api/v1/analytics/indicators?period=<this month>} as the
 *       provincial admin, and the same figures from the raw records (each service's
 *       {@code GET .../indicators/drift?county=X} for every county, the four services in parallel);</li>
 *   <li>freshness: the Linxian county admin registers a household; the overview is polled every
 *       50 ms until Linxian's {@code gridHouseholds} moves;</li>
 *   <li>prints a markdown table and the machine.</li>
 * </ol>
 * Arguments: gateway keycloak mongo-uri counties households-per-county townships villages-per-township
 * overview-calls raw-repetitions freshness-samples. Environment: DEMO_PASSWORD, DEMO_LOGIN_CLIENT, RABBITMQ_URI.
 */
final class AnalyticsLoad {

    static final String PROVINCE = "henan";
    static final List<String> SERVICES = List.of("council", "grid", "points", "mediation");
    static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");
    /** How Spring Data stores a LocalDate: midnight of the JVM's default zone (the services run on this machine). */
    static final ZoneId STORE_ZONE = ZoneId.systemDefault();
    static int TOWNSHIPS = 15;
    static int VILLAGES_PER_TOWNSHIP = 20;
    static final int NATURAL_PER_VILLAGE = 2;

    static String gateway;
    static String keycloak;
    static final Map<String, AtomicLong> SIZES = new ConcurrentHashMap<>();

    public static void main(String[] args) {
        Bench.exitAfter(() -> run(args));
    }

    static void run(String[] args) throws Exception {
        gateway = args[0];
        keycloak = args[1];
        String mongoUri = args[2];
        int counties = Integer.parseInt(args[3]);
        int households = Integer.parseInt(args[4]);
        TOWNSHIPS = Integer.parseInt(args[5]);
        VILLAGES_PER_TOWNSHIP = Integer.parseInt(args[6]);
        int calls = Integer.parseInt(args[7]);
        int rawRepetitions = Integer.parseInt(args[8]);
        int freshnessSamples = Integer.parseInt(args[9]);
        int fullHouseholds = args.length > 10 ? Integer.parseInt(args[10]) : 0;
        LocalDate today = LocalDate.now(COUNTY_ZONE);
        String period = YearMonth.from(today).toString();

        Token operator = new Token("platform", "operator");
        Token provincial = new Token("platform", "henan-admin");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= counties; i++) {
            ids.add(String.format("bench-%03d", i));
        }
        String keycloakPort = URI.create(keycloak).getPort() + "";

        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            // 1. the counties in the registry, announced
            long t0 = System.nanoTime();
            register(mongo, ids, keycloakPort);
            announce(ids);
            waitForCounties(provincial, ids, period);
            log("registered %d counties in %.1f s", counties, (System.nanoTime() - t0) / 1e9);

            // 2. raw records
            t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> jobs = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                int index = i;
                jobs.add(pool.submit(() -> {
                    new Generator(mongo, ids.get(index), index, households, today).run();
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
            pool.shutdown();
            double generateSeconds = (System.nanoTime() - t0) / 1e9;
            log("generated in %.1f s: %s", generateSeconds, SIZES);
            Map<String, AtomicLong> generated = new java.util.TreeMap<>(SIZES);

            // 3. read models from the raw records, the four services in parallel, county after county in each
            t0 = System.nanoTime();
            Map<String, Double> buildPerService = perServiceInParallel(service -> {
                for (String county : ids) {
                    send("POST", direct(service) + "/api/v1/" + service + "/indicators/drift/repair?county=" + county, operator.get(), 200);
                }
            });
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            log("read models built in %.1f s (%s)", buildSeconds, buildPerService);

            // 4a. the overview through the gateway
            String overviewUrl = gateway + "/api/v1/analytics/indicators?period=" + period;
            HttpResponse<String> probe = get(overviewUrl, provincial.get());
            boolean merged = probe.statusCode() == 200;
            if (!merged) {
                log("no merged overview (%d): measuring the four service tables in parallel instead", probe.statusCode());
            }
            Document first = merged ? Document.parse(probe.body()) : null;
            int rows = merged ? first.getList("rows", Document.class).size() : -1;
            for (int i = 0; i < 5; i++) {
                overview(merged, overviewUrl, period, provincial.get());
            }
            List<Long> overview = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                long start = System.nanoTime();
                overview(merged, overviewUrl, period, provincial.get());
                overview.add(System.nanoTime() - start);
            }
            Collections.sort(overview);
            log("overview: %d rows, p50 %.1f ms p95 %.1f ms", rows, Bench.percentile(overview, 50), Bench.percentile(overview, 95));

            // 4b. the same from the raw records: every county recomputed by each service, the services in parallel
            List<Long> raw = new ArrayList<>();
            Map<String, List<Double>> rawPerService = new LinkedHashMap<>();
            for (int r = 0; r < rawRepetitions; r++) {
                long start = System.nanoTime();
                Map<String, Double> each = perServiceInParallel(service -> {
                    for (String county : ids) {
                        send("GET", gateway + "/api/v1/" + service + "/indicators/drift?county=" + county, operator.get(), 200);
                    }
                });
                raw.add(System.nanoTime() - start);
                each.forEach((service, seconds) -> rawPerService.computeIfAbsent(service, s -> new ArrayList<>()).add(seconds));
                log("raw recomputation %d: %.1f s %s", r + 1, (System.nanoTime() - start) / 1e9, each);
            }
            Collections.sort(raw);

            // 5. freshness
            List<Long> freshness = freshness(overviewUrl, merged, period, provincial, freshnessSamples);
            Collections.sort(freshness);

            // 5b. one more county at full size (15 x 20 villages), its raw recomputation only (a scaled-down
            // run's raw figure grows with the records; the overview's does not: it reads county documents)
            Map<String, Double> fullRaw = Map.of();
            if (fullHouseholds > 0) {
                int townships = TOWNSHIPS;
                int villages = VILLAGES_PER_TOWNSHIP;
                TOWNSHIPS = 15;
                VILLAGES_PER_TOWNSHIP = 20;
                String full = "bench-full";
                register(mongo, List.of(full), keycloakPort);
                announce(List.of(full));
                waitForCounties(provincial, List.of(full), period);
                SIZES.clear();
                new Generator(mongo, full, 999, fullHouseholds, today).run();
                log("full-size county: %s", SIZES);
                Map<String, Double> best = new LinkedHashMap<>();
                for (int r = 0; r < 2; r++) {
                    perServiceInParallel(service -> send("GET", direct(service) + "/api/v1/" + service + "/indicators/drift?county="
                            + full, operator.get(), 200)).forEach((service, seconds) -> best.merge(service, seconds, Math::min));
                }
                fullRaw = best;
                log("full-size county, raw recomputation per service (s, best of 2): %s", fullRaw);
                TOWNSHIPS = townships;
                VILLAGES_PER_TOWNSHIP = villages;
            }

            // 6. the table
            double p50 = Bench.percentile(overview, 50);
            double p95 = Bench.percentile(overview, 95);
            double p99 = Bench.percentile(overview, 99);
            double raw50 = Bench.percentile(raw, 50);
            double raw95 = Bench.percentile(raw, 95);
            System.out.println();
            System.out.printf("Machine: %d cores, %.1f GiB, JDK of the stack's services: see infra/lib/java.sh; this program: %s; load average %s%n",
                    Runtime.getRuntime().availableProcessors(), Bench.totalMemoryGiB(), System.getProperty("java.version"),
                    Bench.loadAverage());
            System.out.printf("Data: %d counties x (%d townships x %d villages, %d natural villages each), %s%n", counties,
                    TOWNSHIPS, VILLAGES_PER_TOWNSHIP, NATURAL_PER_VILLAGE, generated);
            System.out.printf("Generated in %.0f s; read models built (drift/repair, 4 services in parallel) in %.0f s %s%n",
                    generateSeconds, buildSeconds, buildPerService);
            System.out.printf("Overview: %s, %d rows; raw per service (s): %s%n",
                    merged ? "GET /api/v1/analytics/indicators" : "the four services' /indicators in parallel", rows,
                    rawPerService);
            if (!fullRaw.isEmpty()) {
                System.out.printf("One full-size county (%d households, 15 x 20 villages, %s): raw recomputation per service %s s%n",
                        fullHouseholds, SIZES, fullRaw);
            }
            System.out.println();
            System.out.println("| counties | overview p50 | p95 | p99 | raw p50 | raw p95 | raw p50 / overview p50 | freshness p50 | freshness p95 | read models built |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            System.out.printf("| %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0fx | %.0f ms | %.0f ms | %.0f s |%n",
                    counties, p50, p95, p99, raw50, raw95, raw50 / p50, Bench.percentile(freshness, 50),
                    Bench.percentile(freshness, 95), buildSeconds);
        }
    }

    /** A demo user's token, fetched again after a minute: Keycloak's access tokens live five, a run takes longer. */
    static final class Token {

        final String realm;
        final String user;
        String value;
        long fetchedAt;

        Token(String realm, String user) {
            this.realm = realm;
            this.user = user;
        }

        synchronized String get() throws Exception {
            if (value == null || System.nanoTime() - fetchedAt > 60_000_000_000L) {
                value = Bench.token(keycloak, realm, user);
                fetchedAt = System.nanoTime();
            }
            return value;
        }
    }

    // ------------------------------------------------------------------ registry

    static void register(MongoClient mongo, List<String> ids, String keycloakPort) {
        var tenants = mongo.getDatabase("gateway").getCollection("tenants");
        Date now = new Date();
        for (String id : ids) {
            Document tenant = new Document("_id", id).append("name", "Bench County " + id.substring(6))
                    .append("province", PROVINCE)
                    .append("issuer", "http://localhost:" + keycloakPort + "/realms/" + id)
                    .append("status", "ACTIVE").append("lastError", null).append("createdAt", now)
                    .append("updatedAt", now).append("version", 1L)
                    .append("_class", "org.villagegov.gateway.tenant.TenantRecord");
            tenants.replaceOne(new Document("_id", id), tenant, new ReplaceOptions().upsert(true));
        }
    }

    /** tenant.provisioned on gateway.events, in the platform's envelope, as the gateway's TenantAnnouncer sends it. */
    static void announce(List<String> ids) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(System.getenv().getOrDefault("RABBITMQ_URI", "amqp://guest:guest@127.0.0.1:5672"));
        try (Connection connection = factory.newConnection("analytics-bench"); Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            for (String id : ids) {
                String eventId = "tenant.provisioned:" + id;
                String body = new Document("eventId", eventId).append("type", "tenant.provisioned").append("tenant", id)
                        .append("occurredAt", Instant.now().toString())
                        .append("payload", new Document("tenant", id).append("province", PROVINCE)).toJson();
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder().contentType("application/json")
                        .messageId(eventId).type("tenant.provisioned").deliveryMode(2)
                        .headers(Map.of("x-tenant", id, "x-event-id", eventId)).build();
                channel.basicPublish("gateway.events", "tenant.provisioned", properties, body.getBytes(StandardCharsets.UTF_8));
            }
            channel.waitForConfirmsOrDie(30_000);
        }
    }

    /** Until every service lists every new county in the provincial admin's table (registries cached for seconds). */
    static void waitForCounties(Token provincial, List<String> ids, String period) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        for (String service : SERVICES) {
            while (true) {
                HttpResponse<String> response = get(gateway + "/api/v1/" + service + "/indicators?period=" + period, provincial.get());
                if (response.statusCode() == 200) {
                    List<Document> rows = Document.parse(response.body()).getList("rows", Document.class);
                    long found = rows.stream().filter(row -> ids.contains(row.getString("id"))).count();
                    if (found == ids.size()) {
                        break;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service + " does not list the bench counties: " + response.statusCode()
                            + " " + response.body().substring(0, Math.min(300, response.body().length())));
                }
                Thread.sleep(1000);
            }
        }
    }

    // ------------------------------------------------------------------ measurements

    interface ServiceRun {
        void run(String service) throws Exception;
    }

    static Map<String, Double> perServiceInParallel(ServiceRun run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SERVICES.size());
        Map<String, Future<Double>> futures = new LinkedHashMap<>();
        for (String service : SERVICES) {
            futures.put(service, pool.submit(() -> {
                long start = System.nanoTime();
                run.run(service);
                return (System.nanoTime() - start) / 1e9;
            }));
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Map.Entry<String, Future<Double>> future : futures.entrySet()) {
            seconds.put(future.getKey(), Math.round(future.getValue().get() * 10) / 10.0);
        }
        pool.shutdown();
        return seconds;
    }

    static Document overview(boolean merged, String url, String period, String token) throws Exception {
        if (merged) {
            return Document.parse(send("GET", url, token, 200));
        }
        perServiceInParallel(service -> send("GET", gateway + "/api/v1/" + service + "/indicators?period=" + period, token, 200));
        return null;
    }

    /** The Linxian county admin registers a household; how long until the overview's Linxian row counts it. */
    static List<Long> freshness(String overviewUrl, boolean merged, String period, Token provincial, int samples)
            throws Exception {
        Token admin = new Token("linxian", "admin");
        List<Long> delays = new ArrayList<>();
        Random random = new Random();
        for (int i = 0; i < samples; i++) {
            Number before = linxianHouseholds(merged, overviewUrl, period, provincial);
            String digits = String.format("410581%04d%02d%02d%03d", 1950 + random.nextInt(50), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(1000));
            String body = new Document("villageId", "v-huashi").append("naturalVillageId", "n-huashi-east")
                    .append("groupId", "g-huashi-3").append("address", "Bench " + UUID.randomUUID())
                    .append("headName", "Bench Head " + i).append("tags", List.of())
                    .append("residents", List.of(new Document("name", "Bench Head " + i).append("idNumber", idNumber(digits))
                            .append("phone", "13800000000").append("birthYear", Integer.parseInt(digits.substring(6, 10)))
                            .append("partyMember", false))).toJson();
            long start = System.nanoTime();
            HttpResponse<String> created = Bench.CLIENT.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/grid/households"))
                    .header("Authorization", "Bearer " + admin.get()).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("household not registered: " + created.statusCode() + " " + created.body());
            }
            while (true) {
                Number now = linxianHouseholds(merged, overviewUrl, period, provincial);
                if (now != null && (before == null || now.longValue() != before.longValue())) {
                    break;
                }
                if (System.nanoTime() - start > 60_000_000_000L) {
                    throw new IllegalStateException("the overview did not move within 60 s");
                }
                Thread.sleep(50);
            }
            delays.add(System.nanoTime() - start);
        }
        log("freshness: %d samples, p50 %.0f ms p95 %.0f ms", samples, Bench.percentile(sorted(delays), 50),
                Bench.percentile(sorted(delays), 95));
        return delays;
    }

    static Number linxianHouseholds(boolean merged, String overviewUrl, String period, Token provincial) throws Exception {
        String url = merged ? overviewUrl : gateway + "/api/v1/grid/indicators?period=" + period;
        Document table = Document.parse(send("GET", url, provincial.get(), 200));
        for (Document row : table.getList("rows", Document.class)) {
            if ("linxian".equals(row.getString("id"))) {
                return (Number) row.get("values", Document.class).get("gridHouseholds");
            }
        }
        throw new IllegalStateException("no linxian row in the overview");
    }

    static String idNumber(String seventeen) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * weights[i];
        }
        return seventeen + "10X98765432".charAt(sum % 11);
    }

    static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    // ------------------------------------------------------------------ HTTP and machine

    /**
     * The service itself (infra/services: council +1, grid +2, points +3, mediation +4 from the
     * gateway's port), for the calls that may outlast the gateway's 30-second route timeout on the
     * embedded database: building the read models, recomputing a full-size county.
     */
    static String direct(String service) {
        URI uri = URI.create(gateway);
        return "http://127.0.0.1:" + (uri.getPort() + SERVICES.indexOf(service) + 1);
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return Bench.CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(java.time.Duration.ofSeconds(600)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String send(String method, String url, String token, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(java.time.Duration.ofSeconds(600));
        request = "POST".equals(method) ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        HttpResponse<String> response = Bench.CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static void log(String format, Object... args) {
        System.err.printf("%tT analytics: %s%n", new Date(), String.format(format, args));
    }

    // ------------------------------------------------------------------ the raw records of one county

    /** One county's raw records, shaped as each service stores them (Spring Data's mapping of their classes). */
    static final class Generator {

        final MongoClient mongo;
        final String county;
        final Random random;
        final int households;
        final LocalDate today;
        final Map<String, List<Document>> batches = new LinkedHashMap<>();

        Generator(MongoClient mongo, String county, int index, int households, LocalDate today) {
            this.mongo = mongo;
            this.county = county;
            this.random = new Random(1000L + index);
            this.households = households;
            this.today = today;
        }

        void run() {
            if (mongo.getDatabase("grid_" + county).getCollection("households").estimatedDocumentCount() > 0) {
                log("%s: raw records kept from an earlier run (KEEP_DATA=1)", county);
                return;
            }
            List<Village> villages = regions();
            grid(villages);
            council(villages);
            mediation(villages);
            points(villages);
            flush();
        }

        record Village(String id, String township, List<String> naturals, List<Household> households) {
        }

        record Household(String id, String natural, LocalDate registered, String gridId, String worker) {
        }

        List<Village> regions() {
            List<Village> villages = new ArrayList<>();
            Instant created = at(today.minusDays(400));
            for (int t = 1; t <= TOWNSHIPS; t++) {
                String township = String.format("t-%02d", t);
                add("grid", "regions", region(township, "TOWNSHIP", "Township " + t, null, township, null, created));
                for (int v = 1; v <= VILLAGES_PER_TOWNSHIP; v++) {
                    String village = String.format("v-%02d-%02d", t, v);
                    add("grid", "regions", region(village, "VILLAGE", "Village " + t + "-" + v, township, township, village, created));
                    List<String> naturals = new ArrayList<>();
                    for (int n = 1; n <= NATURAL_PER_VILLAGE; n++) {
                        String natural = "n-" + village.substring(2) + "-" + n;
                        naturals.add(natural);
                        add("grid", "regions", region(natural, "NATURAL_VILLAGE", "Hamlet " + n, village, township, village, created));
                    }
                    villages.add(new Village(village, township, naturals, new ArrayList<>()));
                }
            }
            return villages;
        }

        Document region(String id, String kind, String name, String parent, String township, String village, Instant created) {
            return new Document("_id", id).append("kind", kind).append("name", name).append("parentId", parent)
                    .append("townshipId", township).append("villageId", village).append("createdAt", Date.from(created))
                    .append("version", 0L).append("outbox", List.of()).append("_class", "org.villagegov.grid.region.Region");
        }

        // ---- grid-service: households, micro-grids and memberships, pairings, visits, follow-ups, grid reports

        void grid(List<Village> villages) {
            for (int h = 0; h < households; h++) {
                Village village = villages.get(h % villages.size());
                // most households came with the county's first registration drive, some since
                LocalDate registered = random.nextInt(100) < 95
                        ? today.minusDays(300 + (village.township().hashCode() & 7))
                        : today.minusDays(random.nextInt(56));
                String natural = village.naturals().get(random.nextInt(village.naturals().size()));
                village.households().add(new Household(uuid(), natural, registered, null, null));
            }
            for (Village village : villages) {
                List<Household> inVillage = village.households();
                List<Household> placed = new ArrayList<>();
                int from = 0;
                int gridNumber = 0;
                while (from < inVillage.size()) {
                    int size = Math.min(inVillage.size() - from, 10 + random.nextInt(6));
                    List<Household> members = inVillage.subList(from, from + size);
                    String gridId = uuid();
                    String worker = "worker-" + village.id() + "-" + (++gridNumber);
                    Instant formed = at(today.minusDays(290));
                    add("grid", "micro_grids", new Document("_id", gridId).append("townshipId", village.township())
                            .append("villageId", village.id()).append("name", "Micro-grid " + gridNumber)
                            .append("worker", new Document("subject", worker).append("name", "Worker " + gridNumber)
                                    .append("from", Date.from(formed)).append("until", null))
                            .append("formerWorkers", List.of())
                            .append("householdIds", members.stream().map(Household::id).toList())
                            .append("size", members.size()).append("version", 0L).append("outbox", List.of())
                            .append("_class", "org.villagegov.grid.microgrid.MicroGrid"));
                    for (Household member : members) {
                        LocalDate joined = member.registered().isAfter(today.minusDays(290)) ? member.registered()
                                : today.minusDays(290);
                        add("grid", "grid_memberships", new Document("_id", member.id()).append("microGridId", gridId)
                                .append("joinedAt", Date.from(at(joined)))
                                .append("_class", "org.villagegov.grid.microgrid.GridMembership"));
                        placed.add(new Household(member.id(), member.natural(), member.registered(), gridId, worker));
                    }
                    from += size;
                }
                inVillage.clear();
                inVillage.addAll(placed);
                for (Household household : inVillage) {
                    add("grid", "households", new Document("_id", household.id()).append("townshipId", village.township())
                            .append("villageId", village.id()).append("naturalVillageId", household.natural())
                            .append("groupId", null).append("address", "No. " + random.nextInt(200) + ", " + village.id())
                            .append("headName", "Head " + household.id().substring(0, 6)).append("headUserId", null)
                            .append("residents", List.of()).append("tags", random.nextInt(10) == 0 ? List.of("LOW_INCOME") : List.of())
                            .append("history", List.of(new Document("at", Date.from(at(household.registered())))
                                    .append("by", "bench").append("what", "registered")))
                            .append("active", true).append("version", 0L).append("outbox", List.of())
                            .append("_class", "org.villagegov.grid.household.Household"));
                    // a fifth of households paired with their micro-grid's worker, visited over the last 8 weeks
                    if (random.nextInt(5) == 0) {
                        LocalDate since = household.registered().isAfter(today.minusDays(120)) ? household.registered()
                                : today.minusDays(60 + random.nextInt(60));
                        add("grid", "pairings", new Document("_id", household.worker() + ":" + household.id())
                                .append("memberSubject", household.worker()).append("memberName", "Worker")
                                .append("householdId", household.id()).append("townshipId", village.township())
                                .append("villageId", village.id()).append("since", date(since))
                                .append("version", 0L).append("outbox", List.of())
                                .append("_class", "org.villagegov.grid.visit.Pairing"));
                        LocalDate visit = today.minusDays(56 - random.nextInt(8));
                        String lastVisit = null;
                        while (!visit.isAfter(today)) {
                            if (!visit.isBefore(since)) {
                                lastVisit = uuid();
                                add("grid", "visits", new Document("_id", lastVisit).append("householdId", household.id())
                                        .append("memberSubject", household.worker()).append("loggedBy", household.worker())
                                        .append("townshipId", village.township()).append("villageId", village.id())
                                        .append("visitedOn", date(visit)).append("notes", "Visited")
                                        .append("issuesFound", null).append("version", 0L).append("outbox", List.of())
                                        .append("_class", "org.villagegov.grid.visit.Visit"));
                            }
                            visit = visit.plusDays(4 + random.nextInt(9));
                        }
                        if (random.nextInt(10) == 0) {
                            LocalDate created = today.minusDays(random.nextInt(56));
                            boolean closed = lastVisit != null && random.nextInt(10) < 7;
                            add("grid", "follow_ups", new Document("_id", uuid()).append("householdId", household.id())
                                    .append("townshipId", village.township()).append("villageId", village.id())
                                    .append("reason", "Follow up").append("source", "VISIT")
                                    .append("createdAt", Date.from(at(created)))
                                    .append("closedByVisitId", closed ? lastVisit : null)
                                    .append("closedOn", closed ? date(created.plusDays(random.nextInt(10))) : null)
                                    .append("version", 0L).append("outbox", List.of())
                                    .append("_class", "org.villagegov.grid.visit.FollowUpTask"));
                        }
                    }
                }
            }
            String[] categories = {"DISPUTE", "SAFETY_HAZARD", "ENVIRONMENT", "INFRASTRUCTURE", "HOUSEHOLD_IN_DIFFICULTY"};
            for (int r = 0; r < households * 3 / 100; r++) {
                Village village = villages.get(random.nextInt(villages.size()));
                LocalDate reported = today.minusDays(random.nextInt(56));
                int roll = random.nextInt(100);
                String status = roll < 15 ? "REPORTED" : roll < 30 ? "ACCEPTED" : roll < 50 ? "SOLVED_ON_SPOT"
                        : roll < 70 ? "TRANSFERRED" : "CLOSED";
                boolean transferred = "TRANSFERRED".equals(status) || ("CLOSED".equals(status) && random.nextBoolean());
                LocalDate transferredOn = transferred ? reported.plusDays(random.nextInt(3)) : null;
                LocalDate closed = "CLOSED".equals(status) || "SOLVED_ON_SPOT".equals(status)
                        ? min(reported.plusDays("SOLVED_ON_SPOT".equals(status) ? 0 : 1 + random.nextInt(20)), today) : null;
                add("grid", "grid_reports", new Document("_id", uuid()).append("townshipId", village.township())
                        .append("villageId", village.id()).append("category", categories[random.nextInt(categories.length)])
                        .append("householdIds", List.of()).append("description", "Reported by the grid worker")
                        .append("photoRefs", List.of()).append("reporterSubject", "worker-" + village.id() + "-1")
                        .append("status", status).append("transferredTo", transferred ? "county-water-bureau" : null)
                        .append("deadline", transferred ? date(transferredOn.plusDays(10)) : null).append("notes", null)
                        .append("outcome", closed != null ? "Resolved" : null).append("rating", null)
                        .append("reportedAt", Date.from(at(reported))).append("transferredOn", date(transferredOn))
                        .append("closedAt", closed != null ? Date.from(at(closed)) : null)
                        .append("version", 0L).append("outbox", List.of())
                        .append("_class", "org.villagegov.grid.report.GridReport"));
            }
        }

        // ---- council-service: suggestions, matters, elections (one per natural village), notices

        void council(List<Village> villages) {
            for (int s = 0; s < households * 5 / 100; s++) {
                Village village = villages.get(random.nextInt(villages.size()));
                LocalDate raised = today.minusDays(random.nextInt(56));
                int roll = random.nextInt(100);
                String status = roll < 10 ? "RAISED" : roll < 15 ? "DISCUSSED" : roll < 45 ? "SOLVED_ON_SPOT"
                        : roll < 70 ? "ASSIGNED" : roll < 95 ? "ANSWERED" : "NOT_FEASIBLE";
                boolean assigned = "ASSIGNED".equals(status) || "ANSWERED".equals(status);
                LocalDate assignedOn = assigned ? min(raised.plusDays(random.nextInt(4)), today) : null;
                LocalDate deadline = assigned ? assignedOn.plusDays(14) : null;
                LocalDate resolved = switch (status) {
                    case "SOLVED_ON_SPOT" -> raised;
                    case "ANSWERED" -> min(assignedOn.plusDays(1 + random.nextInt(20)), today);
                    case "NOT_FEASIBLE" -> min(raised.plusDays(random.nextInt(7)), today);
                    default -> null;
                };
                Boolean onTime = "SOLVED_ON_SPOT".equals(status) ? Boolean.TRUE
                        : "ANSWERED".equals(status) ? !resolved.isAfter(deadline) : null;
                add("council", "suggestions", new Document("_id", uuid()).append("townshipId", village.township())
                        .append("villageId", village.id()).append("householdId", null).append("title", "Suggestion")
                        .append("content", "Fix the road").append("raisedBy", "bench").append("raisedByRole", "VILLAGER")
                        .append("raisedOn", date(raised)).append("raisedAt", Date.from(at(raised))).append("status", status)
                        .append("meetingId", null).append("solution", null).append("assignee", assigned ? "township office" : null)
                        .append("deadline", date(deadline)).append("assignedOn", date(assignedOn))
                        .append("feedback", null).append("resolvedOn", date(resolved)).append("onTime", onTime)
                        .append("rating", null).append("notFeasibleReason", "NOT_FEASIBLE".equals(status) ? "No budget" : null)
                        .append("escalatedToTownship", false).append("escalatedAt", null)
                        .append("version", 0L).append("outbox", List.of())
                        .append("_class", "org.villagegov.council.suggestion.Suggestion"));
            }
            String[] stages = {"PROPOSAL", "TWO_COMMITTEES", "PARTY_MEMBERS", "REPRESENTATIVES", "RESOLUTION_PUBLISHED",
                    "RESULT_PUBLISHED"};
            for (int m = 0; m < households / 100; m++) {
                Village village = villages.get(random.nextInt(villages.size()));
                LocalDate held = today.minusDays(10 + random.nextInt(80));
                int reached = 1 + random.nextInt(stages.length);
                boolean rejected = reached < 4 && random.nextInt(4) == 0;
                List<Document> steps = new ArrayList<>();
                for (int i = 0; i < reached && !held.isAfter(today); i++) {
                    boolean passed = !(rejected && i == reached - 1);
                    steps.add(new Document("stage", stages[i]).append("heldOn", date(held)).append("vote", null)
                            .append("passed", passed).append("minutes", "Minutes").append("householdIds", List.of())
                            .append("meetingId", null).append("recordedBy", "bench").append("recordedAt", Date.from(at(held)))
                            .append("attendees", List.of()).append("meetingKind", null));
                    held = held.plusDays(3 + random.nextInt(6));
                }
                String last = ((Document) steps.getLast()).getString("stage");
                String status = rejected ? "REJECTED" : "RESULT_PUBLISHED".equals(last) ? "COMPLETED"
                        : steps.size() >= 4 ? "ADOPTED" : "IN_PROGRESS";
                add("council", "matters", new Document("_id", uuid()).append("townshipId", village.township())
                        .append("villageId", village.id()).append("title", "Matter").append("kind", "PUBLIC_WORKS")
                        .append("amount", 10_000L * (1 + random.nextInt(50))).append("description", "A village matter")
                        .append("stage", last).append("status", status)
                        .append("rejectionReason", rejected ? "Voted down" : null)
                        .append("rejectedOn", rejected ? steps.getLast().get("heldOn") : null).append("steps", steps)
                        .append("createdAt", steps.getFirst().get("recordedAt"))
                        .append("version", 0L).append("outbox", List.of())
                        .append("_class", "org.villagegov.council.matter.Matter"));
            }
            for (Village village : villages) {
                for (String natural : village.naturals()) {
                    long count = village.households().stream().filter(h -> h.natural().equals(natural)).count();
                    long ballots = count == 0 ? 0 : count * (60 + random.nextInt(40)) / 100;
                    Instant closed = at(today.minusDays(150 + random.nextInt(200)));
                    add("council", "elections", new Document("_id", uuid()).append("councilId", "council-" + natural)
                            .append("townshipId", village.township()).append("villageId", village.id())
                            .append("naturalVillageId", natural).append("ballotKey", uuid()).append("title", "Villagers' council")
                            .append("seats", 5).append("termStart", date(today.minusDays(140))).append("termEnd", date(today.plusDays(1000)))
                            .append("opensAt", Date.from(closed.minusSeconds(7 * 86400))).append("closesAt", Date.from(closed))
                            .append("candidates", List.of()).append("status", "CLOSED").append("results", List.of())
                            .append("ballotsCast", ballots).append("paperBallots", ballots / 5).append("householdCount", count)
                            .append("turnoutPercent", count == 0 ? 0.0 : 100.0 * ballots / count).append("closedAt", Date.from(closed))
                            .append("version", 0L).append("outbox", List.of())
                            .append("_class", "org.villagegov.council.election.Election"));
                }
            }
            String[] categories = {"PARTY_AFFAIRS", "VILLAGE_AFFAIRS", "FINANCES"};
            for (int n = 0; n < households * 3 / 100; n++) {
                Village village = villages.get(random.nextInt(villages.size()));
                LocalDate posted = today.minusDays(random.nextInt(56));
                boolean withdrawn = random.nextInt(20) == 0;
                add("council", "notices", new Document("_id", uuid()).append("townshipId", village.township())
                        .append("villageId", village.id()).append("category", categories[random.nextInt(3)])
                        .append("title", "Notice").append("body", "Posted on the board").append("publishFrom", date(posted))
                        .append("publishUntil", date(posted.plusDays(7 + random.nextInt(24)))).append("postedBy", "bench")
                        .append("postedAt", Date.from(at(posted))).append("withdrawnReason", withdrawn ? "Mistake" : null)
                        .append("withdrawnAt", withdrawn ? Date.from(at(min(posted.plusDays(2), today))) : null)
                        .append("version", 0L).append("outbox", List.of())
                        .append("_class", "org.villagegov.council.disclosure.Notice"));
            }
        }

        // ---- mediation-service: cases at every level and status

        void mediation(List<Village> villages) {
            String[] categories = {"NEIGHBOURHOOD", "LAND", "FAMILY", "DEBT", "CONTRACT", "LABOUR", "DAMAGES"};
            for (int c = 0; c < households * 2 / 100; c++) {
                Village village = villages.get(random.nextInt(villages.size()));
                LocalDate opened = today.minusDays(random.nextInt(90));
                int levelRoll = random.nextInt(10);
                String level = levelRoll < 6 ? "VILLAGE" : levelRoll < 9 ? "TOWNSHIP" : "COUNTY";
                List<Document> escalations = new ArrayList<>();
                List<Document> failures = new ArrayList<>();
                LocalDate start = opened;
                if (!"VILLAGE".equals(level) && random.nextBoolean()) {
                    // went up from the village after a failed mediation there
                    LocalDate accepted = start.plusDays(1);
                    LocalDate failed = accepted.plusDays(5 + random.nextInt(10));
                    LocalDate left = failed.plusDays(1);
                    if (left.isBefore(today)) {
                        failures.add(new Document("reason", "No agreement").append("failedOn", date(failed)).append("atLevel", "VILLAGE"));
                        escalations.add(new Document("fromLevel", "VILLAGE").append("toLevel", level).append("reason", "Failed at village")
                                .append("by", "bench").append("at", Date.from(at(left))).append("on", date(left))
                                .append("acceptanceDeadline", date(start.plusDays(3))).append("acceptedOn", date(accepted))
                                .append("resolutionDeadline", date(accepted.plusDays(30))).append("failureDeadline", date(failed.plusDays(5))));
                        start = left;
                    }
                }
                int statusRoll = random.nextInt(100);
                String status = statusRoll < 15 ? "OPEN" : statusRoll < 45 ? "IN_MEDIATION" : statusRoll < 60 ? "AGREED"
                        : statusRoll < 70 ? "FAILED" : "CLOSED";
                LocalDate acceptanceDeadline = start.plusDays(3);
                LocalDate acceptedOn = "OPEN".equals(status) ? null : min(start.plusDays(random.nextInt(5)), today);
                LocalDate resolutionDeadline = acceptedOn == null ? null : acceptedOn.plusDays(30);
                Document agreement = null;
                LocalDate failureDeadline = null;
                LocalDate closedOn = null;
                boolean agreed = "AGREED".equals(status) || ("CLOSED".equals(status) && random.nextInt(4) != 0);
                if (acceptedOn != null && agreed) {
                    LocalDate reached = min(acceptedOn.plusDays(random.nextInt(40)), today);
                    agreement = new Document("terms", "Agreed terms").append("signatures", List.of()).append("reachedOn", date(reached))
                            .append("recordedBy", "bench");
                    if ("CLOSED".equals(status)) {
                        closedOn = min(reached.plusDays(random.nextInt(15)), today);
                    }
                } else if (acceptedOn != null && ("FAILED".equals(status) || "CLOSED".equals(status))) {
                    LocalDate failed = min(acceptedOn.plusDays(random.nextInt(30)), today);
                    failures.add(new Document("reason", "No agreement").append("failedOn", date(failed)).append("atLevel", level));
                    failureDeadline = failed.plusDays(5);
                    if ("CLOSED".equals(status)) {
                        closedOn = min(failed.plusDays(random.nextInt(5)), today);
                    }
                }
                if ("CLOSED".equals(status) && closedOn == null) {
                    closedOn = today;
                }
                add("mediation", "cases", new Document("_id", uuid()).append("source", "WALK_IN").append("reportId", null)
                        .append("referral", null).append("townshipId", village.township()).append("villageId", village.id())
                        .append("category", categories[random.nextInt(categories.length)]).append("description", "A dispute")
                        .append("amount", (long) random.nextInt(50_000)).append("parties", List.of()).append("level", level)
                        .append("status", status).append("risk", null).append("mediatorId", "mediator-" + village.id())
                        .append("assignments", List.of()).append("openedAt", Date.from(at(opened))).append("openedOn", date(opened))
                        .append("openedBy", "bench").append("acceptanceDeadline", date(acceptanceDeadline))
                        .append("acceptedOn", date(acceptedOn)).append("resolutionDeadline", date(resolutionDeadline))
                        .append("sessions", List.of()).append("agreement", agreement).append("failures", failures)
                        .append("failureDeadline", date(failureDeadline)).append("overdueFlaggedOn", null)
                        .append("escalations", escalations).append("judicialConfirmation", null).append("followUpDue", null)
                        .append("followUp", null).append("outcome", closedOn == null ? null : agreement != null ? "AGREEMENT_HONOURED" : "FAILED")
                        .append("closedOn", date(closedOn)).append("closingNotes", null).append("ratings", List.of())
                        .append("version", 0L).append("outbox", List.of())
                        .append("_class", "org.villagegov.mediation.dispute.MediationCase"));
            }
        }

        // ---- points-service: one passbook per household (~2 entries each), red and black lists per village

        void points(List<Village> villages) {
            String[] sources = {"AWARD", "AWARD", "AWARD", "AWARD", "EVENT", "REDEMPTION", "CORRECTION"};
            for (Village village : villages) {
                for (Household household : village.households()) {
                    List<Document> entries = new ArrayList<>();
                    long balance = 0;
                    int count = random.nextInt(5);
                    for (int e = 0; e < count; e++) {
                        String source = sources[random.nextInt(sources.length)];
                        LocalDate on = today.minusDays(random.nextInt(56));
                        long amount = switch (source) {
                            case "AWARD" -> 5 + random.nextInt(16);
                            case "EVENT" -> random.nextBoolean() ? 10 : -5;
                            case "REDEMPTION" -> balance >= 5 ? -5 : 0;
                            default -> 2;
                        };
                        if (amount == 0) {
                            continue;
                        }
                        balance += amount;
                        boolean deed = "AWARD".equals(source) || "EVENT".equals(source);
                        entries.add(new Document("_id", uuid()).append("amount", amount).append("source", source)
                                .append("ruleCode", deed ? "CLEAN-YARD" : null).append("ruleVersion", deed ? 1 : null)
                                .append("sourceId", uuid()).append("note", null).append("by", "bench")
                                .append("at", Date.from(at(on).plusSeconds(3600))).append("occurredOn", deed ? on.toString() : null));
                    }
                    add("points", "accounts", new Document("_id", household.id()).append("townshipId", village.township())
                            .append("villageId", village.id()).append("gridId", household.gridId()).append("holderSubject", null)
                            .append("balance", balance).append("entries", entries).append("voided", List.of())
                            .append("version", 0L).append("outbox", List.of())
                            .append("_class", "org.villagegov.points.account.Account"));
                }
                for (int m = 1; m <= 2; m++) {
                    YearMonth month = YearMonth.from(today).minusMonths(m);
                    Instant computed = at(month.plusMonths(1).atDay(2));
                    List<Household> candidates = village.households();
                    int red = Math.min(3, candidates.size());
                    int black = Math.min(1, Math.max(0, candidates.size() - red));
                    add("points", "list_computations", new Document("_id", uuid()).append("townshipId", village.township())
                            .append("villageId", village.id()).append("periodStart", date(month.atDay(1)))
                            .append("periodEnd", date(month.atEndOfMonth())).append("red", red).append("black", black)
                            .append("alreadyListed", 0).append("by", "bench").append("computedAt", Date.from(computed))
                            .append("_class", "org.villagegov.points.lists.ListComputation"));
                    for (int i = 0; i < red + black; i++) {
                        add("points", "list_entries", new Document("_id", uuid()).append("kind", i < red ? "RED" : "BLACK")
                                .append("householdId", candidates.get(i).id()).append("townshipId", village.township())
                                .append("villageId", village.id()).append("periodStart", date(month.atDay(1)))
                                .append("periodEnd", date(month.atEndOfMonth())).append("basis", "COMPUTED")
                                .append("reason", null).append("earned", i < red ? 60L : 0L).append("deducted", i < red ? 0L : 30L)
                                .append("by", "bench").append("publishedAt", Date.from(computed))
                                .append("version", 0L).append("outbox", List.of())
                                .append("_class", "org.villagegov.points.lists.ListEntry"));
                    }
                }
            }
        }

        // ---- writing

        void add(String service, String collection, Document document) {
            List<Document> batch = batches.computeIfAbsent(service + "/" + collection, k -> new ArrayList<>());
            batch.add(document);
            if (batch.size() >= 2000) {
                write(service + "/" + collection, batch);
            }
        }

        void flush() {
            batches.forEach((key, batch) -> {
                if (!batch.isEmpty()) {
                    write(key, batch);
                }
            });
        }

        void write(String key, List<Document> batch) {
            String[] parts = key.split("/");
            MongoDatabase database = mongo.getDatabase(parts[0] + "_" + county);
            database.getCollection(parts[1]).insertMany(new ArrayList<>(batch), new InsertManyOptions().ordered(false));
            SIZES.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(batch.size());
            batch.clear();
        }

        String uuid() {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }

        /** A county day's moment (09:00 there). */
        static Instant at(LocalDate day) {
            return day.atTime(9, 0).atZone(COUNTY_ZONE).toInstant();
        }

        static Date date(LocalDate day) {
            return day == null ? null : Date.from(day.atStartOfDay(STORE_ZONE).toInstant());
        }

        static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }
}
