import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import org.bson.Document;

/**
 * Issue 16, part 3: award events published straight to the broker at fixed rates and credited by
 * points-service, beside the broker's own ceiling measured with RabbitMQ PerfTest in the same run.
 * <p>
 * For each rate the program publishes {@code meeting.attended} events of the county (one demo
 * household each, round robin over the village's households) on {@code council.events}, open loop:
 * event i leaves at t0 + i/rate whatever the broker or the consumer do, with publisher confirms
 * (only confirmed events count as published) and the mandatory flag (an unroutable event is
 * counted, not silently dropped). It then waits, bounded, until the households' passbooks hold
 * as many new lines as events were published, and reads from the points database of the county:
 * <ul>
 * <li>the passbook lines of the run ({@code passbook_entries}, id {@code event:<eventId>:<household>}),
 * whose {@code at} is when the line was stored: publish-to-ledger latency is {@code at} minus the
 * publish time (same machine, same clock);</li>
 * <li>the consumer's processed markers ({@code processed_events.processedAt}): the time the event
 * was done, its line decided and the balance moved, a second latency;</li>
 * <li>the accounts' balance and entry count before and after: the balance must have moved by exactly
 * the sum of the run's applied lines (more would be an event credited twice).</li>
 * </ul>
 * Run against a stack whose points-service alone consumes from the broker's virtual host (the
 * program refuses a queue with more consumers than one points-service has: another stack sharing
 * the broker would take the events into its own databases). Usually through
 * {@code infra/bench/pipeline-and-supermarket}, which builds the classpath:
 *   java -cp <mongodb driver, amqp-client, slf4j-api> infra/bench/EventPipeline.java \
 *     [gateway] [keycloak] [mongo uri] [amqp uri] [rates, e.g. 500,1000,2000] [seconds per rate] \
 *     [drain wait s] [PerfTest classpath, or - to skip] [PerfTest seconds]
 * Settings (environment): COUNTY (linxian), VILLAGE (v-huashi), TOWNSHIP (t-chengguan),
 * POINTS_QUEUE (points-service.events), POINTS_CONSUMERS (2: platform.messaging.consumers).
 */
public class EventPipeline {

    private static final String EXCHANGE = "council.events";
    private static final String TYPE = "meeting.attended";

    /** What one rate step measured. */
    record Step(int rate, int seconds, int published, int nacked, int returned, double maxLagMs, int credited,
                int capped, int pending, int lost, int doubled, long balanceMoved, long linesSum, double sustained,
                double overall, double commandsPerCredit,
                double p50, double p99, double doneP50, double doneP99, double drainSeconds, boolean drained,
                long deadLettered) {
    }

    public static void main(String[] args) {
        Bench.exitAfter(() -> run(args));
    }

