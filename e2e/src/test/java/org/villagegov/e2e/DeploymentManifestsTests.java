package org.villagegov.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * What cannot run here (Kubernetes, compose) is at least kept consistent with the code. The
 * Kubernetes overlays (infra/k8s/overlays/dev and prod) are rendered, with `kubectl kustomize`
 * where kubectl exists and else by {@link Kustomization} (proven equal to kubectl where both run),
 * and every resource is loaded into its typed model. Then: every application is deployed on the
 * ports its application.yml names, probed on its health groups, sees only settings it reads, runs
 * locked down behind a network policy, and is reached from outside only through the gateway's HTTP
 * port; every Secret and ConfigMap key is documented and no Secret is committed; the operators'
 * resources create what the applications are pointed at.
 */
@SuppressWarnings("unchecked")
class DeploymentManifestsTests {

    private static final Path ROOT = Stack.root();
    private static final List<String> APPS = Stream.concat(Stream.of("gateway"),
            Stack.SERVICES.stream().map(service -> service + "-service")).toList();
    private static final List<String> OVERLAYS = List.of("dev", "prod");
    /** Read by the JVM itself, not by Spring. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");
    /** The HTTPS port of the Keycloak Operator's Service (its default, which the Keycloak resource keeps). */
    private static final int KEYCLOAK_HTTPS_PORT = 8443;
    private static final Pattern IN_NAMESPACE_URL = Pattern.compile("^https?://([a-z0-9-]+):(\\d+)(/.*)?$");

    private static final Map<String, List<HasMetadata>> RENDERED = new LinkedHashMap<>();
    private static final Map<String, ApplicationSettings> SETTINGS = new LinkedHashMap<>();

    @BeforeAll
    static void renderOverlaysAndReadApplications() throws Exception {
        for (String overlay : OVERLAYS) {
            Path directory = overlay(overlay);
            Optional<List<Map<String, Object>>> kubectl = KubernetesModels.kubectlKustomize(directory);
            List<Map<String, Object>> documents = kubectl.isPresent() ? kubectl.get() : Kustomization.render(directory);
            RENDERED.put(overlay, KubernetesModels.load(documents));
        }
        for (String app : APPS) {
            SETTINGS.put(app, new ApplicationSettings(ROOT, app));
        }
    }

    @Test
    void whenKubectlExistsThenTheReaderRendersEveryOverlayAsKubectlDoes() throws Exception {
        for (String overlay : OVERLAYS) {
            Optional<List<Map<String, Object>>> kubectl = KubernetesModels.kubectlKustomize(overlay(overlay));
            assumeThat(kubectl).as("kubectl on the PATH").isPresent();
            assertThat(byIdentity(Kustomization.render(overlay(overlay))))
                    .as(overlay).isEqualTo(byIdentity(kubectl.get()));
        }
    }

