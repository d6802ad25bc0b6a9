package org.villagegov.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A service's OpenAPI document against the one committed in {@code contract/openapi/<name>.json}, so that every
 * change to the contract shows as a diff in review. A service's test calls {@link #assertServedMatchesCommitted};
 * run it with {@code -Dcontract.update=true} to rewrite the committed file instead.
 */
public final class OpenApiContract {

    /** The system property that rewrites the committed documents instead of comparing them. */
    public static final String UPDATE = "contract.update";

    private static final int MAX_DIFF_LINES = 60;
    private static final Pattern OPERATION_ID = Pattern.compile("\"operationId\"\\s*:\\s*\"([^\"]+)\"");

    private OpenApiContract() {
    }

    /** Reads the service's {@code /v3/api-docs} and compares it with {@code contract/openapi/<name>.json}. */
    public static void assertServedMatchesCommitted(MockMvc mvc, String name) throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertMatchesCommitted(name, served);
    }

    /** Fails with the differing lines unless the served document is the committed one (or rewrites it, see above). */
    public static void assertMatchesCommitted(String name, String served) {
        String actual = normalized(served);
        assertUniqueOperationIds(actual);
        Path committed = committedDocument(name);
        if (Boolean.getBoolean(UPDATE)) {
            write(committed, actual);
            return;
        }
        assertThat(Files.exists(committed))
                .as("%s is missing: run this test with -D%s=true to write it", committed, UPDATE)
                .isTrue();
        String expected = normalized(read(committed));
        if (!expected.equals(actual)) {
            throw new AssertionError("The " + name + " API document differs from " + committed
                    + ". If the change is meant, run the test with -D" + UPDATE + "=true and commit the file.\n"
                    + diff(expected, actual));
        }
    }

    /** Generated clients name their methods after operation ids: two operations of one id lose one of them. */
    public static void assertUniqueOperationIds(String document) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher ids = OPERATION_ID.matcher(document);
        while (ids.find()) {
            counts.merge(ids.group(1), 1, Integer::sum);
        }
        counts.values().removeIf(count -> count < 2);
        assertThat(counts).as("operation ids used more than once").isEmpty();
    }

    /** {@code contract/openapi/<name>.json} under the root of the build (the folder holding {@code mvnw}). */
    public static Path committedDocument(String name) {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath() + ": not inside the build");
        }
        return folder.resolve("contract").resolve("openapi").resolve(name + ".json");
    }

    /** The lines between the first and the last difference, as - (committed) and + (served). */
    static String diff(String expected, String actual) {
        List<String> before = expected.lines().toList();
        List<String> after = actual.lines().toList();
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int endBefore = before.size();
        int endAfter = after.size();
        while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
            endBefore--;
            endAfter--;
        }
        List<String> lines = new ArrayList<>();
        lines.add("@@ line " + (start + 1) + " @@");
        before.subList(start, endBefore).forEach(line -> lines.add("- " + line));
        after.subList(start, endAfter).forEach(line -> lines.add("+ " + line));
        if (lines.size() > MAX_DIFF_LINES) {
            int more = lines.size() - MAX_DIFF_LINES;
            lines.subList(MAX_DIFF_LINES, lines.size()).clear();
            lines.add("... " + more + " more lines differ");
        }
        return String.join("\n", lines);
    }

    private static String normalized(String document) {
        return document.replace("\r\n", "\n").strip() + "\n";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
