package org.villagegov.e2e;

import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rendered manifests as fabric8's typed Kubernetes models, so a resource Kubernetes would refuse (a
 * misspelt field, a string where a number belongs) fails here. Resources of the operators' own kinds
 * become {@link GenericKubernetesResource}s, whose fields the tests check themselves.
 */
final class KubernetesModels {

    /** fabric8 7+ reads its models with Jackson 3, as the applications do. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KubernetesModels() {
    }

    static List<HasMetadata> load(List<Map<String, Object>> documents) {
        List<HasMetadata> resources = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            HasMetadata resource = (HasMetadata) JSON.convertValue(document, KubernetesResource.class);
            if (!(resource instanceof GenericKubernetesResource)) {
                List<String> unknown = new ArrayList<>();
                unknownFields(resource, "", unknown);
                if (!unknown.isEmpty()) {
                    throw new IllegalArgumentException(resource.getKind() + " " + resource.getMetadata().getName()
                            + " has fields its kind does not have: " + unknown);
                }
            }
            resources.add(resource);
        }
        return resources;
    }

    /**
     * `kubectl kustomize` of the directory, when kubectl is on the PATH: the rendering the
     * platform's operators will apply.
     */
    static Optional<List<Map<String, Object>>> kubectlKustomize(Path directory) throws IOException, InterruptedException {
        Optional<Path> kubectl = onPath("kubectl");
        if (kubectl.isEmpty()) {
            return Optional.empty();
        }
        Process process = new ProcessBuilder(kubectl.get().toString(), "kustomize", directory.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + directory + " failed:\n" + output);
        }
        return Optional.of(Kustomization.Yamls.loadAll(new StringReader(output)));
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, command);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * fabric8's models keep a field they do not know in their additional properties instead of
     * refusing it: every one found, anywhere in the resource, is a field Kubernetes would not accept.
     */
    private static void unknownFields(Object model, String path, List<String> unknown) {
        if (model == null) {
            return;
        }
        if (model instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + index++ + "]", unknown);
            }
            return;
        }
        if (model instanceof Map<?, ?> map) {
            map.forEach((key, value) -> unknownFields(value, path + "." + key, unknown));
            return;
        }
        if (!model.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : model.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = invoke(getter, model);
            if ("getAdditionalProperties".equals(getter.getName())) {
                ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
            } else {
                unknownFields(value, path + "." + property(getter), unknown);
            }
        }
    }

    private static Object invoke(Method getter, Object model) {
        try {
            return getter.invoke(model);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " could not be read", e);
        }
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
