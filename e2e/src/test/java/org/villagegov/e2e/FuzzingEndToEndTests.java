package org.villagegov.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.villagegov.e2e.Stack.GATEWAY;

/**
 * A fuzzing pass over every POST, PUT and PATCH route of the services' OpenAPI documents:
 * for each route a plausible body is built from its schema, then broken one way at a time
 * (malformed JSON, wrong types, missing and extra fields, huge strings and arrays, unicode
 * edge cases, negative and huge numbers, unknown enum values, a {@code tenant} naming another
 * county). Every answer must be a 4xx problem+json or a 2xx for an input that is in fact valid;
 * never a 5xx. Nothing refused may land: the county's audit log grows by exactly the number
 * of writes that were answered 2xx.
 */
@ExtendWith(Stack.class)
class FuzzingEndToEndTests {

    private static final List<String> SERVICES = AuditLog.SERVICES;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "x".repeat(200_000);
    private static final List<String> UNICODE = List.of("\u0000", "\u202Eevil", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "\uFEFF", "e\u0301\u0301\u0301", "'; db.dropDatabase(); //", "{\"$gt\": \"\"}");

    record Input(String label, String body) {
    }

    @Test
    void whenEveryWriteRouteGetsBrokenInputThenOnlyClientErrorsAnswerAndNothingRefusedIsStored() {
        String admin = Http.userToken("linxian", "admin");
        // several identities share the load, so the gateway's per-client rate limit is not what answers
        List<String> callers = List.of(admin, Http.userToken("linxian", "cadre"), Http.userToken("linxian", "township"),
                Http.userToken("linxian", "grid"), Http.userToken("linxian", "clerk"), Http.userToken("linxian", "mediator"),
                Http.userToken("linxian", "council"));
        Map<String, Long> auditBefore = AuditLog.counts(admin);
        Map<String, Long> accepted = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int inputs = 0;
        int routes = 0;
        for (String service : SERVICES) {
            JsonNode docs = Http.get(GATEWAY + "/docs/" + service, null).json();
            for (var path : docs.get("paths").properties()) {
                for (var operation : path.getValue().properties()) {
                    String method = operation.getKey();
                    if (!List.of("post", "put", "patch").contains(method)) {
                        continue;
                    }
                    routes++;
                    String url = GATEWAY + path.getKey().replaceAll("\\{[^}]+}", "fuzz-unknown-id");
                    for (Input input : inputs(docs, operation.getValue())) {
                        String caller = callers.get(inputs % callers.size());
                        inputs++;
                        Http.Answer answer = Limited.retry(() -> Http.send(method.toUpperCase(), url, caller, input.body()));
                        String call = method.toUpperCase() + " " + path.getKey() + " [" + input.label() + "] -> " + answer.status();
                        if (answer.status() >= 500) {
                            failures.add(call + " " + abbreviate(answer.body()));
                        } else if (answer.status() >= 400 && !problemJson(answer)) {
                            failures.add(call + " without problem+json");
                        } else if (answer.status() < 300) {
                            accepted.merge(service, 1L, Long::sum);
                        }
                    }
                }
            }
        }
        Map<String, Long> stored = new TreeMap<>();
        AuditLog.counts(admin).forEach((service, count) -> {
            long grew = count - auditBefore.get(service);
            if (grew > 0) {
                stored.put(service, grew);
            }
        });
        DrillReport.section("30-fuzzing", """
                ## Fuzzing every write route

                write routes: %d
                inputs tried: %d
                5xx or non-problem answers: %d
                %s
                inputs accepted as valid (2xx): %s; writes in the audit log: %s
                """.formatted(routes, inputs, failures.size(), String.join("\n", failures.stream().limit(30).toList()),
                accepted, stored));
        assertThat(failures).isEmpty();
        assertThat(stored).as("writes that landed vs. inputs answered 2xx").isEqualTo(accepted);
    }

