package org.levier.web.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * Reads the members of a small JSON command body (agreement, disbursement, repayment, equity), each conversion
 * naming its field ({@code tranches[1].amount}) and every mistake collected, so that {@link #refuseIfAny} reports
 * them all at once (422 under the caller's key) before anything reaches the domain. Money is a JSON string or
 * number with at most two decimals within {@code DECIMAL(15,2)}, never rounded; dates are {@code yyyy-MM-dd};
 * enums their exact names. The same conventions as {@link DossierRequest}.
 */
final class JsonFields {

    static final int TEXT_MAX = 20_000;
    static final int LIST_MAX = 500;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,40}(\\.\\d{1,40})?");

    private final List<Violation> violations = new ArrayList<>();

    /** The body, required to be an object. */
    static JsonObject body(String body) {
        return JsonBodies.object(body, false);
    }

    void add(String field, String message) {
        violations.add(new Violation(field, message));
    }

    /** Refuses with 422 {@code key} naming every violation collected. */
    void refuseIfAny(String key, String what) {
        if (!violations.isEmpty()) {
            throw new RuleViolation(key, what + ": " + violations.size()
                    + (violations.size() == 1 ? " error" : " errors") + " (" + violations.get(0).field() + ": "
                    + violations.get(0).message() + ")", List.copyOf(violations));
        }
    }

    String text(JsonObject o, String key, String field, boolean required) {
        JsonValue value = o == null ? null : o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            add(field, "a string");
            return null;
        }
        String text = string.getString();
        if (text.length() > TEXT_MAX) {
            add(field, "at most " + TEXT_MAX + " characters");
            return null;
        }
        if (text.indexOf('\u0000') >= 0) {
            add(field, "must not contain NUL characters");
            return null;
        }
        if (required && text.isBlank()) {
            add(field, "required");
            return null;
        }
        return text;
    }

    LocalDate date(JsonObject o, String key, String field, boolean required) {
        String text = text(o, key, field, required);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ApiValues.date(text);
        } catch (ApiValues.Refused e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** An amount (a JSON string, or number, read by {@link ApiValues#money}: bounded before any arithmetic). */
    Money money(JsonObject o, String key, String field, boolean required) {
        JsonValue value = o == null ? null : o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        try {
            return ApiValues.money(ApiValues.moneyText(value));
        } catch (ApiValues.Refused e) {
            add(field, e.getMessage());
            return null;
        }
    }

    BigDecimal decimal(JsonObject o, String key, String field, boolean required) {
        JsonValue value = o == null ? null : o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        String text = switch (value) {
            case JsonString s -> s.getString().strip();
            case JsonNumber n -> n.toString();
            default -> null;
        };
        if (text == null || !DECIMAL.matcher(text).matches()) {
            add(field, "a decimal number such as \"1250.00\"");
            return null;
        }
        return new BigDecimal(text);
    }

    Long longValue(JsonObject o, String key, String field, boolean required) {
        JsonValue value = o == null ? null : o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                add(field, "required");
            }
            return null;
        }
        String text = switch (value) {
            case JsonString s -> s.getString().strip();
            case JsonNumber n -> n.toString();
            default -> "";
        };
        if (!text.matches("\\d{1,18}")) {
            add(field, "a whole number");
            return null;
        }
        return Long.parseLong(text);
    }

    Integer intValue(JsonObject o, String key, String field, boolean required) {
        Long value = longValue(o, key, field, required);
        if (value != null && value > Integer.MAX_VALUE) {
            add(field, "at most " + Integer.MAX_VALUE);
            return null;
        }
        return value == null ? null : value.intValue();
    }

    <E extends Enum<E>> E enumValue(JsonObject o, String key, String field, Class<E> type, boolean required) {
        String text = text(o, key, field, required);
        if (text == null) {
            return null;
        }
        E value = DossierRequest.parseEnum(text.strip(), type);
        if (value == null) {
            add(field, "one of " + Arrays.toString(type.getEnumConstants()));
        }
        return value;
    }

    /** {@code {"GRANT": "…", …}}: amounts per instrument, not negative; null when the member is absent. */
    Map<Instrument, Money> amounts(JsonObject o, String key) {
        JsonValue value = o == null ? null : o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            add(key, "an object of amounts per instrument");
            return null;
        }
        Map<Instrument, Money> amounts = new EnumMap<>(Instrument.class);
        JsonObject members = value.asJsonObject();
        for (String name : members.keySet()) {
            String field = key + "." + name;
            Instrument instrument = DossierRequest.parseEnum(name, Instrument.class);
            if (instrument == null) {
                add(field, "unknown instrument; one of " + Arrays.toString(Instrument.values()));
                continue;
            }
            Money amount = money(members, name, field, true);
            if (amount != null && amount.isNegative()) {
                add(field, "must not be negative");
            } else if (amount != null) {
                amounts.put(instrument, amount);
            }
        }
        return amounts;
    }

    /** An array of objects, each read by {@code item(object, "name[i]")}; absent: empty. */
    <T> List<T> objects(JsonObject o, String name, BiFunction<JsonObject, String, T> item) {
        List<T> items = new ArrayList<>();
        JsonArray array = array(o, name);
        if (array == null) {
            return items;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = name + "[" + i + "]";
            JsonValue element = array.get(i);
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                add(at, "an object");
                continue;
            }
            items.add(item.apply(element.asJsonObject(), at));
        }
        return items;
    }

    /** An array of strings; absent: empty. */
    List<String> strings(JsonObject o, String name) {
        List<String> items = new ArrayList<>();
        JsonArray array = array(o, name);
        if (array == null) {
            return items;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString s && s.getString().length() <= TEXT_MAX) {
                items.add(s.getString());
            } else {
                add(name + "[" + i + "]", "a string");
            }
        }
        return items;
    }

    /** An array of ids (whole numbers); absent: empty. */
    Set<Long> ids(JsonObject o, String name) {
        Set<Long> ids = new LinkedHashSet<>();
        JsonArray array = array(o, name);
        if (array == null) {
            return ids;
        }
        for (int i = 0; i < array.size(); i++) {
            String text = switch (array.get(i)) {
                case JsonNumber n -> n.toString();
                case JsonString s -> s.getString().strip();
                default -> "";
            };
            if (text.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(text));
            } else {
                add(name + "[" + i + "]", "a document id");
            }
        }
        return ids;
    }

    private JsonArray array(JsonObject o, String name) {
        JsonValue value = o == null ? null : o.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            add(name, "an array");
            return null;
        }
        if (value.asJsonArray().size() > LIST_MAX) {
            add(name, "at most " + LIST_MAX + " items");
            return null;
        }
        return value.asJsonArray();
    }
}
