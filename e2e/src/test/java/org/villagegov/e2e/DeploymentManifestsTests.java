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
}