    @Test
    void whenTheOverlaysAreReadThenEveryApplicationRunsOnItsPortsWithProbesOnItsHealthGroups() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String overlay : OVERLAYS) {
            for (String app : APPS) {
                ApplicationSettings settings = SETTINGS.get(app);
                String where = overlay + " " + app + ": ";
                Container container = container(deployment(overlay, app));
                Map<String, Integer> ports = container.getPorts().stream()
                        .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
                expect(problems, where + "ports", ports,
                        Map.of("http", settings.httpPort(), "management", settings.managementPort()));
                for (String group : List.of("readiness", "liveness")) {
                    expect(problems, where + "health group " + group, settings.property(
                            "management.endpoint.health.group." + group + ".include").isPresent(), true);
                }
                expect(problems, where + "probes enabled",
                        settings.property("management.endpoint.health.probes.enabled").orElse(""), "true");
                expect(problems, where + "actuator base path", settings.property("management.endpoints.web.base-path"),
                        Optional.empty());
                probe(problems, where + "readiness", container, container.getReadinessProbe(), "readiness", settings);
                probe(problems, where + "liveness", container, container.getLivenessProbe(), "liveness", settings);
                probe(problems, where + "startup", container, container.getStartupProbe(), "liveness", settings);
                Map<String, String> scrape = deployment(overlay, app).getSpec().getTemplate().getMetadata().getAnnotations();
                expect(problems, where + "Prometheus", Arrays.asList(scrape.get("prometheus.io/scrape"),
                                scrape.get("prometheus.io/port"), scrape.get("prometheus.io/path")),
                        List.of("true", String.valueOf(settings.managementPort()), "/actuator/prometheus"));
                expect(problems, where + "prometheus exposed", settings.property(
                        "management.endpoints.web.exposure.include").orElse("").contains("prometheus"), true);
                String image = container.getImage();
                expect(problems, where + "image", image.matches("([a-z0-9.-]+/)?village-governance/" + app + ":"
                        + Pattern.quote(ApplicationSettings.projectVersion(ROOT))), true);
                Service service = find(overlay, Service.class, app);
                expect(problems, where + "service", service.getSpec().getPorts().stream()
                        .map(port -> port.getName() + ":" + port.getPort() + "->" + port.getTargetPort().getStrVal()).toList(),
                        List.of("http:" + settings.httpPort() + "->http"));
            }
            Service management = find(overlay, Service.class, "gateway-management");
            expect(problems, overlay + " gateway-management", management.getSpec().getPorts().stream()
                    .map(port -> port.getPort() + "->" + port.getTargetPort().getStrVal()).toList(),
                    List.of(SETTINGS.get("gateway").managementPort() + "->management"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void whenTheEnvironmentIsReadThenEveryVariableIsASettingItsApplicationReads() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String app : APPS) {
            ApplicationSettings settings = SETTINGS.get(app);
            for (String overlay : OVERLAYS) {
                for (EnvVar variable : container(deployment(overlay, app)).getEnv()) {
                    String name = variable.getName();
                    if (JVM_VARIABLES.contains(name)) {
                        continue;
                    }
                    if (!settings.reads(name)) {
                        assumeThat(settings.built()).as(app + "'s jar, whose libraries say which Spring Boot "
                                + "properties exist (the build packages it before this module)").isTrue();
                        problems.add(overlay + " " + app + " sets " + name + ", which it does not read");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void whenSecretsAndConfigMapsAreReferencedThenEveryKeyIsDocumentedAndNoSecretIsCommitted() throws IOException {
        OperationsGuide guide = new OperationsGuide(ROOT, APPS);
        List<String> problems = new ArrayList<>();
        for (String overlay : OVERLAYS) {
            all(overlay, HasMetadata.class).stream().filter(resource -> resource.getKind().equals("Secret"))
                    .forEach(secret -> problems.add(overlay + ": Secret " + secret.getMetadata().getName()
                            + " is applied from the repository (Secrets are made in the cluster)"));
            for (KeyReference reference : keyReferences(overlay)) {
                if (!guide.documents(reference.kind(), reference.name(), reference.key())) {
                    problems.add(overlay + ": " + reference + " is not in docs/operations.md's table");
                }
                if (reference.kind().equals("ConfigMap")
                        && !configMap(overlay, reference.name()).getData().containsKey(reference.key())) {
                    problems.add(overlay + ": " + reference + " is not in the ConfigMap");
                }
            }
        }
        try (Stream<Path> files = Files.walk(ROOT.resolve("infra"))) {
            for (Path file : files.filter(path -> path.toString().matches(".*\\.ya?ml$")).toList()) {
                for (Map<String, Object> document : Kustomization.Yamls.loadAll(file)) {
                    if ("Secret".equals(document.get("kind"))
                            && (document.containsKey("data") || document.containsKey("stringData"))) {
                        problems.add(ROOT.relativize(file) + " holds a Secret with data");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void whenPodsAreReadThenEachRunsLockedDownAndIsSelectedByANetworkPolicyOfItsOwn() {
        List<String> problems = new ArrayList<>();
        for (String overlay : OVERLAYS) {
            List<NetworkPolicy> policies = all(overlay, NetworkPolicy.class);
            expect(problems, overlay + ": a default-deny policy", policies.stream().anyMatch(policy ->
                    selectsEverything(policy.getSpec().getPodSelector())
                            && policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                            && policy.getSpec().getIngress().isEmpty() && policy.getSpec().getEgress().isEmpty()), true);
            for (Map.Entry<String, PodTemplateSpec> pod : podTemplates(overlay).entrySet()) {
                String where = overlay + " " + pod.getKey() + ": ";
                lockedDown(problems, where, pod.getValue());
                Map<String, String> labels = pod.getValue().getMetadata().getLabels();
                expect(problems, where + "selected by a network policy of its own", policies.stream()
                        .map(policy -> policy.getSpec().getPodSelector())
                        .anyMatch(selector -> !selectsEverything(selector) && selects(selector, labels)), true);
            }
            for (NetworkPolicy policy : policies) {
                namedPortsExist(problems, overlay, policy);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void whenTheWaysInAreReadThenOnlyTheGatewaysHttpPortAndKeycloaksPublicPathsAreReachableFromOutside() {
        Set<Integer> managementPorts = SETTINGS.values().stream().map(ApplicationSettings::managementPort)
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (String overlay : OVERLAYS) {
            servicesStayInside(problems, overlay, managementPorts);
            ingressesServeThePublicNames(problems, overlay);
            managementPortsStayInTheNamespace(problems, overlay, managementPorts);
            addressesNameServicePorts(problems, overlay);
        }
        assertThat(problems).isEmpty();
    }

    /** Every Service is a ClusterIP, and only gateway-management serves a management port. */
    private static void servicesStayInside(List<String> problems, String overlay, Set<Integer> managementPorts) {
        for (Service service : all(overlay, Service.class)) {
            String name = service.getMetadata().getName();
            expect(problems, overlay + " Service " + name + " type", service.getSpec().getType(), "ClusterIP");
            boolean exposesManagement = service.getSpec().getPorts().stream().anyMatch(port ->
                    "management".equals(port.getTargetPort().getStrVal()) || managementPorts.contains(port.getPort()));
            expect(problems, overlay + " Service " + name + " exposes a management port",
                    exposesManagement, name.equals("gateway-management"));
        }
    }

    /**
     * The Ingresses lead to the gateway's http port and Keycloak's HTTPS port only, each host over TLS
     * with the certificate made for it, and they are the hosts the applications are told about.
     */
    private static void ingressesServeThePublicNames(List<String> problems, String overlay) {
        Map<String, String> certificates = new LinkedHashMap<>();
        for (GenericKubernetesResource certificate : generic(overlay, "Certificate")) {
            List<String> names = Objects.requireNonNullElse(certificate.get("spec", "dnsNames"), List.of());
            names.forEach(host -> certificates.put(host, certificate.get("spec", "secretName")));
        }
        Map<String, Set<String>> backendsByHost = new LinkedHashMap<>();
        for (Ingress ingress : all(overlay, Ingress.class)) {
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path ->
                    backendsByHost.computeIfAbsent(rule.getHost(), host -> new HashSet<>()).add(backend(path.getBackend()))));
            ingress.getSpec().getTls().forEach(tls -> tls.getHosts().forEach(host ->
                    expect(problems, overlay + " TLS for " + host, certificates.get(host), tls.getSecretName())));
            ingress.getSpec().getRules().forEach(rule -> expect(problems, overlay + " " + rule.getHost() + " on TLS",
                    ingress.getSpec().getTls().stream().anyMatch(tls -> tls.getHosts().contains(rule.getHost())), true));
        }
        String gateway = "gateway:http";
        String keycloak = "keycloak-service:" + KEYCLOAK_HTTPS_PORT;
        expect(problems, overlay + " Ingress backends", backendsByHost.values().stream().flatMap(Set::stream)
                .collect(Collectors.toSet()), Set.of(gateway, keycloak));
        expect(problems, overlay + " the console's address is the gateway's Ingress",
                backendsByHost.get(host(configValue(overlay, "console-url"))), Set.of(gateway));
        expect(problems, overlay + " Keycloak's public address is its Ingress",
                backendsByHost.get(host(configValue(overlay, "keycloak-public-url"))), Set.of(keycloak));
    }

    /** No policy lets another namespace than Prometheus's reach a management port. */
    private static void managementPortsStayInTheNamespace(List<String> problems, String overlay, Set<Integer> managementPorts) {
        for (NetworkPolicy policy : all(overlay, NetworkPolicy.class)) {
            policy.getSpec().getIngress().forEach(rule -> {
                boolean fromOutside = rule.getFrom().stream().anyMatch(peer -> peer.getNamespaceSelector() != null
                        && !"monitoring".equals(peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name")));
                boolean toManagement = rule.getPorts().stream().map(NetworkPolicyPort::getPort).filter(Objects::nonNull)
                        .anyMatch(port -> "management".equals(port.getStrVal()) || managementPorts.contains(port.getIntVal()));
                expect(problems, overlay + " policy " + policy.getMetadata().getName()
                        + " lets another namespace reach a management port", fromOutside && toManagement, false);
            });
        }
    }

    /** An address in the ConfigMap that names one of the rendered Services names one of its ports. */
    private static void addressesNameServicePorts(List<String> problems, String overlay) {
        for (Map.Entry<String, String> setting : configMap(overlay, "village-config").getData().entrySet()) {
            Matcher url = IN_NAMESPACE_URL.matcher(setting.getValue());
            if (url.matches()) {
                findOptional(overlay, Service.class, url.group(1)).ifPresent(service ->
                        expect(problems, overlay + " " + setting.getKey() + " names a port of " + url.group(1),
                                service.getSpec().getPorts().stream()
                                        .anyMatch(port -> port.getPort() == Integer.parseInt(url.group(2))), true));
            }
        }
    }

    @Test
    void whenTheOverlaysAreComparedThenProdRunsEveryApplicationTwiceOrMoreWithBudgetsAutoscalersAndSpreadAndDevOnce() {
        List<String> problems = new ArrayList<>();
        for (String app : APPS) {
            expect(problems, "dev " + app + " replicas", deployment("dev", app).getSpec().getReplicas(), 1);
            Deployment prod = deployment("prod", app);
            // the autoscaler owns the count (from 2, below): a count in the Deployment would be set back on every apply
            expect(problems, "prod " + app + " replicas left to its autoscaler", prod.getSpec().getReplicas(), null);
            Map<String, String> labels = prod.getSpec().getTemplate().getMetadata().getLabels();
            expect(problems, "prod " + app + " PodDisruptionBudget", all("prod", PodDisruptionBudget.class).stream()
                    .anyMatch(budget -> selects(budget.getSpec().getSelector(), labels)
                            && budget.getSpec().getMaxUnavailable() != null), true);
            expect(problems, "prod " + app + " HorizontalPodAutoscaler on CPU from 2", all("prod", HorizontalPodAutoscaler.class)
                    .stream().anyMatch(autoscaler -> autoscaler.getSpec().getScaleTargetRef().getName().equals(app)
                            && autoscaler.getSpec().getScaleTargetRef().getKind().equals("Deployment")
                            && autoscaler.getSpec().getMinReplicas() >= 2
                            && autoscaler.getSpec().getMetrics().stream().anyMatch(metric -> metric.getResource() != null
                            && metric.getResource().getName().equals("cpu"))), true);
            expect(problems, "prod " + app + " spread over zones and nodes", prod.getSpec().getTemplate().getSpec()
                    .getTopologySpreadConstraints().stream().filter(spread -> selects(spread.getLabelSelector(), labels))
                    .map(spread -> spread.getTopologyKey()).collect(Collectors.toSet()),
                    Set.of("topology.kubernetes.io/zone", "kubernetes.io/hostname"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void whenTheOperatorsResourcesAreReadThenTheApplicationsArePointedAtWhatTheyCreate() throws IOException {
        List<String> problems = new ArrayList<>();
        String keycloakVersion = pomProperty("keycloak.version");
        for (String overlay : OVERLAYS) {
            GenericKubernetesResource mongodb = generic(overlay, "MongoDBCommunity").getFirst();
            expect(problems, overlay + " MongoDB", List.<Object>of(mongodb.getApiVersion(), mongodb.get("spec", "type"),
                    mongodb.get("spec", "security", "tls", "enabled"), mongodb.get("spec", "security", "authentication", "modes")),
                    List.of("mongodbcommunity.mongodb.com/v1", "ReplicaSet", true, List.of("SCRAM")));
            expect(problems, overlay + " MongoDB members", mongodb.get("spec", "members"), overlay.equals("prod") ? 3 : 1);
            expect(problems, overlay + " MongoDB's certificate", certificateSecrets(overlay).contains(
                    (String) mongodb.get("spec", "security", "tls", "certificateKeySecretRef", "name")), true);
            List<Map<String, Object>> users = mongodb.get("spec", "users");
            GenericKubernetesResource rabbitmq = generic(overlay, "RabbitmqCluster").getFirst();
            expect(problems, overlay + " RabbitMQ nodes", rabbitmq.get("spec", "replicas"), overlay.equals("prod") ? 3 : 1);
            for (String app : APPS) {
                Map<String, EnvVar> env = env(container(deployment(overlay, app)));
                Map<String, Object> user = users.stream().filter(candidate -> app.equals(candidate.get("name"))).findFirst()
                        .orElse(Map.of());
                expect(problems, overlay + " " + app + " reads its MongoDB user's connection string",
                        secretKey(env.get("SPRING_MONGODB_URI")), mongodb.getMetadata().getName() + "-" + user.get("db") + "-"
                                + user.get("name") + "/connectionString.standard");
                expect(problems, overlay + " " + app + "'s MongoDB user has a password and roles",
                        user.get("passwordSecretRef") != null && !((List<?>) user.getOrDefault("roles", List.of())).isEmpty(), true);
                expect(problems, overlay + " " + app + " trusts MongoDB's CA", volumeSecrets(deployment(overlay, app))
                        .contains(mongodb.get("spec", "security", "tls", "caCertificateSecretRef", "name") + "/ca.crt"), true);
                expect(problems, overlay + " " + app + " MongoDB over TLS",
                        configValue(overlay, configKey(env.get("SPRING_MONGODB_SSL_ENABLED"))), "true");
                String rabbitUser = app + "-rabbitmq";
                expect(problems, overlay + " " + app + " RabbitMQ user", generic(overlay, "User").stream()
                        .anyMatch(candidate -> candidate.getMetadata().getName().equals(rabbitUser)
                                && rabbitmq.getMetadata().getName().equals(candidate.get("spec", "rabbitmqClusterReference", "name"))), true);
                expect(problems, overlay + " " + app + " RabbitMQ credentials", List.of(secretKey(env.get("SPRING_RABBITMQ_USERNAME")),
                        secretKey(env.get("SPRING_RABBITMQ_PASSWORD"))), List.of(rabbitUser + "-user-credentials/username",
                        rabbitUser + "-user-credentials/password"));
                expect(problems, overlay + " " + app + " RabbitMQ host",
                        configValue(overlay, configKey(env.get("SPRING_RABBITMQ_HOST"))), rabbitmq.getMetadata().getName());
            }
            GenericKubernetesResource keycloak = generic(overlay, "Keycloak").getFirst();
            GenericKubernetesResource database = generic(overlay, "Cluster").getFirst();
            expect(problems, overlay + " Keycloak", List.<Object>of(keycloak.getApiVersion(), keycloak.get("spec", "image"),
                    keycloak.get("spec", "db", "host"), keycloak.get("spec", "db", "database"),
                    keycloak.get("spec", "db", "usernameSecret", "name"), keycloak.get("spec", "hostname", "hostname"),
                    certificateSecrets(overlay).contains((String) keycloak.get("spec", "http", "tlsSecret"))),
                    List.of("k8s.keycloak.org/v2alpha1", "keycloak/keycloak:" + keycloakVersion,
                            database.getMetadata().getName() + "-rw", database.get("spec", "bootstrap", "initdb", "database"),
                            database.getMetadata().getName() + "-app", configValue(overlay, "keycloak-public-url"), true));
            expect(problems, overlay + " Keycloak instances", keycloak.get("spec", "instances"), overlay.equals("prod") ? 2 : 1);
            expect(problems, overlay + " Keycloak's PostgreSQL", database.getApiVersion(), "postgresql.cnpg.io/v1");
            Map<String, EnvVar> gateway = env(container(deployment(overlay, "gateway")));
            expect(problems, overlay + " the gateway's Keycloak admin", List.of(secretKey(gateway.get("GATEWAY_KEYCLOAKADMINUSER")),
                    secretKey(gateway.get("KEYCLOAK_ADMIN_PASSWORD"))), List.of(keycloak.getMetadata().getName()
                    + "-initial-admin/username", keycloak.getMetadata().getName() + "-initial-admin/password"));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Each application's RabbitMQ user may declare, write and read exactly what it declares, publishes
     * and consumes: its own exchange and queues, and the exchanges it binds from (its sources' event
     * subscriptions and the platform's own: tenant events, place changes), and nothing of another's.
     */
    @Test
    void whenRabbitMqPermissionsAreReadThenEachApplicationReachesOnlyWhatItDeclares() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> exchanges = APPS.stream().map(DeploymentManifestsTests::ownExchange).collect(Collectors.toSet());
        Map<String, Set<String>> queues = APPS.stream().collect(Collectors.toMap(Function.identity(), DeploymentManifestsTests::queues));
        Set<String> platformExchanges = exchangeLiterals(ROOT.resolve("platform/src/main/java"));
        for (String overlay : OVERLAYS) {
            for (String app : APPS) {
                boolean service = !app.equals("gateway");
                Set<String> bound = new HashSet<>(exchangeLiterals(ROOT.resolve(app + "/src/main/java")));
                if (service) {
                    bound.addAll(platformExchanges);
                }
                bound.add(ownExchange(app));
                Map<String, String> permissions = generic(overlay, "Permission").stream()
                        .filter(permission -> (app + "-rabbitmq").equals(permission.get("spec", "userReference", "name")))
                        .findFirst().map(permission -> (Map<String, String>) permission.get("spec", "permissions"))
                        .orElse(Map.of());
                Set<String> own = service ? queues.get(app) : Set.of();
                Set<String> others = queues.entrySet().stream().filter(entry -> !entry.getKey().equals(app))
                        .flatMap(entry -> entry.getValue().stream()).collect(Collectors.toSet());
                String where = overlay + " " + app + " may ";
                allows(problems, where + "configure", permissions.get("configure"), union(bound, own), union(others,
                        difference(exchanges, bound)));
                allows(problems, where + "write", permissions.get("write"), union(Set.of(ownExchange(app)), own),
                        union(others, difference(exchanges, Set.of(ownExchange(app)))));
                allows(problems, where + "read", permissions.get("read"), service ? union(bound, own) : Set.of(),
                        union(others, difference(exchanges, service ? bound : Set.of())));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void whenComposeFileIsReadThenEveryApplicationRunsOnItsPortAndOnlyTheEdgePublishesPorts() throws IOException {
        Map<String, Object> compose = Kustomization.Yamls.loadAll(ROOT.resolve("infra/compose.yml")).getFirst();
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (String app : APPS) {
            Map<String, Object> service = services.get(app);
            assertThat(service).as(app).isNotNull();
            Map<String, Object> env = (Map<String, Object>) service.get("environment");
            assertThat(env.get("PORT")).as(app).isEqualTo(String.valueOf(SETTINGS.get(app).httpPort()));
            assertThat(service.containsKey("ports")).as(app + " publishes ports").isEqualTo(app.equals("gateway"));
            if (!app.equals("gateway")) {
                assertThat(env.get("PLATFORM_TENANCY_REGISTRYURI")).as(app + " reads the registry on the gateway's management port")
                        .isEqualTo("http://gateway:" + SETTINGS.get("gateway").managementPort() + "/internal/tenants");
            }
        }
    }

    private static void probe(List<String> problems, String where, Container container, Probe probe, String group,
                              ApplicationSettings settings) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(where + " probe missing");
            return;
        }
        expect(problems, where + " probe", List.of(probe.getHttpGet().getPath(), port(container, probe.getHttpGet().getPort())),
                List.of("/actuator/health/" + group, settings.managementPort()));
    }

    private static void lockedDown(List<String> problems, String where, PodTemplateSpec template) {
        PodSecurityContext pod = Objects.requireNonNullElseGet(template.getSpec().getSecurityContext(), PodSecurityContext::new);
        expect(problems, where + "pod securityContext", Arrays.asList(pod.getRunAsNonRoot(), pod.getRunAsUser(), pod.getRunAsGroup(),
                pod.getFsGroup(), pod.getSeccompProfile() == null ? null : pod.getSeccompProfile().getType()),
                Arrays.asList(true, 10001L, 10001L, 10001L, "RuntimeDefault"));
        expect(problems, where + "no service account token", template.getSpec().getAutomountServiceAccountToken(), false);
        Set<String> emptyDirs = template.getSpec().getVolumes().stream().filter(volume -> volume.getEmptyDir() != null)
                .map(Volume::getName).collect(Collectors.toSet());
        for (Container container : template.getSpec().getContainers()) {
            SecurityContext security = Objects.requireNonNullElseGet(container.getSecurityContext(), SecurityContext::new);
            expect(problems, where + container.getName() + " securityContext", Arrays.asList(security.getAllowPrivilegeEscalation(),
                    security.getReadOnlyRootFilesystem(), security.getCapabilities() == null ? null
                            : security.getCapabilities().getDrop()), Arrays.asList(false, true, List.of("ALL")));
            expect(problems, where + container.getName() + " a writable /tmp", container.getVolumeMounts().stream()
                    .anyMatch(mount -> mount.getMountPath().equals("/tmp") && emptyDirs.contains(mount.getName())), true);
            var resources = container.getResources();
            expect(problems, where + container.getName() + " requests and limits", resources == null ? null : List.of(
                    resources.getRequests().keySet(), resources.getLimits().keySet()), List.of(Set.of("cpu", "memory"),
                    Set.of("cpu", "memory")));
        }
        if (APPS.contains(template.getMetadata().getLabels().get("app.kubernetes.io/name"))) {
            var lifecycle = template.getSpec().getContainers().getFirst().getLifecycle();
            Integer pause = lifecycle == null || lifecycle.getPreStop() == null || lifecycle.getPreStop().getSleep() == null
                    ? null : lifecycle.getPreStop().getSleep().getSeconds().intValue();
            Long grace = template.getSpec().getTerminationGracePeriodSeconds();
            // the pause while endpoints drop the pod, then Spring's graceful shutdown (30 s a phase)
            expect(problems, where + "drains before stopping", pause != null && grace != null && grace >= pause + 30, true);
        }
    }

    /** A named port in a policy must be a port name of the pods it is about: ingress the selected ones, egress the peers. */
    private static void namedPortsExist(List<String> problems, String overlay, NetworkPolicy policy) {
        Map<String, PodTemplateSpec> pods = podTemplates(overlay);
        Function<LabelSelector, Set<String>> portNames = selector -> pods.values().stream()
                .filter(pod -> selector != null && selects(selector, pod.getMetadata().getLabels()))
                .flatMap(pod -> pod.getSpec().getContainers().stream()).flatMap(container -> container.getPorts().stream())
                .map(ContainerPort::getName).collect(Collectors.toSet());
        String where = overlay + " policy " + policy.getMetadata().getName() + " port ";
        Set<String> selected = portNames.apply(policy.getSpec().getPodSelector());
        policy.getSpec().getIngress().forEach(rule -> namedPorts(rule.getPorts()).forEach(name ->
                expect(problems, where + name, selected.contains(name), true)));
        policy.getSpec().getEgress().forEach(rule -> namedPorts(rule.getPorts()).forEach(name -> rule.getTo().stream()
                .filter(peer -> peer.getNamespaceSelector() == null && peer.getIpBlock() == null)
                .map(NetworkPolicyPeer::getPodSelector)
                .forEach(peer -> expect(problems, where + name, portNames.apply(peer).contains(name), true))));
    }

    private static Stream<String> namedPorts(List<NetworkPolicyPort> ports) {
        return ports.stream().map(NetworkPolicyPort::getPort).filter(port -> port != null && port.getStrVal() != null)
                .map(IntOrString::getStrVal);
    }

    private static void allows(List<String> problems, String where, String regex, Set<String> allowed, Set<String> refused) {
        if (regex == null) {
            problems.add(where + ": no permission given");
            return;
        }
        Pattern pattern = Pattern.compile(regex);
        allowed.stream().filter(name -> !pattern.matcher(name).find()).forEach(name -> problems.add(where + " " + name + ": refused"));
        refused.stream().filter(name -> pattern.matcher(name).find()).forEach(name -> problems.add(where + " " + name + ": allowed"));
    }

    /** PlatformDefaults: a service publishes to {@code <service-name>.events}; the gateway to its own (TenantAnnouncer). */
    private static String ownExchange(String app) {
        return app.replace("-service", "") + ".events";
    }

    /** PlatformDefaults, PlatformMessagingAutoConfiguration, WebhookSupport, PlatformPlacesAutoConfiguration. */
    private static Set<String> queues(String app) {
        if (app.equals("gateway")) {
            return Set.of();
        }
        Set<String> queues = new HashSet<>();
        for (String queue : List.of(app + ".events", app + ".webhooks")) {
            queues.addAll(List.of(queue, queue + ".dlq", queue + ".dlx"));
        }
        queues.add(app + ".events.places." + UUID.randomUUID());
        return queues;
    }

    /** The {@code <name>.events} exchanges named in a module's sources: what it declares, publishes to or binds from. */
    private static Set<String> exchangeLiterals(Path sources) throws IOException {
        Set<String> exchanges = new HashSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher literal = Pattern.compile("\"([a-z]+\\.events)\"").matcher(Files.readString(file));
                while (literal.find()) {
                    exchanges.add(literal.group(1));
                }
            }
        }
        return exchanges;
    }

    private static List<KeyReference> keyReferences(String overlay) {
        List<KeyReference> references = new ArrayList<>();
        for (PodTemplateSpec pod : podTemplates(overlay).values()) {
            for (Container container : pod.getSpec().getContainers()) {
                for (EnvVar variable : container.getEnv()) {
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        var ref = variable.getValueFrom().getSecretKeyRef();
                        references.add(new KeyReference("Secret", ref.getName(), ref.getKey()));
                    }
                    if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = variable.getValueFrom().getConfigMapKeyRef();
                        references.add(new KeyReference("ConfigMap", ref.getName(), ref.getKey()));
                    }
                }
            }
            for (Volume volume : pod.getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    volume.getSecret().getItems().forEach(item ->
                            references.add(new KeyReference("Secret", volume.getSecret().getSecretName(), item.getKey())));
                }
            }
        }
        for (Map<String, Object> user : (List<Map<String, Object>>) generic(overlay, "MongoDBCommunity").getFirst()
                .get("spec", "users")) {
            Map<String, String> password = (Map<String, String>) user.get("passwordSecretRef");
            references.add(new KeyReference("Secret", password.get("name"), password.getOrDefault("key", "password")));
        }
        GenericKubernetesResource keycloak = generic(overlay, "Keycloak").getFirst();
        for (String secret : List.of("usernameSecret", "passwordSecret")) {
            references.add(new KeyReference("Secret", keycloak.get("spec", "db", secret, "name"),
                    keycloak.get("spec", "db", secret, "key")));
        }
        return references;
    }

    private record KeyReference(String kind, String name, String key) {
        @Override
        public String toString() {
            return kind + " " + name + " key " + key;
        }
    }

    private static Map<String, PodTemplateSpec> podTemplates(String overlay) {
        Map<String, PodTemplateSpec> pods = new LinkedHashMap<>();
        all(overlay, Deployment.class).forEach(deployment -> pods.put(deployment.getMetadata().getName(),
                deployment.getSpec().getTemplate()));
        all(overlay, StatefulSet.class).forEach(statefulSet -> pods.put(statefulSet.getMetadata().getName(),
                statefulSet.getSpec().getTemplate()));
        return pods;
    }

    private static Set<String> volumeSecrets(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getVolumes().stream().filter(volume -> volume.getSecret() != null)
                .flatMap(volume -> volume.getSecret().getItems().stream()
                        .map(item -> volume.getSecret().getSecretName() + "/" + item.getKey()))
                .collect(Collectors.toSet());
    }

    private static Set<String> certificateSecrets(String overlay) {
        return generic(overlay, "Certificate").stream().map(certificate -> (String) certificate.get("spec", "secretName"))
                .collect(Collectors.toSet());
    }

    private static boolean selectsEverything(LabelSelector selector) {
        return selector == null || (selector.getMatchLabels().isEmpty() && selector.getMatchExpressions().isEmpty());
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        boolean labelsMatch = selector.getMatchLabels().entrySet().stream()
                .allMatch(label -> label.getValue().equals(labels.get(label.getKey())));
        return labelsMatch && selector.getMatchExpressions().stream().allMatch(expression -> switch (expression.getOperator()) {
            case "In" -> expression.getValues().contains(labels.get(expression.getKey()));
            case "NotIn" -> !expression.getValues().contains(labels.get(expression.getKey()));
            case "Exists" -> labels.containsKey(expression.getKey());
            case "DoesNotExist" -> !labels.containsKey(expression.getKey());
            default -> throw new IllegalArgumentException("operator " + expression.getOperator());
        });
    }

    private static Object port(Container container, IntOrString port) {
        if (port.getStrVal() == null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(candidate -> port.getStrVal().equals(candidate.getName()))
                .map(ContainerPort::getContainerPort).findFirst().orElse(null);
    }

    private static String backend(IngressBackend backend) {
        var port = backend.getService().getPort();
        return backend.getService().getName() + ":" + (port.getName() != null ? port.getName() : port.getNumber());
    }


    private static String host(String url) {
        return URI.create(url).getHost();
    }

    private static String secretKey(EnvVar variable) {
        if (variable == null || variable.getValueFrom() == null || variable.getValueFrom().getSecretKeyRef() == null) {
            return null;
        }
        return variable.getValueFrom().getSecretKeyRef().getName() + "/" + variable.getValueFrom().getSecretKeyRef().getKey();
    }

    private static String configKey(EnvVar variable) {
        if (variable == null || variable.getValueFrom() == null || variable.getValueFrom().getConfigMapKeyRef() == null) {
            return null;
        }
        return variable.getValueFrom().getConfigMapKeyRef().getKey();
    }

    private static String configValue(String overlay, String key) {
        return configMap(overlay, "village-config").getData().get(key);
    }

    private static ConfigMap configMap(String overlay, String name) {
        return find(overlay, ConfigMap.class, name);
    }

    private static Deployment deployment(String overlay, String app) {
        return find(overlay, Deployment.class, app);
    }

    private static Container container(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    private static Map<String, EnvVar> env(Container container) {
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, Function.identity()));
    }

    private static <T extends HasMetadata> T find(String overlay, Class<T> type, String name) {
        return findOptional(overlay, type, name)
                .orElseThrow(() -> new AssertionError(overlay + " has no " + type.getSimpleName() + " " + name));
    }

    private static <T extends HasMetadata> Optional<T> findOptional(String overlay, Class<T> type, String name) {
        return all(overlay, type).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst();
    }

    private static <T extends HasMetadata> List<T> all(String overlay, Class<T> type) {
        return RENDERED.get(overlay).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<GenericKubernetesResource> generic(String overlay, String kind) {
        List<GenericKubernetesResource> found = all(overlay, GenericKubernetesResource.class).stream()
                .filter(resource -> resource.getKind().equals(kind)).toList();
        if (found.isEmpty()) {
            throw new AssertionError(overlay + " has no " + kind);
        }
        return found;
    }

    private static Map<String, Map<String, Object>> byIdentity(List<Map<String, Object>> documents) {
        Map<String, Map<String, Object>> byIdentity = new LinkedHashMap<>();
        for (Map<String, Object> document : documents) {
            Map<String, Object> metadata = (Map<String, Object>) document.get("metadata");
            byIdentity.put(document.get("kind") + " " + metadata.get("namespace") + "/" + metadata.get("name"), document);
        }
        return byIdentity;
    }

    private static String pomProperty(String name) throws IOException {
        Matcher property = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(property.find()).as("the root pom's " + name).isTrue();
        return property.group(1);
    }

    private static Path overlay(String name) {
        return ROOT.resolve("infra/k8s/overlays/" + name);
    }

    private static <T> Set<T> union(Set<T> one, Set<T> other) {
        Set<T> union = new HashSet<>(one);
        union.addAll(other);
        return union;
    }

    private static <T> Set<T> difference(Set<T> one, Set<T> other) {
        Set<T> difference = new HashSet<>(one);
        difference.removeAll(other);
        return difference;
    }

    private static void expect(List<String> problems, String what, Object actual, Object expected) {
        if (!Objects.equals(actual, expected)) {
            problems.add(what + ": " + actual + ", expected " + expected);
        }
    }
}
