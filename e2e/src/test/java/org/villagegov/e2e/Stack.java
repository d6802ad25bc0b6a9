package org.villagegov.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.villagegov.platform.test.TcpProxy;

/**
 * Starts the whole platform once per test run with the README's own start command
 * ({@code infra/stack up -d}) on ports of its own (gateway 18080, Keycloak 18180) and a
 * fresh data directory, and stops it when the run ends. Nothing of the machine's shared
 * servers is stopped.
 */
final class Stack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource, AutoCloseable {

    static final int PORT_BASE = 18080;
    static final String GATEWAY = "http://localhost:" + PORT_BASE;
    static final String KEYCLOAK = "http://localhost:" + (PORT_BASE + 100);
    static final String DEMO_PASSWORD = "demo-pass-1";
    /** The stack's password-grant client (infra/stack, infra/demo.py), accepted only where the stack runs. */
    static final String DEMO_LOGIN_CLIENT = "demo-login";
    /** Limits low enough that the rate-limit test needs few requests, high enough for the fuzzing pass. */
    static final int RATE_PER_SECOND = 20;
    static final int BURST = 40;
    /** The points notice period on the test stack: awards are credited seconds after approval. */
    static final Duration NOTICE_PERIOD = Duration.ofSeconds(3);

    /** The services behind the gateway ({@code council}, {@code grid}, ...), from the one list: infra/services. */
    static final List<String> SERVICES = services();

    private static boolean started;
    /** Every service of the stack reaches the machine's RabbitMQ through this proxy; the broker drill cuts it. */
    private static TcpProxy broker;

    static Path root() {
        return Path.of(System.getenv().getOrDefault("STACK_ROOT", "..")).toAbsolutePath().normalize();
    }

    private static List<String> services() {
        try {
            return Files.readAllLines(root().resolve("infra/services")).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s+")[0])
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("infra/services lists the services behind the gateway", e);
        }
    }

    static Path stackDir() {
        return Path.of(System.getenv().getOrDefault("STACK_DIR", "target/e2e-stack")).toAbsolutePath();
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (started) {
            return;
        }
        deleteRecursively(stackDir());
        broker = new TcpProxy("127.0.0.1", 5672);
        run(Duration.ofMinutes(10), "up", "-d");
        started = true;
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("village-stack", this);
    }

    /** The secret of the demo integrator client {@code county-app} of a county, as the stack wrote it down. */
    static String demoIntegratorSecret(String county) {
        try {
            return Files.readAllLines(stackDir().resolve("demo-clients.txt")).stream()
                    .filter(line -> line.startsWith(county + ":"))
                    .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stack's way to RabbitMQ: {@code cut()} is, for the services, the broker going down. */
    static TcpProxy broker() {
        return broker;
    }

    /** Kills one part of the stack (fault drills). */
    static void kill(String part) throws Exception {
        run(Duration.ofMinutes(1), "kill", part);
    }

    /** Starts whatever is not running (parts killed by a drill); the rest is left alone. */
    static void upAgain() throws Exception {
        run(Duration.ofMinutes(10), "up", "-d");
    }

    /** Stops everything and starts it again on the same data directory, as a developer would. */
    static void restart() throws Exception {
        run(Duration.ofMinutes(2), "down");
        run(Duration.ofMinutes(10), "up", "-d");
    }

    @Override
    public void close() throws Exception {
        try {
            run(Duration.ofMinutes(2), "down");
            broker.close();
        } finally {
            DrillReport.compose();
        }
    }

    private static void run(Duration timeout, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = root().resolve("infra/stack").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Files.createDirectories(stackDir());
        // into a file, not this JVM's stdout: the test runner owns that stream
        File output = stackDir().resolve("stack-" + args[0] + ".out").toFile();
        ProcessBuilder builder = new ProcessBuilder(command).directory(root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output));
        builder.environment().put("STACK_DIR", stackDir().toString());
        builder.environment().put("PORT_BASE", String.valueOf(PORT_BASE));
        builder.environment().put("SKIP_BUILD", "1");
        // no ahead-of-time caches: training them takes five JVM runs of a minute each for a fresh build, more
        // than the suite's few full starts gain from them (about 10 s each on two cores)
        builder.environment().put("STACK_AOT", "0");
        builder.environment().put("DEMO_PASSWORD", DEMO_PASSWORD);
        builder.environment().put("RATE_LIMIT_PER_SECOND", String.valueOf(RATE_PER_SECOND));
        builder.environment().put("RATE_LIMIT_BURST", String.valueOf(BURST));
        builder.environment().remove("MONGODB_URI");
        builder.environment().put("RABBITMQ_URI", "amqp://guest:guest@127.0.0.1:" + broker.port());
        builder.environment().put("STACK_JAVA_OPTS", "-Dpoints.notice-period=" + NOTICE_PERIOD
                + " -Dpoints.sweep-interval=PT1S"
                // webhook receivers of the tests listen on loopback over plain HTTP
                + " -Dplatform.webhooks.allow-http=true -Dplatform.webhooks.allow-private-addresses=true");
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("infra/stack " + String.join(" ", args) + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("infra/stack " + String.join(" ", args) + " failed with " + process.exitValue()
                    + ":\n" + Files.readString(output.toPath()) + "\nlogs in " + stackDir().resolve("logs"));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
