package org.villagegov.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository explains itself: every relative link or image in its markdown resolves to a
 * file or folder inside the repository. A link to a folder beside the clone (once
 * {@code ../shared/DESIGN.md}) exists on the author's machine only, so "exists" alone is not
 * enough: the target must also stay under the repository root. Web and mail links and
 * in-page anchors are not checked. Plain JUnit: it runs with the platform's unit tests.
 */
public class RepositoryLinksTests {

    /** Build output, installed packages and local state: not the repository's documentation. */
    private static final Set<String> SKIPPED_FOLDERS =
            Set.of(".git", "node_modules", "target", "dist", ".stack", ".idea", ".vscode");

    /** {@code [text](target)} and {@code ![alt](target)}; the target may sit in angle brackets and carry a title. */
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*(<[^>]*>|[^)\\s]+)[^)]*\\)");

    /** {@code [label]: target} on a line of its own. */
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*(<[^>]*>|\\S+)");

    /** {@code <a href="...">} and {@code <img src="...">}. */
    private static final Pattern HTML_LINK =
            Pattern.compile("<(?:a|img)\\b[^>]*?\\s(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);

    /** {@code http:}, {@code mailto:}, ...: anything with a scheme leaves the repository on purpose. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?s:.+?)\\1");

    @Test
    void everyRelativeLinkInTheMarkdownResolvesInsideTheRepository() {
        Path root = repositoryRoot();
        List<Path> documents = markdownFiles(root);
        assertThat(documents).as("markdown files under %s", root).isNotEmpty();

        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            List<String> lines = read(document);
            boolean inFence = false;
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1);
                if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                    inFence = !inFence;
                    continue;
                }
                if (inFence) {
                    continue;
                }
                for (String target : targets(line)) {
                    String problem = problem(root, document, target);
                    if (problem != null) {
                        broken.add(root.relativize(document) + ":" + number + ": (" + target + ") " + problem);
                    }
                }
            }
        }
        assertThat(broken)
                .as("relative links that do not resolve inside the repository (fix the path, or link a web URL):%n  %s",
                        String.join(System.lineSeparator() + "  ", broken))
                .isEmpty();
    }

    /** Link targets of one line; code spans are not links. */
    static List<String> targets(String line) {
        String text = INLINE_CODE.matcher(line).replaceAll("");
        List<String> targets = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_DEFINITION, HTML_LINK)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                String target = matcher.group(1).strip();
                if (target.startsWith("<") && target.endsWith(">")) {
                    target = target.substring(1, target.length() - 1).strip();
                }
                targets.add(target);
            }
        }
        return targets;
    }

    /** Why a target is broken, or null when it resolves inside the repository (or is not ours to check). */
    static String problem(Path root, Path document, String target) {
        if (target.isEmpty() || target.startsWith("#") || SCHEME.matcher(target).find()) {
            return null;
        }
        String path = target.replaceFirst("[?#].*$", "");
        if (path.isEmpty()) {
            return null;
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path resolved = (path.startsWith("/") ? root.resolve(path.substring(1)) : document.getParent().resolve(path))
                .normalize();
        if (!resolved.startsWith(root)) {
            return "points outside the repository";
        }
        if (!Files.exists(resolved)) {
            return "does not exist";
        }
        return null;
    }

    /** The folder holding {@code mvnw} and {@code .git} or the root pom, from wherever the test runs. */
    public static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("mvnw"))
                    && (Files.exists(folder.resolve(".git")) || Files.isRegularFile(folder.resolve("pom.xml")))) {
                return folder;
            }
        }
        throw new IllegalStateException("No repository root (a folder with mvnw) above " + start);
    }

    private static List<Path> markdownFiles(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    boolean skipped = !folder.equals(root) && SKIPPED_FOLDERS.contains(folder.getFileName().toString());
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().toLowerCase().endsWith(".md")) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
