import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Love-supermarket redemptions through the gateway, many clients at once on one item of one
 * village's store: each one is a saga over two documents (stock reservation, passbook debit,
 * completion with its event). Funds the village's households with a correction (within the
 * county's monthly limit: once the limit is used up the balances are what they are, which then
 * limits redemptions too), and for each concurrency puts an item with 10% fewer units than
 * requests on the shelf and fires the redemptions at it. Then checks, exactly:
 * <ul>
 * <li>stock: what is left is the stock less the completed redemptions;</li>
 * <li>balances: each household's balance moved by its completed redemptions times the price, no more;</li>
 * <li>balance = ledger for every passbook of the county ({@code GET /accounts/check}).</li>
 * </ul>
 * Beside each run, the same MongoDB's raw conditional-update rate as the ceiling: 64 threads
 * doing {@code updateOne({_id, stock: {$gte: 1}}, {$inc: {stock: -1}})} on one document of a
 * scratch database, for as long as the redemptions took (at least 3 s), dropped afterwards.
 * Run against `infra/stack up -d` (demo data), usually through infra/bench/pipeline-and-supermarket:
 *   java -cp <mongodb driver jars> infra/bench/RedemptionLoad.java [gateway] [keycloak] [redemptions per run]
 *     [concurrencies, e.g. 64,200] [mongo uri, or - for no ceiling]
 */
public class RedemptionLoad {

    private static final int PRICE = 1;
    private static final int CEILING_THREADS = 64;
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern BALANCE = Pattern.compile("\"balance\":(-?\\d+)");

    record Run(int concurrency, int requests, int stock, int completed, int refusedStock, int refusedBalance, int errors,
               long left, double seconds, double p50, double p95, double p99, boolean stockExact, boolean balancesExact,
               boolean consistent, double ceiling, double ceilingP99) {
    }

