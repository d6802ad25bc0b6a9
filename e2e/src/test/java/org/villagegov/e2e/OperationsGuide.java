package org.villagegov.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of docs/operations.md ("Deploying on Kubernetes") that names every Secret and ConfigMap
 * key the manifests reference: a row is {@code | Secret `name` | `key`, `key` | made by | read by |},
 * and {@code <app>} in a name stands for any of the five applications.
 */
final class OperationsGuide {

    private static final String SECTION = "## Deploying on Kubernetes";
    private static final Pattern ROW = Pattern.compile("^\\| (Secret|ConfigMap) `([^`]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final List<Row> rows = new ArrayList<>();

    OperationsGuide(Path root, List<String> applications) throws IOException {
        String guide = Files.readString(root.resolve("docs/operations.md"));
        int start = guide.indexOf(SECTION);
        if (start < 0) {
            throw new AssertionError("docs/operations.md has no section '" + SECTION + "'");
        }
        int end = guide.indexOf("\n## ", start + SECTION.length());
        Matcher row = ROW.matcher(guide.substring(start, end < 0 ? guide.length() : end));
        String anyApplication = "(" + String.join("|", applications) + ")";
        while (row.find()) {
            String name = Pattern.quote(row.group(2)).replace("<app>", "\\E" + anyApplication + "\\Q");
            Matcher key = CODE.matcher(row.group(3));
            while (key.find()) {
                rows.add(new Row(row.group(1), Pattern.compile(name), key.group(1)));
            }
        }
    }

    /** Whether the table documents this key of this Secret or ConfigMap. */
    boolean documents(String kind, String name, String key) {
        return rows.stream().anyMatch(row -> row.kind.equals(kind) && row.name.matcher(name).matches() && row.key.equals(key));
    }

    private record Row(String kind, Pattern name, String key) {
    }
}
