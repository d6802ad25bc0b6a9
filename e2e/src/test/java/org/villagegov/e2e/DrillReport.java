package org.villagegov.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The drills' own account of what they ran: each drill writes its section, and the end of the
 * run joins them into {@code target/drill-report.md} ({@code infra/drill-report} copies it to
 * {@code docs/drill-report.md}). Sections are named so they sort in a stable order.
 */
final class DrillReport {

    private DrillReport() {
    }

    static Path sections() {
        return Stack.stackDir().resolveSibling("drill-report");
    }

    static void section(String name, String markdown) {
        try {
            Files.createDirectories(sections());
            Files.writeString(sections().resolve(name + ".md"), markdown.strip() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Joins the sections written in this run. */
    static void compose() throws IOException {
        if (!Files.isDirectory(sections())) {
            return;
        }
        StringBuilder report = new StringBuilder("""
                # Drill report

                What the end-to-end drills ran against the whole stack (real Keycloak, RabbitMQ,
                gateway and the four services), and their counts. Regenerate with `infra/drill-report`.
                Generated %s.
                """.formatted(Instant.now()));
        try (Stream<Path> files = Files.list(sections())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                report.append('\n').append(Files.readString(file));
            }
        }
        Files.writeString(sections().resolveSibling("drill-report.md"), report.toString());
    }
}
