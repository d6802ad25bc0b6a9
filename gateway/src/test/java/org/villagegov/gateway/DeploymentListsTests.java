package org.villagegov.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding a service means one entry in the gateway's service map ({@code gateway.services}) and
 * one line in {@code infra/services} (which infra/stack and the e2e suite read). What cannot
 * read them — compose and the Kubernetes manifests — is checked against them here, and so is
 * the Keycloak version they run against the root pom's {@code keycloak.version}.
 */
@SuppressWarnings("unchecked")
class DeploymentListsTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** The Keycloak Operator's resource, which names the image. */
    private static final Path KEYCLOAK_ON_KUBERNETES = ROOT.resolve("infra/k8s/base/backing/keycloak.yaml");

    @Test
    void whenTheServiceListsAreReadThenTheGatewayMapAndInfraServicesNameTheSameServicesInTheSameOrder()
            throws IOException {
        assertThat(gatewayServices()).isEqualTo(infraServices()).isNotEmpty();
    }

    @Test
    void whenComposeIsReadThenItRunsEveryServiceAndTheGatewayReachesEachOne() throws IOException {
        Map<String, Object> compose = yaml(ROOT.resolve("infra/compose.yml")).getFirst();
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services.keySet().stream().filter(name -> name.endsWith("-service")).toList())
                .containsExactlyElementsOf(modules());
        Map<String, Object> gateway = (Map<String, Object>) services.get("gateway");
        assertThat(((Map<String, Object>) gateway.get("environment")).keySet().stream()
                .filter(name -> name.startsWith("SERVICES_")).toList())
                .containsExactlyInAnyOrderElementsOf(serviceUriVariables());
    }

    @Test
    void whenTheKubernetesManifestsAreReadThenEveryServiceIsDeployedAndTheGatewayReachesEachOne() throws IOException {
        List<Map<String, Object>> documents = kubernetesBase();
        List<String> deployed = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            String name = (String) ((Map<String, Object>) document.get("metadata")).get("name");
            if ("Deployment".equals(document.get("kind")) && name.endsWith("-service")) {
                deployed.add(name);
            }
        }
        assertThat(deployed).containsExactlyInAnyOrderElementsOf(modules());
        Map<String, Object> gateway = documents.stream()
                .filter(document -> "Deployment".equals(document.get("kind")))
                .filter(document -> "gateway".equals(((Map<String, Object>) document.get("metadata")).get("name")))
                .findFirst().orElseThrow();
        Map<String, Object> template = (Map<String, Object>) ((Map<String, Object>) gateway.get("spec")).get("template");
        Map<String, Object> container = ((List<Map<String, Object>>) ((Map<String, Object>) template.get("spec"))
                .get("containers")).getFirst();
        assertThat(((List<Map<String, Object>>) container.get("env")).stream()
                .map(variable -> (String) variable.get("name"))
                .filter(name -> name.startsWith("SERVICES_")).toList())
                .containsExactlyInAnyOrderElementsOf(serviceUriVariables());
    }

    @Test
    void whenKeycloakIsDeployedThenItIsTheRootPomsVersion() throws IOException {
        Matcher property = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(property.find()).as("the root pom's keycloak.version").isTrue();
        String image = "keycloak/keycloak:" + property.group(1);
        assertThat(Files.readString(ROOT.resolve("infra/compose.yml"))).contains("image: " + image);
        assertThat(Files.readString(KEYCLOAK_ON_KUBERNETES)).contains("image: " + image);
        assertThat(Pattern.compile("keycloak/keycloak:(?!" + Pattern.quote(property.group(1)) + "\\b)")
                .matcher(Files.readString(ROOT.resolve("infra/compose.yml"))
                        + Files.readString(KEYCLOAK_ON_KUBERNETES)).find())
                .as("another Keycloak version named").isFalse();
    }

    /** The names of the gateway's service map, in the order written in its application.yml. */
    private static List<String> gatewayServices() throws IOException {
        try (InputStream yml = DeploymentListsTests.class.getResourceAsStream("/application.yml")) {
            Map<String, Object> config = new Yaml().load(yml);
            Map<String, Object> gateway = (Map<String, Object>) config.get("gateway");
            return List.copyOf(((Map<String, Object>) gateway.get("services")).keySet());
        }
    }

    /** infra/services: one service a line (name, port offset), comments with #. */
    private static List<String> infraServices() throws IOException {
        return Files.readAllLines(ROOT.resolve("infra/services")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0])
                .toList();
    }

    private static List<String> modules() throws IOException {
        return gatewayServices().stream().map(name -> name + "-service").toList();
    }

    private static List<String> serviceUriVariables() throws IOException {
        return gatewayServices().stream().map(name -> "SERVICES_" + name.toUpperCase(Locale.ROOT) + "_URI").toList();
    }

    /** Every resource of the Kubernetes base (the overlays change replicas and sizes, not who is deployed). */
    private static List<Map<String, Object>> kubernetesBase() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT.resolve("infra/k8s/base"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml"))
                    .filter(path -> !path.endsWith("kustomization.yaml")).sorted().toList()) {
                documents.addAll(yaml(file));
            }
        }
        return documents;
    }

    private static List<Map<String, Object>> yaml(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            new Yaml().loadAll(reader).forEach(document -> {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            });
        }
        return documents;
    }
}
