package org.villagegov.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The images 'package' builds for every application (Jib's buildTar on scratch, the root file system of
 * infra/runtime), opened as a registry or a container runtime would: the configuration, every layer, what
 * the layers hold. As root, the layers are also unpacked into a root file system of their own, where the
 * entrypoint's java must start as user 10001 with nothing of this machine: a shared library missing from
 * the runtime fails here, not in a cluster. No stack, no Docker engine.
 */
class ImageTarballsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern MAIN_CLASS = Pattern.compile(
            "(?s)^package ([\\w.]+);.*?\\bclass (\\w+).*?SpringApplication\\.run\\(\\2\\.class");
    private static final String JAVA = "/opt/java/bin/java";
    private static final String USER = "10001:10001";

    /** Each application's image, opened once for all tests. */
    private static final Map<String, Image> IMAGES = new ConcurrentHashMap<>();

    static Stream<String> applications() {
        return Stream.concat(Stream.of("gateway"), Stack.SERVICES.stream().map(service -> service + "-service"));
    }

    @BeforeAll
    static void imagesWereBuilt() {
        assumeFalse(Boolean.getBoolean("jib.skip"), "built with -Djib.skip=true: no image tarballs to open");
    }

    @AfterAll
    static void deleteUnpackedImages() {
        IMAGES.values().forEach(image -> deleteRecursively(image.unpacked()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void whenTheImageIsOpenedThenItsEntrypointStartsTheApplicationsMainClassWithTheJlinkedJava(String app) {
        Image image = image(app);
        List<String> entrypoint = strings(image.config().path("config").path("Entrypoint"));
        assertThat(entrypoint).as(app + " entrypoint").isNotEmpty();
        assertThat(entrypoint.getFirst()).isEqualTo(JAVA);
        // java reads an argument '@file' from that file: Jib writes the class path and the main class beside the application
        List<String> arguments = entrypoint.stream()
                .map(argument -> argument.startsWith("@") ? image.text(argument.substring(1)).strip() : argument)
                .toList();
        assertThat(arguments.getLast()).as(app + " main class").isEqualTo(mainClassOf(app));
        String classPath = arguments.get(arguments.indexOf("-cp") + 1);
        assertThat(Stream.of(classPath.split(":")).filter(element -> !image.files().containsKey(element)))
                .as(app + ": class path elements missing from the image").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void whenTheImageIsOpenedThenItRunsAsUser10001AndExposesTheHttpAndManagementPorts(String app) throws IOException {
        JsonNode config = image(app).config();
        assertThat(config.path("os").asString()).isEqualTo("linux");
        assertThat(config.path("config").path("User").asString()).as(app + " user").isEqualTo(USER);
        List<String> ports = new ArrayList<>(config.path("config").path("ExposedPorts").propertyNames());
        ApplicationSettings settings = new ApplicationSettings(Stack.root(), app);
        assertThat(ports).as(app + " exposed ports")
                .containsExactlyInAnyOrder(settings.httpPort() + "/tcp", settings.managementPort() + "/tcp");
        assertThat(config.path("config").path("Labels").path("org.opencontainers.image.title").asString()).isEqualTo(app);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void whenTheImageIsOpenedThenEveryLayerIsThereWithTheRuntimeItsLibrariesAndTheApplication(String app) throws IOException {
        Image image = image(app);
        Map<String, TarArchiveEntry> files = image.files();
        assertThat(image.layerCount()).as(app + " layers").isGreaterThanOrEqualTo(5);
        assertThat(files.containsKey(JAVA)).as(app + ": " + JAVA).isTrue();
        assertThat(files.get(JAVA).getMode() & 0111).as(JAVA + " executable by all").isEqualTo(0111);
        assertThat(files.keySet().stream().anyMatch(path -> path.matches("/lib[^/]*(/.*)?/libc\\.so\\.6")))
                .as(app + ": the C library in /lib*").isTrue();
        assertThat(files.keySet().stream().anyMatch(path -> path.matches("/lib[^/]*(/.*)?/ld-linux[^/]*")))
                .as(app + ": the C library's loader in /lib*").isTrue();
        assertThat(image.text("/etc/passwd")).as("/etc/passwd").containsPattern("(?m)^app:x:10001:10001:");
        assertThat(image.text("/etc/nsswitch.conf")).containsPattern("(?m)^hosts:\\s+files dns");
        assertThat(files.containsKey("/tmp")).as(app + ": /tmp").isTrue();
        assertThat(files.get("/tmp").getMode() & 0777).as("/tmp writable by user 10001").isEqualTo(0777);
        String mainClass = "/app/classes/" + mainClassOf(app).replace('.', '/') + ".class";
        assertThat(files.containsKey(mainClass)).as(app + ": " + mainClass).isTrue();
        assertThat(librariesOfFatJar(app).stream().filter(library -> !files.containsKey("/app/libs/" + library)))
                .as(app + ": libraries of its fat jar missing from the image").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void whenTheImageIsOpenedThenNoFileIsWritableByOthersOrSetuid(String app) {
        for (TarArchiveEntry entry : image(app).files().values()) {
            String path = path(entry);
            assertThat(entry.getMode() & 06000).as(path + " setuid or setgid").isZero();
            if (!path.equals("/tmp")) {  // the one folder user 10001 writes to; Jib gives it no sticky bit
                assertThat(entry.getMode() & 0002).as(path + " writable by others").isZero();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void whenTheLayersAreUnpackedAloneThenTheEntrypointsJavaStartsAndLoadsTheMainClassAsUser10001(String app)
            throws Exception {
        assumeTrue(isRoot(), "only root can run a program in a root file system of its own (chroot)");
        assumeTrue(program("unshare") != null && program("chroot") != null,
                "needs unshare and chroot (util-linux, coreutils)");
        Image image = image(app);
        Path root = image.unpacked();
        List<String> entrypoint = strings(image.config().path("config").path("Entrypoint"));

        Run version = inImage(root, List.of(JAVA, "-version"));
        assertThat(version.exitCode()).as(app + ": java -version in the image alone\n" + version.output()).isZero();
        assertThat(version.output()).contains("Runtime Environment");

        // the entrypoint as it is, but --dry-run: the JVM starts with the image's flags and arguments and
        // loads the main class from the class path, without running it (no MongoDB, RabbitMQ or Keycloak here)
        List<String> dryRun = new ArrayList<>(entrypoint);
        dryRun.add(1, "--dry-run");
        Run start = inImage(root, dryRun);
        assertThat(start.exitCode()).as(app + ": the entrypoint with --dry-run\n" + start.output()).isZero();
    }

    private record Run(int exitCode, String output) {
    }

    /**
     * Runs a command in the unpacked image as user 10001, in a mount and process namespace of its own with
     * a fresh /proc, as a container runtime would (the loader finds the runtime's libraries through
     * /proc/self/exe); the namespace, and the /proc mount with it, end with the command.
     */
    private static Run inImage(Path root, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(root.resolve("proc"));
        List<String> line = new ArrayList<>(List.of(program("unshare"), "--mount", "--pid", "--fork",
                "--mount-proc=" + root.resolve("proc"), program("chroot"), "--userspec=" + USER, root.toString()));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().clear();  // the image sets no environment
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("%s did not end within 60 s: %s", command, output);
        }
        return new Run(process.exitValue(), output);
    }

    /**
     * One image tarball (docker-archive: manifest.json, the configuration, one .tar.gz per layer), read
     * once: every path of every layer with its entry, the small files a test reads, and, as root, the layers
     * unpacked in order into a folder of their own.
     */
    private record Image(JsonNode config, int layerCount, Map<String, TarArchiveEntry> files,
                         Map<String, String> texts, Path unpacked) {

        String text(String path) {
            assertThat(texts).as("a small file of the image").containsKey(path);
            return texts.get(path);
        }
    }

    private static Image image(String app) {
        return IMAGES.computeIfAbsent(app, ImageTarballsTests::open);
    }

    private static Image open(String app) {
        Path tarball = Stack.root().resolve(app).resolve("target/jib-image.tar");
        assertThat(tarball).as("%s's image tarball: build it with './mvnw package' (Jib, goal buildTar, "
                + "in the package phase; -Djib.skip=true leaves it out)", app).exists();
        Path blobs = null;
        try {
            blobs = Files.createTempDirectory("image-blobs-" + app + "-");
            try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
                for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                    assertThat(entry.getName()).as("a blob of the tarball").doesNotContain("/");
                    Files.copy(tar, blobs.resolve(entry.getName()));
                }
            }
            JsonNode manifest = JSON.readTree(blobs.resolve("manifest.json").toFile());
            assertThat(manifest.size()).as(app + ": images in the tarball").isEqualTo(1);
            assertThat(strings(manifest.get(0).path("RepoTags"))).as(app + " tag")
                    .anyMatch(tag -> tag.startsWith("village-governance/" + app + ":"));
            JsonNode config = JSON.readTree(blobs.resolve(manifest.get(0).path("Config").asString()).toFile());
            List<String> layers = strings(manifest.get(0).path("Layers"));
            assertThat(layers).as(app + " layers").isNotEmpty();
            for (String layer : layers) {
                assertThat(blobs.resolve(layer)).as(app + ": a layer the manifest lists").exists();
            }

            Path unpacked = isRoot() ? Files.createTempDirectory("image-" + app + "-") : null;
            if (unpacked != null) {  // the container's '/', which a temporary folder is not: open to user 10001
                Files.setPosixFilePermissions(unpacked, permissions(0755));
            }
            Map<String, TarArchiveEntry> files = new LinkedHashMap<>();
            Map<String, String> texts = new HashMap<>();
            for (String layer : layers) {
                try (TarArchiveInputStream tar = new TarArchiveInputStream(
                        new GZIPInputStream(Files.newInputStream(blobs.resolve(layer))))) {
                    for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                        String path = path(entry);
                        files.put(path, entry);
                        byte[] small = null;
                        if (entry.isFile() && (path.startsWith("/etc/") || path.startsWith("/app/jib-"))) {
                            small = tar.readAllBytes();
                            texts.put(path, new String(small, StandardCharsets.UTF_8));
                        }
                        if (unpacked != null) {
                            unpack(entry, small != null ? new ByteArrayInputStream(small) : tar, unpacked);
                        }
                    }
                }
            }
            return new Image(config, layers.size(), files, texts, unpacked);
        } catch (IOException e) {
            throw new UncheckedIOException(app + "'s image tarball", e);
        } finally {
            deleteRecursively(blobs);
        }
    }

    /** One layer entry into the folder, with its permissions (owners stay root's: the test runs as root). */
    private static void unpack(TarArchiveEntry entry, InputStream content, Path root) throws IOException {
        Path target = root.resolve(path(entry).substring(1)).normalize();
        assertThat(target.startsWith(root)).as(entry.getName() + " stays in the image").isTrue();
        if (entry.isDirectory()) {
            Files.createDirectories(target);
        } else if (entry.isSymbolicLink()) {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
            return;
        } else if (entry.isFile()) {
            Files.createDirectories(target.getParent());
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        } else {
            fail("%s: a tar entry of a kind Jib does not write", entry.getName());
        }
        Files.setPosixFilePermissions(target, permissions(entry.getMode()));
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values();  // OWNER_READ .. OTHERS_EXECUTE, bit 8 down to bit 0
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (8 - i))) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }

    /** An entry's path as the container sees it: absolute, without a trailing slash. */
    private static String path(TarArchiveEntry entry) {
        String name = entry.getName().replaceFirst("^\\./", "").replaceFirst("^/", "").replaceFirst("/$", "");
        return "/" + name;
    }

    /** The class of the application's sources that starts it ({@code SpringApplication.run(ItsOwn.class, …)}). */
    private static String mainClassOf(String app) {
        try (Stream<Path> sources = Files.walk(Stack.root().resolve(app).resolve("src/main/java"))) {
            List<String> mains = sources.filter(file -> file.toString().endsWith(".java"))
                    .map(ImageTarballsTests::read)
                    .map(MAIN_CLASS::matcher)
                    .filter(Matcher::find)
                    .map(matcher -> matcher.group(1) + "." + matcher.group(2))
                    .toList();
            assertThat(mains).as(app + ": one class calling SpringApplication.run").hasSize(1);
            return mains.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The libraries spring-boot-maven-plugin packaged, less its own launcher tools: the image must hold the same. */
    private static List<String> librariesOfFatJar(String app) throws IOException {
        Path jar;
        try (Stream<Path> jars = Files.list(Stack.root().resolve(app).resolve("target"))) {
            jar = jars.filter(file -> file.toString().endsWith(".jar") && !file.toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError(app + ": no fat jar in target/"));
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> libraries = zip.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar"))
                    .map(name -> name.substring("BOOT-INF/lib/".length()))
                    .filter(name -> !name.startsWith("spring-boot-jarmode-"))
                    .toList();
            assertThat(libraries).as(app + " fat jar libraries").isNotEmpty();
            return libraries;
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asString()));
        return strings;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The program's path on this machine, or null. */
    private static String program(String name) {
        return Stream.of((System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/bin:/sbin:/bin").split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst().orElse(null);
    }

    private static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