    private static void run(String[] args) throws Exception {
        String gateway = arg(args, 0, "http://localhost:8080");
        String keycloak = arg(args, 1, "http://localhost:8180");
        String mongoUri = arg(args, 2, "mongodb://127.0.0.1:27017");
        String amqpUri = arg(args, 3, "amqp://guest:guest@127.0.0.1:5672");
        List<Integer> rates = new ArrayList<>();
        for (String rate : arg(args, 4, "500,1000,2000").split(",")) {
            rates.add(Integer.parseInt(rate.trim()));
        }
        int seconds = Integer.parseInt(arg(args, 5, "30"));
        int drainWait = Integer.parseInt(arg(args, 6, "300"));
        String perfTestClasspath = arg(args, 7, "-");
        int perfTestSeconds = Integer.parseInt(arg(args, 8, "25"));
        String county = System.getenv().getOrDefault("COUNTY", "linxian");
        String village = System.getenv().getOrDefault("VILLAGE", "v-huashi");
        String township = System.getenv().getOrDefault("TOWNSHIP", "t-chengguan");
        String queue = System.getenv().getOrDefault("POINTS_QUEUE", "points-service.events");
        int ownConsumers = Integer.parseInt(System.getenv().getOrDefault("POINTS_CONSUMERS", "2"));
        String runId = Long.toString(System.currentTimeMillis(), 36);

        System.out.printf("Run %s: county %s, rates %s events/s for %d s each; machine %d cores, %.1f GiB, JDK %s, load average %s.%n%n",
                runId, county, rates, seconds, Runtime.getRuntime().availableProcessors(), Bench.totalMemoryGiB(),
                System.getProperty("java.version"), String.join(" ", Arrays.asList(Bench.loadAverage().split(" ")).subList(0, 3)));

        String admin = Bench.token(keycloak, county, "admin");
        List<String> households = households(gateway, admin, village);
        if (households.isEmpty()) {
            throw new IllegalStateException("No households in " + village + " of " + county + " (demo data missing?)");
        }
        String restoreMapping = ensureMapping(gateway, admin);
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(amqpUri);
        List<Step> steps = new ArrayList<>();
        String perfTest;
        try (MongoClient mongoClient = MongoClients.create(mongoUri);
             Connection connection = factory.newConnection("bench-event-pipeline")) {
            MongoDatabase points = mongoClient.getDatabase("points_" + county);
            try (Channel probe = connection.createChannel()) {
                int consumers = probe.queueDeclarePassive(queue).getConsumerCount();
                if (consumers > ownConsumers) {
                    throw new IllegalStateException(queue + " has " + consumers + " consumers, one points-service has "
                            + ownConsumers + ": another stack shares this broker's virtual host and would take events "
                            + "into its own databases. Run the stack on a virtual host of its own (RABBITMQ_URI).");
                }
            }
            // the ceiling first, so that no backlog of the pipeline's queue runs beside it
            int messageSize = envelope("x".repeat(runId.length() + 16), county, township, village, households.get(0)).length;
            perfTest = perfTestClasspath.equals("-") ? null
                    : perfTest(perfTestClasspath, amqpUri, connection, messageSize, perfTestSeconds, runId);
            // warm-up, not reported: the consumer's path runs cold after a start; it also lets the broker
            // settle after PerfTest's queue is deleted
            step(connection, points, queue, runId + "w", 100, 5, drainWait, county, township, village, households);
            for (int rate : rates) {
                steps.add(step(connection, points, queue, runId, rate, seconds, drainWait, county,
                        township, village, households));
            }
        } finally {
            if (restoreMapping != null) {
                Bench.send("PUT", gateway + "/api/v1/points/event-rules/" + TYPE, admin, restoreMapping);
            }
        }
        String check = Bench.send("GET", gateway + "/api/v1/points/accounts/check", admin, null).body();
        boolean consistent = check.contains("\"consistent\":true");

        System.out.println("| rate | published | credited | lost | doubled | credits/s in the window | until the last | publish->line p50 | p99 "
                + "| publish->done p50 | p99 | drained after | balance moved = lines |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (Step s : steps) {
            System.out.printf("| %,d/s | %,d | %,d | %d | %d | %,.0f | %,.0f | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s | %s |%n",
                    s.rate(), s.published(), s.credited(), s.lost(), s.doubled(), s.sustained(), s.overall(), s.p50(), s.p99(),
                    s.doneP50(), s.doneP99(), (s.drained() ? "" : "not drained, ") + String.format("%.1f s", s.drainSeconds()),
                    s.balanceMoved() == s.linesSum() ? "yes" : "no (" + s.balanceMoved() + " vs " + s.linesSum() + ")");
        }
        System.out.println();
        System.out.println(perfTest == null ? "Broker ceiling: not measured (no PerfTest classpath given)." : perfTest);
        System.out.println("Balance = ledger for every passbook of the county (GET /accounts/check): " + (consistent ? "yes" : "NO: " + check));
        for (Step s : steps) {
            System.out.printf("Rate %,d/s: published %,d (nacked %d, unroutable %d; the publisher was at most %.1f ms behind "
                            + "its schedule), credited %,d, capped %d, undecided lines %d, dead-lettered %d, lost %d, doubled %d; "
                            + "%.1f database commands per credit (the server's opcounters over the step, everyone's).%n",
                    s.rate(), s.published(), s.nacked(), s.returned(), s.maxLagMs(), s.credited(), s.capped(), s.pending(),
                    s.deadLettered(), s.lost(), s.doubled(), s.commandsPerCredit());
        }
        Step at1000 = steps.stream().filter(s -> s.rate() == 1000).findFirst().orElse(null);
        double best = steps.stream().mapToDouble(Step::sustained).max().orElse(0);
        System.out.printf("Targets: >= 2,000 credits/s sustained: %s (best %,.0f/s); p99 < 250 ms at 1,000/s: %s; "
                        + "lost = doubled = 0: %s.%n",
                best >= 2000 ? "met" : "missed", best,
                at1000 == null ? "not run" : (at1000.p99() < 250 ? "met" : "missed") + String.format(" (%.1f ms)", at1000.p99()),
                steps.stream().allMatch(s -> s.lost() == 0 && s.doubled() == 0) ? "yes" : "NO");
    }

