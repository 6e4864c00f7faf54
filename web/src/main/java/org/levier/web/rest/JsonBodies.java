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
}