    /** The broken inputs for one operation, from its request body schema. */
    private static List<Input> inputs(JsonNode docs, JsonNode operation) {
        List<Input> inputs = new ArrayList<>(List.of(new Input("malformed", "{\"a\":"), new Input("not an object", "[1,2]"),
                new Input("a bare string", "\"text\""), new Input("null", "null"), new Input("empty object", "{}"),
                new Input("tenant of another county", "{\"tenant\":\"jiyuan\"}")));
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return inputs;
        }
        JsonNode resolved = resolve(docs, schema);
        JsonNode valid = example(docs, resolved, 0);
        if (!(valid instanceof ObjectNode base)) {
            return inputs;
        }
        inputs.add(new Input("extra field", with(base, "unexpectedField", NODES.numberNode(1)).toString()));
        inputs.add(new Input("tenant naming another county", with(base, "tenant", NODES.stringNode("jiyuan")).toString()));
        for (var property : resolved.path("properties").properties()) {
            String field = property.getKey();
            JsonNode fieldSchema = resolve(docs, property.getValue());
            ObjectNode missing = base.deepCopy();
            missing.remove(field);
            inputs.add(new Input(field + " missing", missing.toString()));
            inputs.add(new Input(field + " null", with(base, field, NODES.nullNode()).toString()));
            String type = type(fieldSchema);
            switch (type) {
                case "string" -> {
                    inputs.add(new Input(field + " wrong type", with(base, field, NODES.numberNode(12345)).toString()));
                    inputs.add(new Input(field + " huge", with(base, field, NODES.stringNode(HUGE)).toString()));
                    for (String odd : UNICODE) {
                        inputs.add(new Input(field + " unicode", with(base, field, NODES.stringNode(odd)).toString()));
                    }
                    inputs.add(new Input(field + " lone surrogate", base.toString().replace("\"" + field + "\":" + base.get(field),
                            "\"" + field + "\":\"\\ud800\"")));
                    if (fieldSchema.has("enum")) {
                        inputs.add(new Input(field + " unknown enum", with(base, field, NODES.stringNode("NOT_A_VALUE")).toString()));
                    }
                }
                case "integer", "number" -> {
                    inputs.add(new Input(field + " wrong type", with(base, field, NODES.stringNode("abc")).toString()));
                    inputs.add(new Input(field + " negative", with(base, field, NODES.numberNode(-1)).toString()));
                    inputs.add(new Input(field + " min long", with(base, field, NODES.numberNode(Long.MIN_VALUE)).toString()));
                    inputs.add(new Input(field + " huge", base.toString().replace("\"" + field + "\":" + base.get(field),
                            "\"" + field + "\":1e400")));
                    inputs.add(new Input(field + " beyond long", base.toString().replace("\"" + field + "\":" + base.get(field),
                            "\"" + field + "\":99999999999999999999999")));
                }
                case "array" -> {
                    inputs.add(new Input(field + " wrong type", with(base, field, NODES.stringNode("x")).toString()));
                    ArrayNode huge = NODES.arrayNode();
                    JsonNode element = example(docs, resolve(docs, fieldSchema.path("items")), 1);
                    for (int i = 0; i < 20_000; i++) {
                        huge.add(element);
                    }
                    inputs.add(new Input(field + " huge array", with(base, field, huge).toString()));
                }
                case "boolean" -> inputs.add(new Input(field + " wrong type", with(base, field, NODES.stringNode("yes")).toString()));
                case "object" -> inputs.add(new Input(field + " wrong type", with(base, field, NODES.stringNode("x")).toString()));
                default -> {
                }
            }
        }
        return inputs;
    }

    /** A plausible value for a schema: the shape a client would send, with harmless content. */
    private static JsonNode example(JsonNode docs, JsonNode schema, int depth) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 3) {
                    for (var property : schema.path("properties").properties()) {
                        object.set(property.getKey(), example(docs, resolve(docs, property.getValue()), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> NODES.arrayNode().add(example(docs, resolve(docs, schema.path("items")), depth + 1));
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "string" -> switch (schema.path("format").asString("")) {
                case "date" -> NODES.stringNode(DemoData.today().toString());
                case "date-time" -> NODES.stringNode(DemoData.today() + "T08:00:00Z");
                default -> NODES.stringNode("fuzz");
            };
            default -> NODES.nullNode();
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : "";
    }

    private static JsonNode resolve(JsonNode docs, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 5 && current.has("$ref"); i++) {
            String name = current.get("$ref").asString().substring("#/components/schemas/".length());
            current = docs.path("components").path("schemas").path(name);
        }
        if (current.has("allOf") && current.get("allOf").size() == 1) {
            return resolve(docs, current.get("allOf").get(0));
        }
        return current;
    }

    private static ObjectNode with(ObjectNode base, String field, JsonNode value) {
        ObjectNode copy = base.deepCopy();
        copy.set(field, value);
        return copy;
    }

    private static boolean problemJson(Http.Answer answer) {
        return answer.raw().headers().firstValue("Content-Type").map(t -> t.contains("application/problem+json")).orElse(false);
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
