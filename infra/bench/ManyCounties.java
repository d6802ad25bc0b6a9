import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * The cost of many idle counties (issue 16, part 5), against a stack of its own
 * (infra/bench/many-counties starts it; run that, not this). Twice, first with 2 counties in the
 * registry (the reference), then with N:
 * <ol>
 *   <li>fills the registry up to the count, straight in the gateway's database (collection
 *       {@code gateway.tenants}, as onboarding leaves a county: ACTIVE, an issuer of its own) with
 *       neither a Keycloak realm nor {@code tenant.provisioned}: nobody logs in to these counties, and
 *       what is measured is what they cost while nothing happens in them;</li>
 *   <li>restarts the gateway and the four services ({@code infra/stack kill}, then {@code up}) and
 *       times each from its process's start (from /proc) to its readiness endpoint answering 200;</li>
 *   <li>waits until the services are idle: the first sweeps after a start go through every county
 *       once (and make each county's indexes, once per process), so the database commands of 10-s
 *       windows are watched until they drop to the reference's idle rate (at least {@code settle}
 *       seconds, at most ten minutes), and that wait is reported;</li>
 *   <li>counts the database commands over {@code idle} seconds from the database's
 *       {@code serverStatus}: MongoDB's opcounters (every command the server answered, the drivers'
 *       heartbeats included), and, from dev-mongo, the commands per database: per service, and
 *       how many county databases were touched at all;</li>
 *   <li>reads each process's resident memory (VmRSS) after the idle window.</li>
 * </ol>
 * Arguments: stack-script stack-dir port-base mongo-uri counties settle-seconds idle-seconds.
 */
final class ManyCounties {

    static final List<String> PARTS = List.of("gateway", "council-service", "grid-service", "points-service", "mediation-service");
    static final List<String> SERVICES = List.of("gateway", "council", "grid", "points", "mediation");
    static final Pattern COUNTY_DATABASE = Pattern.compile("^(council|grid|points|mediation)_(bench-\\d+|linxian|jiyuan)$");
    static final Duration MAX_SETTLE = Duration.ofMinutes(10);
    static final Duration WINDOW = Duration.ofSeconds(10);
    static final long CLOCK_TICKS = clockTicksPerSecond();

    static String stackScript;
    static Path stackDir;
    static int portBase;

    /** One measurement: a registry of {@code counties}, the stack just restarted. */
    record Run(int counties, Map<String, Double> startSeconds, Map<String, Long> rssMiB, double settledAfter,
               boolean settled, long settleCommands, double idleRate, Map<String, Double> idleRateByService,
               int countyDatabasesTouched, int countyDatabases) {
    }

    public static void main(String[] args) {
        Bench.exitAfter(() -> run(args));
    }

    static void run(String[] args) throws Exception {
        stackScript = args[0];
        stackDir = Path.of(args[1]);
        portBase = Integer.parseInt(args[2]);
        String mongoUri = args[3];
        int counties = Integer.parseInt(args[4]);
        Duration settle = Duration.ofSeconds(Long.parseLong(args[5]));
        Duration idle = Duration.ofSeconds(Long.parseLong(args[6]));
        String keycloakPort = String.valueOf(portBase + 100);

        try (MongoClient mongo = MongoClients.create(mongoUri)) {
            fill(mongo, 2, keycloakPort);
            Run reference = measure(mongo, settle, idle, -1);
            long t0 = System.nanoTime();
            fill(mongo, counties, keycloakPort);
            log("registry filled to %d counties in %.1f s", counties, (System.nanoTime() - t0) / 1e9);
            Run many = measure(mongo, settle, idle, reference.idleRate());
            print(reference, many, settle, idle);
        }
    }

    // ------------------------------------------------------------------ registry

    /** Adds bench counties until the registry holds {@code total} active counties (the demo's, if any, count). */
    static void fill(MongoClient mongo, int total, String keycloakPort) {
        var tenants = mongo.getDatabase("gateway").getCollection("tenants");
        Date now = new Date();
        Set<String> existing = new HashSet<>();
        tenants.find().projection(new Document("_id", 1)).forEach(tenant -> existing.add(tenant.getString("_id")));
        int missing = total - registered(mongo);
        for (int i = 1; missing > 0; i++) {
            String id = String.format("bench-%04d", i);
            if (existing.contains(id)) {
                continue;
            }
            Document tenant = new Document("_id", id).append("name", "Bench County " + i).append("province", "henan")
                    .append("issuer", "http://localhost:" + keycloakPort + "/realms/" + id)
                    .append("status", "ACTIVE").append("lastError", null).append("createdAt", now)
                    .append("updatedAt", now).append("version", 1L)
                    .append("_class", "org.villagegov.gateway.tenant.TenantRecord");
            tenants.replaceOne(Filters.eq("_id", id), tenant, new ReplaceOptions().upsert(true));
            missing--;
        }
    }

