package org.villagegov.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What cannot run here (Kubernetes, compose) is at least kept consistent with the code:
 * every application has its manifests, on the port it really listens on, with its probes,
 * two replicas, and only the gateway exposed; the settings it needs are passed.
 */
@SuppressWarnings("unchecked")
class DeploymentManifestsTests {

    private static final List<String> APPS = Stream.concat(Stream.of("gateway"),
            Stack.SERVICES.stream().map(service -> service + "-service")).toList();
    private static final Pattern PORT = Pattern.compile("port: \\$\\{PORT:(\\d+)}");

    @Test
    void whenKubernetesManifestsAreReadThenEveryApplicationIsDeployedTwiceOnItsPortWithProbes() throws IOException {
        List<Map<String, Object>> documents = load(Stack.root().resolve("infra/k8s/services.yaml"));
        for (String app : APPS) {
            int port = portOf(app);
            Map<String, Object> deployment = find(documents, "Deployment", app);
            assertThat((Integer) at(deployment, "spec", "replicas")).as(app).isGreaterThanOrEqualTo(2);
            Map<String, Object> container = firstContainer(deployment);
            assertThat(container.get("image").toString()).contains("/" + app + ":");
            assertThat(((List<Map<String, Object>>) container.get("ports")).getFirst().get("containerPort")).isEqualTo(port);
            assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
            assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
            assertThat(at(container, "readinessProbe", "httpGet", "port")).isEqualTo(port);
            List<String> env = envNames(container);
            assertThat(env).as(app).contains("SPRING_MONGODB_URI", "SPRING_RABBITMQ_ADDRESSES");
            if (!app.equals("gateway")) {
                assertThat(env).as(app).contains("PLATFORM_TENANCY_REGISTRYURI", "PLATFORM_TENANCY_REGISTRYKEY",
                        "PLATFORM_SERVICEACCOUNT_CLIENTSECRET");
            }
            Map<String, Object> service = find(documents, "Service", app);
            assertThat(at(service, "spec", "type")).as(app).isEqualTo(app.equals("gateway") ? "LoadBalancer" : "ClusterIP");
        }
        List<Map<String, Object>> namespace = load(Stack.root().resolve("infra/k8s/namespace.yaml"));
        Map<String, Object> policy = find(namespace, "NetworkPolicy", "services-only-from-inside");
        assertThat(at(policy, "spec", "podSelector", "matchLabels", "tier")).isEqualTo("service");
        List<Map<String, Object>> backing = load(Stack.root().resolve("infra/k8s/backing.yaml"));
        assertThat((Integer) at(find(backing, "StatefulSet", "mongodb"), "spec", "replicas")).isEqualTo(3);
        assertThat((Integer) at(find(backing, "StatefulSet", "rabbitmq"), "spec", "replicas")).isEqualTo(3);
    }

    @Test
    void whenComposeFileIsReadThenEveryApplicationRunsOnItsPortAndOnlyTheEdgePublishesPorts() throws IOException {
        Map<String, Object> compose = load(Stack.root().resolve("infra/compose.yml")).getFirst();
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (String app : APPS) {
            Map<String, Object> service = services.get(app);
            assertThat(service).as(app).isNotNull();
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat(env.get("PORT")).as(app).isEqualTo(String.valueOf(portOf(app)));
            assertThat(service.containsKey("ports")).as(app + " publishes ports").isEqualTo(app.equals("gateway"));
        }
    }

    private static int portOf(String app) throws IOException {
        String yaml = Files.readString(Stack.root().resolve(app + "/src/main/resources/application.yml"));
        Matcher matcher = PORT.matcher(yaml);
        assertThat(matcher.find()).as(app + " declares server.port: ${PORT:n}").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
        }
        return documents;
    }

    private static Map<String, Object> find(List<Map<String, Object>> documents, String kind, String name) {
        return documents.stream()
                .filter(d -> kind.equals(d.get("kind")) && name.equals(at(d, "metadata", "name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " " + name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstContainer(Map<String, Object> deployment) {
        return ((List<Map<String, Object>>) at(deployment, "spec", "template", "spec", "containers")).getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<String> envNames(Map<String, Object> container) {
        return ((List<Map<String, Object>>) container.get("env")).stream().map(e -> e.get("name").toString()).toList();
    }

    private static Object at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }
}