    /**
     * Makes sure the county awards {@code meeting.attended} (a rule without a monthly cap by default);
     * returns the mapping to restore afterwards, or null when it was already on.
     */
    private static String ensureMapping(String gateway, String admin) throws Exception {
        String body = Bench.expect(Bench.send("GET", gateway + "/api/v1/points/event-rules", admin, null), 200).body();
        for (Object rule : Document.parse("{\"rules\":" + body + "}").getList("rules", Object.class)) {
            Document mapping = (Document) rule;
            if (TYPE.equals(mapping.getString("eventType"))) {
                if (mapping.getBoolean("enabled", false) && mapping.getString("ruleCode") != null) {
                    return null;
                }
                Bench.expect(Bench.send("PUT", gateway + "/api/v1/points/event-rules/" + TYPE, admin,
                        "{\"ruleCode\":\"meeting-attendance\",\"enabled\":true}"), 200);
                return new Document("ruleCode", mapping.getString("ruleCode")).append("enabled", false).toJson();
            }
        }
        throw new IllegalStateException("points-service knows no mapping for " + TYPE + ": " + body);
    }

    private static List<String> households(String gateway, String admin, String village) throws Exception {
        String body = Bench.expect(Bench.send("GET", gateway + "/api/v1/grid/households?villageId=" + village + "&size=50", admin, null), 200).body();
        List<String> ids = new ArrayList<>();
        for (Object household : Document.parse(body).getList("items", Object.class)) {
            ids.add(((Document) household).getString("id"));
        }
        return ids;
    }

    private static Step step(Connection connection, MongoDatabase points, String queue,
                             String runId, int rate, int seconds, int drainWait, String county, String township,
                             String village, List<String> households) throws Exception {
        String prefix = "bench-" + runId + "-r" + rate + "-";
        int total = rate * seconds;
        Map<String, Document> before = accounts(points, households);
        long deadBefore = depth(connection, queue + ".dlq");
        long commandsBefore = commands(points);
        long[] publishedAt = new long[total];  // epoch microseconds
        boolean[] acked = new boolean[total];
        AtomicInteger nacked = new AtomicInteger();
        AtomicInteger returned = new AtomicInteger();
        ConcurrentSkipListMap<Long, Integer> outstanding = new ConcurrentSkipListMap<>();
        double maxLag;
        long windowStart;
        try (Channel channel = connection.createChannel()) {
            channel.confirmSelect();
            channel.addConfirmListener((tag, multiple) -> settle(outstanding, tag, multiple, acked, true, nacked),
                    (tag, multiple) -> settle(outstanding, tag, multiple, acked, false, nacked));
            // mandatory: an event no queue takes (the service not bound yet) comes back instead of vanishing
            channel.addReturnListener(r -> returned.incrementAndGet());
            System.err.printf("%s rate %d/s: publishing %,d events%n", Instant.now(), rate, total);
            long lag = 0;
            windowStart = epochMicros() / 1000;
            long t0 = System.nanoTime();
            for (int i = 0; i < total; i++) {
                // open loop: the i-th event is due at t0 + i/rate, however long the broker took for the last
                long due = t0 + (long) (i * 1e9 / rate);
                long now;
                while ((now = System.nanoTime()) < due) {
                    LockSupport.parkNanos(Math.min(due - now, 200_000));
                }
                lag = Math.max(lag, now - due);
                String eventId = prefix + i;
                String household = households.get(i % households.size());
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                        .contentType("application/json").contentEncoding("UTF-8").deliveryMode(2)
                        .messageId(eventId).type(TYPE).timestamp(new Date())
                        .headers(Map.of("x-tenant", county, "x-event-id", eventId)).build();
                outstanding.put(channel.getNextPublishSeqNo(), i);
                publishedAt[i] = epochMicros();
                channel.basicPublish(EXCHANGE, TYPE, true, properties, envelope(eventId, county, township, village, household));
            }
            maxLag = lag / 1e6;
            if (!channel.waitForConfirms(60_000)) {
                System.err.println("some events were nacked by the broker");
            }
            // the listener clears an event from the map after marking it: an empty map makes every mark visible here
            long settled = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!outstanding.isEmpty() && System.nanoTime() < settled) {
                Thread.sleep(10);
            }
        }
        long windowEnd = windowStart + seconds * 1000L;
        int published = 0;
        for (boolean a : acked) {
            published += a ? 1 : 0;
        }
        published -= returned.get();
        System.err.printf("%s rate %d/s: %,d confirmed (%d nacked, %d unroutable), at most %.1f ms behind schedule; waiting for the credits%n",
                Instant.now(), rate, published, nacked.get(), returned.get(), maxLag);

