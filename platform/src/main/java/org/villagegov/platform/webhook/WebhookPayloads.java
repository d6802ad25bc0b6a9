package org.villagegov.platform.webhook;

import java.time.Instant;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a webhook, in the Standard Webhooks shape:
 * {@code {"type", "timestamp", "data": {...payload, "eventId", "county"}}}, with personal data masked as
 * for the integrator role. No event carries an ID number or a phone today; should one be added, any
 * field named like one ({@code idNumber}, {@code *IdNumber}, {@code idCard}, {@code phone},
 * {@code mobile}, {@code contact}, {@code tel}) is masked the way the services mask them for integrators:
 * an ID number keeps its first 6 and last 4 characters, a phone of 11 digits or more its first 3 and
 * last 4, a shorter one its last 2.
 */
final class WebhookPayloads {

    private WebhookPayloads() {
    }

    static String body(JsonMapper json, String eventId, String type, String county, Instant occurredAt, JsonNode payload) {
        ObjectNode data = payload != null && payload.isObject() ? ((ObjectNode) payload).deepCopy() : json.createObjectNode();
        mask(data);
        data.put("eventId", eventId);
        data.put("county", county);
        ObjectNode body = json.createObjectNode();
        body.put("type", type);
        body.put("timestamp", (occurredAt == null ? Instant.EPOCH : occurredAt).toString());
        body.set("data", data);
        return json.writeValueAsString(body);
    }

    static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : java.util.List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (value.isString()) {
                    switch (kind(name)) {
                        case ID_NUMBER -> object.put(name, maskIdNumber(value.asString()));
                        case PHONE -> object.put(name, maskPhone(value.asString()));
                        case OTHER -> { }
                    }
                } else {
                    mask(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(WebhookPayloads::mask);
        }
    }

    private enum Kind { ID_NUMBER, PHONE, OTHER }

    private static Kind kind(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        if (name.contains("idnumber") || name.contains("idcard") || name.equals("idno")) {
            return Kind.ID_NUMBER;
        }
        if (name.contains("phone") || name.contains("mobile") || name.contains("contact") || name.equals("tel")
                || name.equals("telephone")) {
            return Kind.PHONE;
        }
        return Kind.OTHER;
    }

    /** {@code 420281199003071234} -> {@code 420281********1234}. */
    static String maskIdNumber(String idNumber) {
        if (idNumber.length() < 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** {@code 13812345678} -> {@code 138****5678}; 7 to 10 digits keep their last 2; fewer keep nothing. */
    static String maskPhone(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        if (digits.length() >= 7) {
            return "****" + digits.substring(digits.length() - 2);
        }
        return "****";
    }
}
