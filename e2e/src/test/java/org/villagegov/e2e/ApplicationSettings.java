package org.villagegov.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one application (the gateway or a service) listens on and which settings it reads, from its
 * own files: application.yml, the platform's defaults and configuration-properties records where it
 * uses the platform, and the Spring Boot metadata of the libraries in its built jar. An environment
 * variable counts as read when it is a placeholder of application.yml ({@code ${KEYCLOAK_URL:...}})
 * or names, by Spring's relaxed binding, a property one of those sources defines.
 */
final class ApplicationSettings {

    private static final Pattern PORT = Pattern.compile("port: \\$\\{PORT:(\\d+)}");
    private static final Pattern MANAGEMENT_PORT = Pattern.compile("\\$\\{MANAGEMENT_PORT:(\\d+)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern PLATFORM_DEFAULT = Pattern.compile("defaults\\.put\\(\"([^\"]+)\"");
    private static final Pattern PROPERTIES_PREFIX = Pattern.compile("@ConfigurationProperties\\(\"([^\"]+)\"\\)");
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String module;
    private final Path root;
    private final String yml;
    private final Map<String, Object> properties;
    private final boolean usesPlatform;
    private final Set<String> ownProperties = new HashSet<>();
    private Set<String> libraryProperties;

    ApplicationSettings(Path root, String module) throws IOException {
        this.module = module;
        this.root = root;
        this.yml = Files.readString(root.resolve(module + "/src/main/resources/application.yml"));
        this.properties = flatten("", new Yaml().load(yml), new LinkedHashMap<>());
        this.usesPlatform = Files.readString(root.resolve(module + "/pom.xml")).contains("<artifactId>platform</artifactId>");
        properties.keySet().forEach(name -> ownProperties.addAll(forms(name)));
        platformDefaults().keySet().forEach(name -> ownProperties.addAll(forms(name)));
        configurationProperties();
    }

    int httpPort() {
        Matcher matcher = PORT.matcher(yml);
        if (!matcher.find()) {
            throw new AssertionError(module + " does not declare server.port: ${PORT:n}");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** {@code management.server.port: ${MANAGEMENT_PORT:n}}: the actuator's port, and the gateway's registry's. */
    int managementPort() {
        Matcher matcher = MANAGEMENT_PORT.matcher(yml);
        if (!matcher.find()) {
            throw new AssertionError(module + " does not declare management.server.port: ${MANAGEMENT_PORT:n}");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** The property's value in application.yml, else among the platform's defaults. */
    Optional<String> property(String name) throws IOException {
        Object own = properties.get(name);
        return Optional.ofNullable(own != null ? own.toString() : platformDefaults().get(name));
    }

    /**
     * Whether the application reads this environment variable (see the class comment). Without the
     * built jar only its own settings are known: a Spring Boot property then reads as unknown.
     */
    boolean reads(String variable) throws IOException {
        if (placeholders().contains(variable)) {
            return true;
        }
        String property = variable.toLowerCase(Locale.ROOT).replace('_', '.');
        return matches(property, ownProperties) || built() && matches(property, libraryProperties());
    }

    /** Whether the built jar exists, whose libraries' metadata says which Spring Boot properties there are. */
    boolean built() {
        return Files.exists(jar());
    }

    private Set<String> placeholders() {
        Set<String> names = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(yml);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** PlatformDefaults' settings, below every service's own configuration; none for the gateway. */
    private Map<String, String> platformDefaults() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        if (!usesPlatform) {
            return defaults;
        }
        String source = Files.readString(root.resolve(
                "platform/src/main/java/org/villagegov/platform/config/PlatformDefaults.java"));
        Matcher matcher = Pattern.compile("defaults\\.put\\(\"([^\"]+)\", \"([^\"]*)\"\\)").matcher(source);
        while (matcher.find()) {
            defaults.put(matcher.group(1), matcher.group(2));
        }
        Matcher keys = PLATFORM_DEFAULT.matcher(source);
        while (keys.find()) {
            defaults.putIfAbsent(keys.group(1), "");
        }
        return defaults;
    }

    /**
     * The records under {@code @ConfigurationProperties} in the module's sources (and the platform's,
     * where it uses it), read from their compiled classes: every component a property.
     */
    private void configurationProperties() throws IOException {
        List<String> modules = usesPlatform ? List.of(module, "platform") : List.of(module);
        List<URL> classes = new ArrayList<>();
        for (String name : modules) {
            Path compiled = root.resolve(name + "/target/classes");
            if (!Files.isDirectory(compiled)) {
                throw new AssertionError(compiled + " is missing: compile " + name + " before this test (the build does)");
            }
            classes.add(url(compiled));
        }
        try (URLClassLoader loader = new URLClassLoader(classes.toArray(URL[]::new), getClass().getClassLoader())) {
            for (String name : modules) {
                Path sources = root.resolve(name + "/src/main/java");
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                        Matcher prefix = PROPERTIES_PREFIX.matcher(Files.readString(file));
                        if (prefix.find()) {
                            String className = sources.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                            collect(prefix.group(1), loader.loadClass(className), ownProperties, 0);
                        }
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            throw new AssertionError("a configuration-properties class of " + module + " is not compiled", e);
        }
    }

    private Set<String> libraryProperties() {
        if (libraryProperties != null) {
            return libraryProperties;
        }
        libraryProperties = new HashSet<>();
        try (JarInputStream application = new JarInputStream(Files.newInputStream(jar()))) {
            for (JarEntry entry; (entry = application.getNextJarEntry()) != null; ) {
                if (entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().endsWith(".jar")) {
                    readMetadata(new JarInputStream(application));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return libraryProperties;
    }

    private void readMetadata(JarInputStream library) throws IOException {
        for (JarEntry entry; (entry = library.getNextJarEntry()) != null; ) {
            if (METADATA.equals(entry.getName())) {
                for (JsonNode property : JSON.readTree(library.readAllBytes()).path("properties")) {
                    String name = property.path("name").asString();
                    String type = property.path("type").asString("");
                    libraryProperties.addAll(forms(name));
                    if (type.startsWith("java.util.Map<")) {
                        mapValues(name, type);
                    }
                }
            }
        }
    }

    /** {@code spring.ssl.bundle.pem.<bundle>.truststore.certificate}: the map's value type names what follows the key. */
    private void mapValues(String name, String type) {
        String valueType = type.substring(type.indexOf(',') + 1, type.length() - 1).trim();
        forms(name).forEach(form -> libraryProperties.add(form + ".*"));
        if (valueType.contains("<")) {
            return;
        }
        try {
            collect(name + ".*", Class.forName(valueType), libraryProperties, 0);
        } catch (ClassNotFoundException e) {
            // a value type this test's classpath lacks: only the key level is known
        }
    }

    private static void collect(String prefix, Type type, Set<String> into, int depth) {
        Class<?> raw = raw(type);
        into.addAll(forms(prefix));
        if (depth > 6 || isLeaf(raw)) {
            return;
        }
        if (Map.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw)) {
            Type[] arguments = type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments() : new Type[0];
            Type element = arguments.length == 0 ? Object.class : arguments[arguments.length - 1];
            collect(prefix + ".*", element, into, depth + 1);
            return;
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                collect(prefix + "." + kebab(component.getName()), component.getGenericType(), into, depth + 1);
            }
            return;
        }
        for (Method getter : raw.getMethods()) {
            String name = getter.getName();
            if (getter.getParameterCount() == 0 && !Modifier.isStatic(getter.getModifiers())
                    && getter.getDeclaringClass() != Object.class && (name.startsWith("get") || name.startsWith("is"))) {
                String property = name.substring(name.startsWith("get") ? 3 : 2);
                collect(prefix + "." + kebab(property), getter.getGenericReturnType(), into, depth + 1);
            }
        }
    }

    /** Java's own types (but maps and collections), Spring's units and resources: one value each. */
    private static boolean isLeaf(Class<?> type) {
        boolean javaValue = type.getName().startsWith("java.")
                && !Map.class.isAssignableFrom(type) && !Collection.class.isAssignableFrom(type);
        return type.isPrimitive() || type.isEnum() || type.isArray() || javaValue
                || type.getName().startsWith("org.springframework.util.unit.")
                || type.getName().startsWith("org.springframework.core.io.");
    }

    /** {@code keycloakAdminUrl} as Spring names the property: {@code keycloak-admin-url}. */
    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    /**
     * The forms an environment variable (lower-cased, underscores read as dots) takes for this property
     * under Spring's relaxed binding: without its dashes ({@code PLATFORM_TENANCY_REGISTRYURI}) or, the
     * legacy form, with dashes as separators ({@code SERVICES_GRID_URI} for {@code services.grid-uri}).
     */
    private static Set<String> forms(String property) {
        String uniform = property.toLowerCase(Locale.ROOT).replace("[", ".").replace("]", "");
        return new HashSet<>(List.of(uniform.replace("-", ""), uniform.replace('-', '.')));
    }

    /** {@code *} stands for one segment: a map's key or a list's index. */
    private static boolean matches(String property, Set<String> known) {
        if (known.contains(property)) {
            return true;
        }
        String[] segments = property.split("\\.");
        return known.stream().filter(pattern -> pattern.contains("*")).map(pattern -> pattern.split("\\."))
                .anyMatch(pattern -> pattern.length == segments.length && sameSegments(pattern, segments));
    }

    private static boolean sameSegments(String[] pattern, String[] segments) {
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(segments[i])) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flatten(String prefix, Object node, Map<String, Object> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, value, into));
        } else {
            into.put(prefix, node);
        }
        return into;
    }

    private Path jar() {
        return root.resolve(module + "/target/" + module + "-" + projectVersion(root) + ".jar");
    }

    /** The root pom's version: every module's, and the tag of every image. */
    static String projectVersion(Path root) {
        try {
            Matcher version = Pattern.compile("<artifactId>village-governance</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(Files.readString(root.resolve("pom.xml")));
            if (!version.find()) {
                throw new AssertionError("the root pom names no version");
            }
            return version.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path directory) {
        try {
            return directory.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return module;
    }
}