    static int registered(MongoClient mongo) {
        return (int) mongo.getDatabase("gateway").getCollection("tenants")
                .countDocuments(Filters.and(Filters.eq("status", "ACTIVE"), Filters.ne("_id", "platform")));
    }

    // ------------------------------------------------------------------ one run

    static Run measure(MongoClient mongo, Duration settle, Duration idle, double referenceIdleRate) throws Exception {
        int counties = registered(mongo);
        log("%d counties: restarting the gateway and the services", counties);
        Map<String, Double> startSeconds = restart();
        log("%d counties: ready after (s) %s", counties, rounded(startSeconds));

        // until idle: at least `settle`, then until a 10-s window is down to the reference's rate
        long settleStart = System.nanoTime();
        Document before = serverStatus(mongo);
        Thread.sleep(settle.toMillis());
        Document last = serverStatus(mongo);
        boolean settled = referenceIdleRate < 0;
        while (!settled && System.nanoTime() - settleStart < MAX_SETTLE.toNanos()) {
            Thread.sleep(WINDOW.toMillis());
            Document now = serverStatus(mongo);
            double rate = (operations(now) - operations(last)) / (double) WINDOW.toSeconds();
            last = now;
            settled = rate <= Math.max(2 * referenceIdleRate, referenceIdleRate + 5);
        }
        double settledAfter = (System.nanoTime() - settleStart) / 1e9;
        long settleCommands = operations(last) - operations(before);
        log("%d counties: %s after %.0f s (%d commands since ready)", counties, settled ? "idle" : "still busy", settledAfter,
                settleCommands);

        Document start = serverStatus(mongo);
        Thread.sleep(idle.toMillis());
        Document end = serverStatus(mongo);
        // the serverStatus that closes the window is one of the commands counted
        double idleRate = (operations(end) - operations(start) - 1) / (double) idle.toSeconds();
        Map<String, Double> byService = new LinkedHashMap<>();
        int touched = -1;
        Document startByDatabase = start.get("commandsByDatabase", Document.class);
        Document endByDatabase = end.get("commandsByDatabase", Document.class);
        if (startByDatabase != null && endByDatabase != null) {
            Set<String> touchedCounties = new HashSet<>();
            Map<String, Long> perService = new LinkedHashMap<>();
            for (String service : SERVICES) {
                perService.put(service, 0L);
            }
            perService.put("other (heartbeats)", 0L);
            for (String database : endByDatabase.keySet()) {
                long delta = count(endByDatabase, database) - count(startByDatabase, database);
                if (delta <= 0) {
                    continue;
                }
                String service = database.contains("_") ? database.substring(0, database.indexOf('_')) : database;
                perService.merge(perService.containsKey(service) ? service : "other (heartbeats)", delta, Long::sum);
                Matcher county = COUNTY_DATABASE.matcher(database);
                if (county.matches()) {
                    touchedCounties.add(county.group(2));
                }
            }
            perService.forEach((service, commands) -> byService.put(service, commands / (double) idle.toSeconds()));
            touched = touchedCounties.size();
        }
        Map<String, Long> rss = new LinkedHashMap<>();
        for (String part : PARTS) {
            rss.put(part, rssKiB(pid(part)) / 1024);
        }
        log("%d counties: %.2f commands/s while idle %s, county databases touched %d, RSS MiB %s", counties, idleRate,
                rounded(byService), touched, rss);
        return new Run(counties, startSeconds, rss, settledAfter, settled, settleCommands, idleRate, byService, touched,
                counties);
    }

    /** Kills the gateway and the services and starts them again with the stack; per part, seconds from process start to ready. */
    static Map<String, Double> restart() throws Exception {
        for (String part : PARTS) {
            stack(List.of("kill", part), true);
        }
        Map<String, Double> ready = new ConcurrentHashMap<>();
        ProcessBuilder starting = new ProcessBuilder(stackScript, "up", "-d").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(stackDir.resolveSibling(stackDir.getFileName() + ".restart.log").toFile()));
        // the jars the first start built, and no demo data again: only the restarted parts start
        starting.environment().put("SKIP_BUILD", "1");
        starting.environment().put("DEMO", "0");
        Process up = starting.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (ready.size() < PARTS.size() && System.nanoTime() < deadline) {
            for (String part : PARTS) {
                if (ready.containsKey(part)) {
                    continue;
                }
                long pid = pid(part);
                if (pid > 0 && readiness(part)) {
                    ready.put(part, runningSeconds(pid));
                }
            }
            if (!up.isAlive() && up.exitValue() != 0) {
                throw new IllegalStateException("infra/stack up failed; see " + stackDir + ".restart.log");
            }
            Thread.sleep(50);
        }
        if (up.waitFor() != 0 || ready.size() < PARTS.size()) {
            throw new IllegalStateException("not every part got ready: " + ready + "; see " + stackDir + ".restart.log");
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        PARTS.forEach(part -> ordered.put(part, ready.get(part)));
        return ordered;
    }

