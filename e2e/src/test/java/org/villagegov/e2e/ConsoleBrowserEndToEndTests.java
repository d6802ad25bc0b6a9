package org.villagegov.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.fail;

/**
 * The web console in a real browser: runs the console's browser tests ({@code npm run test:browser}
 * in {@code console/}, playwright-core driving the distribution's Chromium, logging in through
 * Keycloak's own login page) against this suite's stack, which serves the console at the gateway.
 * The scenarios themselves live in {@code console/browser-tests/}; their screenshots land in
 * {@code console/target/screenshots/}.
 */
@ExtendWith(Stack.class)
class ConsoleBrowserEndToEndTests {

    /** The six scenarios take about three minutes on two cores; more means something hangs. */
    private static final Duration LIMIT = Duration.ofMinutes(8);
    /** What a failure shows of the runner's output (the whole of it stays in the log file). */
    private static final int TAIL_LINES = 250;

    @Test
    void theConsolesBrowserScenariosPassInChromium() throws Exception {
        Path console = Stack.root().resolve("console");
        Path log = Stack.stackDir().resolveSibling("console-browser-tests.log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder("npm", "run", "test:browser")
                .directory(console.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("CONSOLE_URL", Stack.GATEWAY);
        builder.environment().put("KEYCLOAK_URL", Stack.KEYCLOAK);
        builder.environment().put("DEMO_PASSWORD", Stack.DEMO_PASSWORD);
        // plain text in the log and in a failure message
        builder.environment().put("NO_COLOR", "1");
        builder.environment().put("FORCE_COLOR", "0");
        builder.environment().put("CI", "true");
        Process process = builder.start();
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            // npm, vitest and Chromium: the whole tree, or a browser outlives the build
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("npm run test:browser did not finish within " + LIMIT + ":\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            fail("npm run test:browser failed with " + process.exitValue() + " (whole output in " + log + "):\n" + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
