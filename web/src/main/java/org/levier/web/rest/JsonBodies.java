package org.levier.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * JSON request bodies read by the resources themselves, so that an empty body, a body that is not an object and
 * a malformed one each get their own answer (400 for malformed JSON through {@code ProblemMappers}).
 */
final class JsonBodies {

    private JsonBodies() {
    }

    /** The body as an object; an empty body is null when {@code optional}. */
    static JsonObject object(String body, boolean optional) {
        if (body == null || body.isBlank()) {
            if (optional) {
                return null;
            }
            throw new RuleViolation("request.body-required", "A JSON object is required",
                    List.of(new Violation("request", "a JSON object is required")));
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new JsonException("a JSON object is expected, not " + value.getValueType());
        }
        return value.asJsonObject();
    }

    /** An optional string member; not a string is a violation naming it. */
    static String string(JsonObject o, String key) {
        if (o == null || !o.containsKey(key) || o.isNull(key)) {
            return null;
        }
        if (o.get(key).getValueType() != JsonValue.ValueType.STRING) {
            throw new RuleViolation("request.invalid", key + " must be a string",
                    List.of(new Violation(key, "a string")));
        }
        return o.getString(key);
    }

    /** A required string member (blank counts as missing). */
    static String requiredString(JsonObject o, String key) {
        String value = string(o, key);
        if (value == null || value.isBlank()) {
            throw invalid(key, "required");
        }
        return value;
    }

    /** An optional whole number (a JSON number or a string of digits); null when absent. */
    static Long longValue(JsonObject o, String key) {
        if (o == null || !o.containsKey(key) || o.isNull(key)) {
            return null;
        }
        JsonValue value = o.get(key);
        String text = switch (value.getValueType()) {
            case NUMBER -> value.toString();
            case STRING -> ((jakarta.json.JsonString) value).getString().strip();
            default -> "";
        };
        if (!text.matches("-?\\d{1,18}")) {
            throw invalid(key, "a whole number");
        }
        return Long.parseLong(text);
    }

    static long requiredLong(JsonObject o, String key) {
        Long value = longValue(o, key);
        if (value == null) {
            throw invalid(key, "required");
        }
        return value;
    }

    /** An optional boolean member; null when absent. */
    static Boolean bool(JsonObject o, String key) {
        if (o == null || !o.containsKey(key) || o.isNull(key)) {
            return null;
        }
        return switch (o.get(key).getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw invalid(key, "true or false");
        };
    }

    /** An optional ISO-8601 date ({@code 2026-03-31}); null when absent. */
    static java.time.LocalDate date(JsonObject o, String key) {
        String text = string(o, key);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ApiValues.date(text);
        } catch (ApiValues.Refused e) {
            throw invalid(key, e.getMessage());
        }
    }

    /** An optional enum member by its exact name; null when absent. */
    static <E extends Enum<E>> E enumValue(JsonObject o, String key, Class<E> type) {
        String text = string(o, key);
        if (text == null || text.isBlank()) {
            return null;
        }
        E value = DossierRequest.parseEnum(text.strip(), type);
        if (value == null) {
            throw invalid(key, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
        return value;
    }

    /** An optional array of strings; empty when absent. */
    static List<String> strings(JsonObject o, String key) {
        if (o == null || !o.containsKey(key) || o.isNull(key)) {
            return List.of();
        }
        if (o.get(key).getValueType() != JsonValue.ValueType.ARRAY) {
            throw invalid(key, "an array of strings");
        }
        List<String> out = new java.util.ArrayList<>();
        var array = o.getJsonArray(key);
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.STRING) {
                throw invalid(key + "[" + i + "]", "a string");
            }
            out.add(array.getString(i));
        }
        return out;
    }

    /** An optional member that must be an object when present; null when absent. */
    static JsonObject objectMember(JsonObject o, String key) {
        if (o == null || !o.containsKey(key) || o.isNull(key)) {
            return null;
        }
        if (o.get(key).getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(key, "an object");
        }
        return o.getJsonObject(key);
    }

    static RuleViolation invalid(String field, String message) {
        return new RuleViolation("request.invalid", field + ": " + message, List.of(new Violation(field, message)));
    }
}