    static void stack(List<String> arguments, boolean mayFail) throws Exception {
        List<String> command = new ArrayList<>(List.of(stackScript));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0 && !mayFail) {
            throw new IllegalStateException("infra/stack " + arguments + " failed");
        }
    }

    static boolean readiness(String part) {
        // the gateway at PORT_BASE, the services +1..+4 (infra/services); the actuator on each one's port +1000
        int offset = PARTS.indexOf(part) + 1000;
        try {
            HttpResponse<Void> response = Bench.CLIENT.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + (portBase + offset) + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ------------------------------------------------------------------ the database's counters

    static Document serverStatus(MongoClient mongo) {
        return mongo.getDatabase("admin").runCommand(new Document("serverStatus", 1));
    }

    /** Every operation the server counted: insert, query, update, delete, getmore and other commands. */
    static long operations(Document status) {
        Document counters = status.get("opcounters", Document.class);
        if (counters == null) {
            throw new IllegalStateException("serverStatus has no opcounters: the database is neither MongoDB nor dev-mongo");
        }
        return counters.values().stream().mapToLong(value -> ((Number) value).longValue()).sum();
    }

    static long count(Document counters, String key) {
        Object value = counters.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }

    // ------------------------------------------------------------------ processes (/proc)

    static long pid(String part) {
        try {
            return Long.parseLong(Files.readString(stackDir.resolve("pids").resolve(part + ".pid")).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * How long the process has run, from /proc: the seconds since boot (/proc/uptime, to the hundredth)
     * less its start in clock ticks since boot (/proc/<pid>/stat, field 22).
     */
    static double runningSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        double startedAfterBoot = Long.parseLong(fields[19]) / (double) CLOCK_TICKS;
        double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
        return uptime - startedAfterBoot;
    }

    static long clockTicksPerSecond() {
        try {
            Process process = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            return process.waitFor() == 0 ? Long.parseLong(out) : 100;
        } catch (Exception e) {
            return 100;
        }
    }

    static long rssKiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    // ------------------------------------------------------------------ report

    static void print(Run reference, Run many, Duration settle, Duration idle) {
        int r = reference.counties();
        int n = many.counties();
        System.out.println();
        System.out.printf("Machine: %d cores, %.1f GiB; this program: JDK %s; load average %s%n",
                Runtime.getRuntime().availableProcessors(), Bench.totalMemoryGiB(), System.getProperty("java.version"),
                Bench.loadAverage());
        System.out.printf("Idle window %d s, after at least %d s of settling; the first sweeps after the start with %d counties "
                        + "took %.0f s (%d commands)%s%n", idle.toSeconds(), settle.toSeconds(), n, many.settledAfter(),
                many.settleCommands(), many.settled() ? "" : ", and the commands never fell to the reference's idle rate");
        System.out.println();
        System.out.printf("| | %d counties (reference) | %d counties | %d / %d |%n", r, n, n, r);
        System.out.println("|---|---:|---:|---:|");
        for (String part : PARTS) {
            row("start-up to ready, " + part, reference.startSeconds().get(part), many.startSeconds().get(part), "%.1f s");
        }
        for (String part : PARTS) {
            row("resident memory after the idle window, " + part, (double) reference.rssMiB().get(part),
                    (double) many.rssMiB().get(part), "%.0f MiB");
        }
        row("database commands from ready until idle (first sweeps)", (double) reference.settleCommands(),
                (double) many.settleCommands(), "%.0f");
        row("database commands/s while idle, all", reference.idleRate(), many.idleRate(), "%.2f");
        for (String service : many.idleRateByService().keySet()) {
            row("database commands/s while idle, " + service, reference.idleRateByService().get(service),
                    many.idleRateByService().get(service), "%.2f");
        }
        if (many.countyDatabasesTouched() >= 0) {
            System.out.printf("| counties whose databases got a command while idle | %d of %d | %d of %d | |%n",
                    reference.countyDatabasesTouched(), r, many.countyDatabasesTouched(), n);
        }
    }

    static void row(String what, Double reference, Double many, String format) {
        String ratio = reference == null || many == null || reference == 0 ? "" : String.format("%.2f", many / reference);
        System.out.printf("| %s | %s | %s | %s |%n", what, reference == null ? "" : String.format(format, reference),
                many == null ? "" : String.format(format, many), ratio);
    }

    static Map<String, String> rounded(Map<String, Double> values) {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((key, value) -> shown.put(key, String.format("%.2f", value)));
        return shown;
    }

    static void log(String format, Object... args) {
        System.err.printf("%tT many-counties: %s%n", new Date(), String.format(format, args));
    }
}