        // bounded wait: the accounts' entry counts are three small reads, unlike the lines themselves
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(drainWait);
        long lastProgress = System.nanoTime();
        long seen = -1;
        boolean drained = false;
        while (System.nanoTime() < deadline) {
            long lines = entryCountDelta(before, accounts(points, households));
            if (lines >= published) {
                drained = true;
                break;
            }
            if (lines != seen) {
                seen = lines;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(30) && depth(connection, queue) == 0) {
                // nothing moved for 30 s and nothing waits in the queue: what is missing will not come
                break;
            }
            Thread.sleep(250);
        }
        double drainSeconds = (epochMicros() / 1000 - windowEnd) / 1000.0;
        long commandsDuring = commands(points) - commandsBefore;
        Map<String, Document> after = accounts(points, households);

        String low = "event:" + prefix;
        Map<Integer, Integer> linesPerEvent = new HashMap<>();
        List<Long> latencies = new ArrayList<>();
        long linesSum = 0;
        int pending = 0;
        int inWindow = 0;
        long lastCredit = windowStart + 1;
        for (Document line : points.getCollection("passbook_entries")
                .find(Filters.and(Filters.gte("_id", low), Filters.lt("_id", low + "\uffff")))
                .projection(Projections.include("_id", "at", "state", "amount"))) {
            int index = Integer.parseInt(line.getString("_id").substring(low.length()).split(":")[0]);
            String state = line.getString("state");
            if ("PENDING".equals(state)) {
                pending++;
            }
            if (!"APPLIED".equals(state)) {
                continue;
            }
            linesPerEvent.merge(index, 1, Integer::sum);
            linesSum += ((Number) line.get("amount")).longValue();
            long at = line.getDate("at").getTime();
            latencies.add((at * 1000 - publishedAt[index]) * 1000);
            lastCredit = Math.max(lastCredit, at);
            if (at >= windowStart && at < windowEnd) {
                inWindow++;
            }
        }
        String processedLow = EXCHANGE + "/" + TYPE + ":" + prefix;
        List<Long> done = new ArrayList<>();
        for (Document marker : points.getCollection("processed_events")
                .find(Filters.and(Filters.gte("_id", processedLow), Filters.lt("_id", processedLow + "\uffff")))
                .projection(Projections.include("_id", "processedAt"))) {
            int index = Integer.parseInt(marker.getString("_id").substring(processedLow.length()));
            done.add((marker.getDate("processedAt").getTime() * 1000 - publishedAt[index]) * 1000);
        }
        int capped = (int) points.getCollection("capped_events")
                .countDocuments(Filters.and(Filters.gte("_id", low), Filters.lt("_id", low + "\uffff")));
        long balanceMoved = 0;
        for (String household : households) {
            balanceMoved += number(after.get(household), "balance") - number(before.get(household), "balance");
        }
        int credited = linesPerEvent.size();
        int doubled = (int) linesPerEvent.values().stream().filter(n -> n > 1).count();
        // a balance moved by more than the run's lines is a credit without its own line: counted as doubled
        long extraLines = entryCountDelta(before, after) - linesPerEvent.values().stream().mapToInt(Integer::intValue).sum();
        doubled += (int) Math.max(0, extraLines);
        Collections.sort(latencies);
        Collections.sort(done);
        return new Step(rate, seconds, published, nacked.get(), returned.get(), maxLag, credited, capped, pending,
                Math.max(0, published - credited - capped), doubled, balanceMoved, linesSum, inWindow / (double) seconds,
                credited / ((lastCredit - windowStart) / 1000.0), commandsDuring / (double) Math.max(1, credited),
                Bench.percentile(latencies, 50), Bench.percentile(latencies, 99), Bench.percentile(done, 50),
                Bench.percentile(done, 99), drainSeconds, drained, depth(connection, queue + ".dlq") - deadBefore);
    }

    private static void settle(ConcurrentSkipListMap<Long, Integer> outstanding, long tag, boolean multiple,
                               boolean[] acked, boolean ack, AtomicInteger nacked) {
        var settled = multiple ? outstanding.headMap(tag, true) : outstanding.subMap(tag, true, tag, true);
        for (int index : settled.values()) {
            if (ack) {
                acked[index] = true;
            } else {
                nacked.incrementAndGet();
            }
        }
        settled.clear();
    }

    /** The envelope the platform's publisher sends (EventEnvelope): the consumer reads nothing else. */
    private static byte[] envelope(String eventId, String county, String township, String village, String household) {
        Document payload = new Document("meetingId", eventId).append("matterId", null).append("townshipId", township)
                .append("villageId", village).append("householdIds", List.of(household));
        return new Document("eventId", eventId).append("type", TYPE).append("tenant", county)
                .append("occurredAt", Instant.now().toString()).append("payload", payload)
                .toJson().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Document> accounts(MongoDatabase points, List<String> households) {
        Map<String, Document> byId = new HashMap<>();
        for (String household : households) {
            byId.put(household, new Document());
        }
        for (Document account : points.getCollection("accounts").find(Filters.in("_id", households))
                .projection(Projections.include("balance", "entryCount"))) {
            byId.put(account.getString("_id"), account);
        }
        return byId;
    }

    private static long entryCountDelta(Map<String, Document> before, Map<String, Document> after) {
        long delta = 0;
        for (var entry : after.entrySet()) {
            delta += number(entry.getValue(), "entryCount") - number(before.get(entry.getKey()), "entryCount");
        }
        return delta;
    }

    private static long number(Document document, String field) {
        Object value = document == null ? null : document.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    /**
     * Every request the database server answered so far (serverStatus opcounters, as MongoDB counts them
     * and the dev database too): per credit, what one event costs the database, all clients included.
     */
    private static long commands(MongoDatabase any) {
        Document counters = any.runCommand(new Document("serverStatus", 1)).get("opcounters", Document.class);
        long sum = 0;
        for (Object value : counters == null ? List.of() : counters.values()) {
            sum += value instanceof Number n ? n.longValue() : 0;
        }
        return sum;
    }

    private static long depth(Connection connection, String queue) {
        try (Channel channel = connection.createChannel()) {
            return channel.queueDeclarePassive(queue).getMessageCount();
        } catch (Exception missing) {
            return 0;
        }
    }

    /**
     * The broker's ceiling: PerfTest with what the pipeline's messages need (persistent, publisher
     * confirms, a quorum queue like the services', one consumer acking by hand with the services'
     * prefetch, the events' size), unthrottled, on a queue and exchange of its own, deleted afterwards.
     */
    private static String perfTest(String classpath, String amqpUri, Connection connection, int size, int seconds,
                                   String runId) throws Exception {
        String name = "bench.perftest." + runId;
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", classpath,
                "com.rabbitmq.perf.PerfTest", "--uri", amqpUri, "--producers", "1", "--consumers", "1",
                "--size", Integer.toString(size), "--flag", "persistent", "--confirm", "500", "--qos", "250",
                "--quorum-queue", "--queue", name, "--auto-delete", "false", "--exchange", name,
                "--routing-key", name, "--time", Integer.toString(seconds), "--metrics-format", "compact");
        System.err.printf("%s PerfTest for %d s, %d-byte messages%n", Instant.now(), seconds, size);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> summary = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("rate avg") || line.contains("latency min/median")) {
                    summary.add(line.replaceFirst("^id: [^,]*, ", "").trim());
                }
            }
        }
        boolean ended = process.waitFor(seconds + 60L, TimeUnit.SECONDS);
        try (Channel channel = connection.createChannel()) {
            channel.queueDelete(name);
            channel.exchangeDelete(name);
        }
        if (!ended || process.exitValue() != 0 || summary.isEmpty()) {
            process.destroyForcibly();
            return "Broker ceiling: PerfTest failed (exit " + (ended ? process.exitValue() : "timeout") + ")";
        }
        StringBuilder text = new StringBuilder(String.format(
                "Broker ceiling (RabbitMQ PerfTest 2.22.1, %d s, %d-byte persistent messages, confirms (500 in flight), "
                        + "quorum queue, 1 producer, 1 consumer with manual ack, prefetch 250):", seconds, size));
        Pattern rate = Pattern.compile("(sending|receiving) rate avg: (\\d+) msg/s");
        Pattern latency = Pattern.compile("(consumer|confirm) latency min/median/75th/95th/99th (\\d+)/(\\d+)/(\\d+)/(\\d+)/(\\d+) µs");
        for (String line : summary) {
            Matcher r = rate.matcher(line);
            Matcher l = latency.matcher(line);
            if (r.find()) {
                text.append(String.format(" %s %,d msg/s;", r.group(1).equals("sending") ? "sent" : "received",
                        Long.parseLong(r.group(2))));
            } else if (l.find()) {
                text.append(String.format(" %s latency p50 %.1f ms, p99 %.1f ms;", l.group(1),
                        Long.parseLong(l.group(3)) / 1000.0, Long.parseLong(l.group(6)) / 1000.0));
            } else {
                text.append(' ').append(line).append(';');
            }
        }
        return text.toString();
    }

    private static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index && !args[index].isBlank() ? args[index] : fallback;
    }
}
