package org.villagegov.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * Renders a kustomization without kubectl: the features infra/k8s uses (resources, namespace,
 * labels, replicas, images and strategic-merge patch files), applied in kustomize's order. Anything
 * else in a kustomization, or a patch this reader could merge differently from kustomize, fails
 * instead of rendering something else; DeploymentManifestsTests compares the two where kubectl exists.
 */
@SuppressWarnings("unchecked")
final class Kustomization {

    private static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace", "labels",
            "replicas", "images", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterIssuer", "ClusterRole",
            "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume", "StorageClass", "IngressClass");
    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");
    /** Kubernetes lists that kustomize merges by another key than the name: this reader does not. */
    private static final Set<String> MERGED_BY_OTHER_KEYS = Set.of("ports", "volumeMounts", "volumeDevices",
            "topologySpreadConstraints", "hostAliases");

    private Kustomization() {
    }

    /** The resources of the kustomization in {@code directory}, transformed as kustomize would. */
    static List<Map<String, Object>> render(Path directory) throws IOException {
        Map<String, Object> kustomization = Yamls.loadAll(directory.resolve("kustomization.yaml")).getFirst();
        for (String field : kustomization.keySet()) {
            if (!KNOWN_FIELDS.contains(field)) {
                throw new UnsupportedOperationException(directory + ": '" + field + "' is not a feature this reader knows");
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String entry : (List<String>) kustomization.getOrDefault("resources", List.of())) {
            Path path = directory.resolve(entry).normalize();
            resources.addAll(Files.isDirectory(path) ? render(path) : Yamls.loadAll(path));
        }
        for (Map<String, Object> patch : (List<Map<String, Object>>) kustomization.getOrDefault("patches", List.of())) {
            if (!patch.keySet().equals(Set.of("path"))) {
                throw new UnsupportedOperationException(directory + ": only patches given by their file are read: " + patch);
            }
            for (Map<String, Object> document : Yamls.loadAll(directory.resolve((String) patch.get("path")))) {
                merge(target(resources, document), document);
            }
        }
        String namespace = (String) kustomization.get("namespace");
        if (namespace != null) {
            resources.stream().filter(resource -> !CLUSTER_SCOPED.contains(resource.get("kind")))
                    .forEach(resource -> metadata(resource).put("namespace", namespace));
        }
        for (Map<String, Object> label : (List<Map<String, Object>>) kustomization.getOrDefault("labels", List.of())) {
            if (!label.keySet().equals(Set.of("pairs"))) {
                throw new UnsupportedOperationException(directory + ": labels on selectors or templates are not read: " + label);
            }
            for (Map<String, Object> resource : resources) {
                Map<String, Object> labels = (Map<String, Object>) metadata(resource)
                        .computeIfAbsent("labels", key -> new LinkedHashMap<>());
                labels.putAll((Map<String, Object>) label.get("pairs"));
            }
        }
        for (Map<String, Object> replicas : (List<Map<String, Object>>) kustomization.getOrDefault("replicas", List.of())) {
            resources.stream()
                    .filter(resource -> SCALABLE.contains(resource.get("kind")))
                    .filter(resource -> replicas.get("name").equals(metadata(resource).get("name")))
                    .forEach(resource -> ((Map<String, Object>) resource.get("spec")).put("replicas", replicas.get("count")));
        }
        for (Map<String, Object> image : (List<Map<String, Object>>) kustomization.getOrDefault("images", List.of())) {
            resources.forEach(resource -> retag(resource, image));
        }
        return resources;
    }

    private static Map<String, Object> target(List<Map<String, Object>> resources, Map<String, Object> patch) {
        Object name = metadata(patch).get("name");
        return resources.stream()
                .filter(resource -> patch.get("kind").equals(resource.get("kind")))
                .filter(resource -> name.equals(metadata(resource).get("name")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a patch for " + patch.get("kind") + " " + name
                        + ", which is not among the resources"));
    }

    /**
     * A strategic merge as kustomize does it for what the overlays patch: maps merge key by key, lists
     * of named items (containers, env, volumes) merge by name, other lists are replaced.
     */
    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            if (key.startsWith("$")) {
                throw new UnsupportedOperationException("patch directive " + key + " is not read");
            }
            Object current = target.get(key);
            if (value instanceof Map && current instanceof Map) {
                merge((Map<String, Object>) current, (Map<String, Object>) value);
            } else if (value instanceof List<?> items && current instanceof List<?> existing && !existing.isEmpty()) {
                target.put(key, mergeLists(key, (List<Object>) existing, (List<Object>) items));
            } else {
                target.put(key, value);
            }
        });
    }

    private static List<Object> mergeLists(String key, List<Object> existing, List<Object> patch) {
        if (MERGED_BY_OTHER_KEYS.contains(key)) {
            throw new UnsupportedOperationException("'" + key + "': kustomize merges it by another key than the name");
        }
        boolean named = existing.stream().allMatch(Kustomization::isNamed) && patch.stream().allMatch(Kustomization::isNamed);
        if (!named) {
            return patch;
        }
        List<Object> merged = new ArrayList<>(existing);
        for (Object item : patch) {
            Object name = ((Map<String, Object>) item).get("name");
            merged.stream().filter(old -> name.equals(((Map<String, Object>) old).get("name"))).findFirst()
                    .ifPresentOrElse(old -> merge((Map<String, Object>) old, (Map<String, Object>) item), () -> merged.add(item));
        }
        return merged;
    }

    private static boolean isNamed(Object item) {
        return item instanceof Map<?, ?> map && map.get("name") != null;
    }

    /** kustomize's images: every container image of that name, in any resource, gets the new name and tag. */
    private static void retag(Object node, Map<String, Object> image) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (("containers".equals(key) || "initContainers".equals(key)) && value instanceof List<?> containers) {
                    containers.forEach(container -> retagContainer((Map<String, Object>) container, image));
                } else {
                    retag(value, image);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> retag(item, image));
        }
    }

    private static void retagContainer(Map<String, Object> container, Map<String, Object> image) {
        String reference = (String) container.get("image");
        if (reference == null) {
            return;
        }
        int colon = reference.lastIndexOf(':');
        boolean tagged = colon > reference.lastIndexOf('/');
        String name = tagged ? reference.substring(0, colon) : reference;
        String tag = tagged ? reference.substring(colon + 1) : null;
        if (name.equals(image.get("name"))) {
            name = (String) image.getOrDefault("newName", name);
            tag = (String) image.getOrDefault("newTag", tag);
            container.put("image", tag == null ? name : name + ":" + tag);
        }
    }

    private static Map<String, Object> metadata(Map<String, Object> resource) {
        return (Map<String, Object>) resource.get("metadata");
    }

    /** Multi-document YAML files as maps (empty documents left out). */
    static final class Yamls {

        private Yamls() {
        }

        static List<Map<String, Object>> loadAll(Path file) throws IOException {
            try (Reader reader = Files.newBufferedReader(file)) {
                return loadAll(reader);
            }
        }

        static List<Map<String, Object>> loadAll(Reader reader) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
            return documents;
        }
    }
}