    public static void main(String[] args) {
        Bench.exitAfter(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int redemptions = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        String concurrencies = args.length > 3 ? args[3] : "64,200";
        String mongoUri = args.length > 4 ? args[4] : "mongodb://127.0.0.1:27017";
        String admin = Bench.token(keycloak, "admin");
        String clerk = Bench.token(keycloak, "clerk");
        String cadre = Bench.token(keycloak, "cadre");
        String points = gateway + "/api/v1/points";
        System.out.printf("Run %s: %d redemptions per run at concurrency %s, one item, price %d; machine %d cores, %.1f GiB, "
                        + "JDK %s, load average %s.%n%n", Instant.now(), redemptions, concurrencies, PRICE,
                Runtime.getRuntime().availableProcessors(), Bench.totalMemoryGiB(), System.getProperty("java.version"),
                String.join(" ", Arrays.asList(Bench.loadAverage().split(" ")).subList(0, 3)));

        List<String> households = new ArrayList<>();
        for (Object household : Document.parse(Bench.expect(Bench.send("GET",
                gateway + "/api/v1/grid/households?villageId=v-huashi&size=50", admin, null), 200).body())
                .getList("items", Object.class)) {
            households.add(((Document) household).getString("id"));
        }
        // funding is a correction like any other: proposed by one person, approved by a second,
        // within the county's monthly limit per household (500 by default); a later run in the same
        // month finds the limit used and goes on with the balances there are
        for (String household : households) {
            var proposed = Bench.send("POST", points + "/accounts/" + household + "/corrections", admin,
                    "{\"amount\":500,\"category\":\"OTHER\",\"reason\":\"benchmark funding\"}");
            if (proposed.statusCode() == 422) {
                System.err.println("no funding for " + household + " (monthly correction limit): " + proposed.body());
                continue;
            }
            Matcher id = ID.matcher(Bench.expect(proposed, 201).body());
            id.find();
            Bench.expect(Bench.send("POST", points + "/corrections/" + id.group(1) + "/approve", cadre, ""), 200);
        }

        // warm-up, not reported: the first redemptions after a start run the saga's path cold
        redeem(points, admin, clerk, households, Math.max(20, redemptions / 10), 8, "-");
        List<Run> runs = new ArrayList<>();
        for (String concurrency : concurrencies.split(",")) {
            Run run = redeem(points, admin, clerk, households, redemptions, Integer.parseInt(concurrency.trim()), mongoUri);
            runs.add(run);
            System.err.printf("concurrency=%d requests=%d stock=%d completed=%d refused(stock)=%d refused(balance)=%d "
                            + "errors=%d left=%d seconds=%.2f redemptions/s=%.0f p50=%.1fms p95=%.1fms p99=%.1fms "
                            + "stockExact=%s balancesExact=%s consistent=%s ceiling=%.0f/s%n",
                    run.concurrency(), run.requests(), run.stock(), run.completed(), run.refusedStock(),
                    run.refusedBalance(), run.errors(), run.left(), run.seconds(), run.completed() / run.seconds(),
                    run.p50(), run.p95(), run.p99(), run.stockExact(), run.balancesExact(), run.consistent(),
                    run.ceiling());
        }

        System.out.println("| concurrency | requests | completed | refused (stock / balance) | errors | stock left | redemptions/s "
                + "| p50 | p99 | stock exact | balances exact | balance = ledger | conditional updates/s (64 threads) | redemptions / ceiling |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|---:|");
        for (Run r : runs) {
            System.out.printf("| %d | %,d | %,d | %d / %d | %d | %d of %d | %.0f | %.1f ms | %.1f ms | %s | %s | %s | %s | %s |%n",
                    r.concurrency(), r.requests(), r.completed(), r.refusedStock(), r.refusedBalance(), r.errors(), r.left(),
                    r.stock(), r.completed() / r.seconds(), r.p50(), r.p99(), yes(r.stockExact()), yes(r.balancesExact()),
                    yes(r.consistent()), r.ceiling() < 0 ? "not measured" : String.format("%,.0f (p99 %.1f ms)", r.ceiling(), r.ceilingP99()),
                    r.ceiling() <= 0 ? "" : String.format("%.3f", r.completed() / r.seconds() / r.ceiling()));
        }
        System.out.println();
        Run at64 = runs.stream().filter(r -> r.concurrency() == 64).findFirst().orElse(null);
        System.out.printf("Target: >= 300 redemptions/s at 64 clients, exact every time: %s%n", at64 == null ? "not run"
                : (at64.completed() / at64.seconds() >= 300 ? "rate met" : "rate missed")
                + String.format(" (%.0f/s)", at64.completed() / at64.seconds())
                + (runs.stream().allMatch(r -> r.stockExact() && r.balancesExact() && r.consistent()) ? ", exact in every run"
                : ", NOT EXACT"));
    }

    private static Run redeem(String points, String admin, String clerk, List<String> households, int redemptions,
                              int concurrency, String mongoUri) throws Exception {
        Map<String, Long> before = balances(points, admin, households);
        int stock = redemptions * 9 / 10;
        String item = Bench.expect(Bench.send("POST", points + "/supermarket/items", admin,
                "{\"townshipId\":\"t-chengguan\",\"villageId\":\"v-huashi\",\"name\":\"Bench soap " + System.nanoTime()
                        + "\",\"price\":" + PRICE + ",\"stock\":" + stock + "}"), 201).body();
        Matcher itemId = ID.matcher(item);
        itemId.find();
        String redeem = points + "/supermarket/redemptions";

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(redemptions));
        Map<String, AtomicInteger> completedBy = new ConcurrentHashMap<>();
        AtomicInteger refusedStock = new AtomicInteger();
        AtomicInteger refusedBalance = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int worker = 0; worker < concurrency; worker++) {
                executor.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < redemptions) {
                        String household = households.get(n % households.size());
                        String body = "{\"householdId\":\"" + household + "\",\"itemId\":\"" + itemId.group(1)
                                + "\",\"quantity\":1}";
                        long t0 = System.nanoTime();
                        try {
                            var response = Bench.send("POST", redeem, clerk, body);
                            if (response.statusCode() == 201) {
                                completedBy.computeIfAbsent(household, h -> new AtomicInteger()).incrementAndGet();
                            } else if (response.statusCode() == 422 && response.body().contains("balance")) {
                                refusedBalance.incrementAndGet();
                            } else if (response.statusCode() == 422) {
                                refusedStock.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int completed = completedBy.values().stream().mapToInt(AtomicInteger::get).sum();
        Map<String, Long> after = balances(points, admin, households);
        boolean balancesExact = errors.get() == 0;
        for (String household : households) {
            int taken = completedBy.getOrDefault(household, new AtomicInteger()).get();
            // exact both ways: no redemption without its debit, no debit without its redemption, nothing below zero
            balancesExact &= before.get(household) - after.get(household) == (long) taken * PRICE && after.get(household) >= 0;
        }
        long left = Long.parseLong(Bench.send("GET", points + "/supermarket/items/" + itemId.group(1), admin, null).body()
                .replaceAll(".*\"stock\":(\\d+).*", "$1"));
        boolean consistent = Bench.send("GET", points + "/accounts/check", admin, null).body().contains("\"consistent\":true");
        double[] ceiling = mongoUri.equals("-") ? new double[] {-1, 0}
                : conditionalUpdates(mongoUri, Math.max(seconds, 3));
        return new Run(concurrency, sorted.size(), stock, completed, refusedStock.get(), refusedBalance.get(), errors.get(),
                left, seconds, Bench.percentile(sorted, 50), Bench.percentile(sorted, 95), Bench.percentile(sorted, 99),
                errors.get() == 0 && left == stock - completed, balancesExact, consistent, ceiling[0], ceiling[1]);
    }

    private static Map<String, Long> balances(String points, String admin, List<String> households) throws Exception {
        Map<String, Long> balances = new LinkedHashMap<>();
        for (String household : households) {
            var response = Bench.send("GET", points + "/accounts/" + household, admin, null);
            Matcher balance = BALANCE.matcher(response.body());
            // a household whose passbook was never opened holds nothing
            balances.put(household, response.statusCode() == 200 && balance.find() ? Long.parseLong(balance.group(1)) : 0);
        }
        return balances;
    }

    /**
     * The database's own ceiling for what a redemption's stock step is: conditional decrements of one
     * document by 64 threads, on a scratch database of the same server, dropped afterwards.
     * Returns {updates per second, p99 ms}.
     */
    private static double[] conditionalUpdates(String mongoUri, double seconds) throws Exception {
        String name = "bench_scratch_" + System.nanoTime();
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(new ConnectionString(mongoUri))
                .applyToConnectionPoolSettings(pool -> pool.maxSize(CEILING_THREADS + 8)).build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoDatabase scratch = client.getDatabase(name);
            try {
                MongoCollection<Document> items = scratch.getCollection("stock");
                items.insertOne(new Document("_id", "item").append("stock", Long.MAX_VALUE / 2));
                AtomicLong updates = new AtomicLong();
                List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
                long end = System.nanoTime() + (long) (seconds * 1e9);
                long start = System.nanoTime();
                List<Thread> threads = new ArrayList<>();
                for (int i = 0; i < CEILING_THREADS; i++) {
                    threads.add(Thread.ofPlatform().start(() -> {
                        while (System.nanoTime() < end) {
                            long t0 = System.nanoTime();
                            if (items.updateOne(Filters.and(Filters.eq("_id", "item"), Filters.gte("stock", 1)),
                                    Updates.inc("stock", -1)).getModifiedCount() == 1) {
                                updates.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - t0);
                        }
                    }));
                }
                for (Thread thread : threads) {
                    thread.join();
                }
                double took = (System.nanoTime() - start) / 1e9;
                List<Long> sorted = new ArrayList<>(latencies);
                Collections.sort(sorted);
                return new double[] {updates.get() / took, Bench.percentile(sorted, 99)};
            } finally {
                scratch.drop();
            }
        }
    }

    private static String yes(boolean value) {
        return value ? "yes" : "NO";
    }
}
