package org.levier.web.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.levier.dossier.entity.BudgetCategory;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.dossier.entity.DossierDraft;
import org.levier.dossier.entity.SourceType;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * Reads a dossier body of the API into the domain's {@link DossierDraft}, converting every value itself so that
 * each mistake names its field ({@code budgetLines[2].amount}), and reporting all of them at once (422
 * {@code dossier.invalid}) before anything reaches the domain. Money is accepted as a JSON string or number, but
 * exactly: at most two decimals and within {@code DECIMAL(15,2)}, never rounded; enums by their exact names; dates
 * as ISO-8601 {@code yyyy-MM-dd}. Unknown members are ignored (a read dossier sent back as is stays valid);
 * {@code status}, {@code reference} and the like are never taken from a body.
 */
final class DossierRequest {

    /** Longer than any field the domain accepts: a longer text is refused here, without copying it further. */
    private static final int TEXT_MAX = 20_000;
    private static final int LIST_MAX = 500;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,40}(\\.\\d{1,40})?");

    private final JsonObject body;
    private final List<Violation> violations = new ArrayList<>();

    private DossierRequest(JsonObject body) {
        this.body = body;
    }

    /** What a create request carries. */
    record Create(long callId, int actionNumber, DossierDraft draft) {
    }

    static Create create(JsonObject body) {
        DossierRequest request = new DossierRequest(requireObject(body));
        Long callId = request.longValue(body, "callId", "callId", true);
        Long actionNumber = request.longValue(body, "actionNumber", "actionNumber", true);
        if (actionNumber != null && (actionNumber < 1 || actionNumber > Integer.MAX_VALUE)) {
            request.violations.add(new Violation("actionNumber", "a positive action number"));
        }
        DossierDraft draft = request.draft();
        request.refuseIfAny();
        return new Create(callId, actionNumber.intValue(), draft);
    }

    static DossierDraft draft(JsonObject body) {
        DossierRequest request = new DossierRequest(requireObject(body));
        DossierDraft draft = request.draft();
        request.refuseIfAny();
        return draft;
    }

    /** The {@code version} member when present (a non-negative integer), else null. */
    static Long version(JsonObject body) {
        if (body == null || !body.containsKey("version") || body.isNull("version")) {
            return null;
        }
        DossierRequest request = new DossierRequest(body);
        Long version = request.longValue(body, "version", "version", false);
        if (version != null && version < 0) {
            request.violations.add(new Violation("version", "not negative"));
        }
        request.refuseIfAny();
        return version;
    }

    private static JsonObject requireObject(JsonObject body) {
        if (body == null) {
            throw new RuleViolation("request.body-required", "A JSON object is required",
                    List.of(new Violation("request", "a JSON object is required")));
        }
        return body;
    }

    private DossierDraft draft() {
        String title = text(body, "title", "title", true);
        String summary = text(body, "summary", "summary", false);
        LocalDate start = date(body, "startDate", "startDate", false);
        LocalDate end = date(body, "endDate", "endDate", false);
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(new Violation("endDate", "the project ends after it starts (" + start + ")"));
        }
        Map<Instrument, Money> requested = amounts("requested");
        List<DossierDraft.BudgetItem> budget = list("budgetLines", (line, at) -> new DossierDraft.BudgetItem(
                enumValue(line, "category", at + ".category", BudgetCategory.class),
                text(line, "label", at + ".label", true),
                positive(money(line, "amount", at + ".amount", true), at + ".amount")));
        List<DossierDraft.CofinancingItem> cofinancing = list("cofinancing", (line, at) ->
                new DossierDraft.CofinancingItem(
                        enumValue(line, "sourceType", at + ".sourceType", SourceType.class),
                        text(line, "funder", at + ".funder", true),
                        positive(money(line, "amount", at + ".amount", true), at + ".amount"),
                        enumValue(line, "status", at + ".status", CofinancingStatus.class)));
        List<DossierDraft.TargetItem> targets = list("impactTargets", (line, at) -> new DossierDraft.TargetItem(
                text(line, "indicator", at + ".indicator", true),
                decimal(line, "target", at + ".target")));
        List<DossierDraft.MilestoneItem> milestones = list("milestones", (line, at) ->
                new DossierDraft.MilestoneItem(text(line, "title", at + ".title", true),
                        date(line, "dueDate", at + ".dueDate", true)));
        return new DossierDraft(title, summary, start, end, requested, budget, cofinancing, targets, milestones);
    }

    /**
     * Amounts per instrument of another body (a recommendation, a committee decision), read by the same rules as a
     * dossier's requested amounts: {@code {"GRANT":"40000.00",...}}, exact to the cent, not negative.
     *
     * @throws RuleViolation {@code key} naming every wrong amount
     */
    static Map<Instrument, Money> amounts(JsonObject body, String member, String key) {
        DossierRequest request = new DossierRequest(requireObject(body));
        Map<Instrument, Money> amounts = request.amounts(member);
        if (!request.violations.isEmpty()) {
            throw new RuleViolation(key, "The amounts are invalid: see violations", request.violations);
        }
        return amounts;
    }

    private Map<Instrument, Money> amounts(String member) {
        Map<Instrument, Money> requested = new LinkedHashMap<>();
        JsonValue value = body.get(member);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return requested;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            violations.add(new Violation(member, "an object of amounts per instrument"));
            return requested;
        }
        JsonObject amounts = value.asJsonObject();
        for (String key : amounts.keySet()) {
            Instrument instrument = parseEnum(key, Instrument.class);
            String field = member + "." + key;
            if (instrument == null) {
                violations.add(new Violation(field, "unknown instrument; one of "
                        + Arrays.toString(Instrument.values())));
                continue;
            }
            Money amount = money(amounts, key, field, true);
            if (amount != null && amount.isNegative()) {
                violations.add(new Violation(field, "must not be negative"));
            } else if (amount != null) {
                requested.put(instrument, amount);
            }
        }
        return requested;
    }

    private interface Item<T> {
        T read(JsonObject line, String at);
    }

    private <T> List<T> list(String name, Item<T> item) {
        List<T> items = new ArrayList<>();
        JsonValue value = body.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return items;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            violations.add(new Violation(name, "an array"));
            return items;
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > LIST_MAX) {
            violations.add(new Violation(name, "at most " + LIST_MAX + " items"));
            return items;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = name + "[" + i + "]";
            JsonValue element = array.get(i);
            if (element.getValueType() != JsonValue.ValueType.OBJECT) {
                violations.add(new Violation(at, "an object"));
                continue;
            }
            items.add(item.read(element.asJsonObject(), at));
        }
        return items;
    }

    // --- values ---

    private String text(JsonObject o, String key, String field, boolean required) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                violations.add(new Violation(field, "required"));
            }
            return null;
        }
        if (!(value instanceof JsonString string)) {
            violations.add(new Violation(field, "a string"));
            return null;
        }
        String text = string.getString();
        if (text.length() > TEXT_MAX) {
            violations.add(new Violation(field, "at most " + TEXT_MAX + " characters"));
            return null;
        }
        if (text.indexOf('\u0000') >= 0) {
            violations.add(new Violation(field, "must not contain NUL characters"));
            return null;
        }
        if (required && text.isBlank()) {
            violations.add(new Violation(field, "required"));
            return null;
        }
        return text;
    }

    private LocalDate date(JsonObject o, String key, String field, boolean required) {
        String text = text(o, key, field, required);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ApiValues.date(text);
        } catch (ApiValues.Refused e) {
            violations.add(new Violation(field, e.getMessage()));
            return null;
        }
    }

    /** An amount (a JSON string, or number, read by {@link ApiValues#money}: bounded before any arithmetic). */
    private Money money(JsonObject o, String key, String field, boolean required) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                violations.add(new Violation(field, "required"));
            }
            return null;
        }
        try {
            return ApiValues.money(ApiValues.moneyText(value));
        } catch (ApiValues.Refused e) {
            violations.add(new Violation(field, e.getMessage()));
            return null;
        }
    }

    private Money positive(Money amount, String field) {
        if (amount != null && !amount.isPositive()) {
            violations.add(new Violation(field, "must be positive"));
            return null;
        }
        return amount;
    }

    private BigDecimal decimal(JsonObject o, String key, String field) {
        return decimal(o, key, field, true);
    }

    private BigDecimal decimal(JsonObject o, String key, String field, boolean required) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                violations.add(new Violation(field, "required"));
            }
            return null;
        }
        String text = switch (value) {
            case JsonString s -> s.getString().strip();
            case JsonNumber n -> n.toString();
            default -> null;
        };
        if (text == null || !DECIMAL.matcher(text).matches()) {
            violations.add(new Violation(field, "a decimal number such as \"1250.00\""));
            return null;
        }
        return new BigDecimal(text);
    }

    private Long longValue(JsonObject o, String key, String field, boolean required) {
        JsonValue value = o.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                violations.add(new Violation(field, "required"));
            }
            return null;
        }
        String text = switch (value) {
            case JsonString s -> s.getString().strip();
            case JsonNumber n -> n.toString();
            default -> "";
        };
        if (!text.matches("\\d{1,18}")) {
            violations.add(new Violation(field, "a whole number"));
            return null;
        }
        return Long.parseLong(text);
    }

    private <E extends Enum<E>> E enumValue(JsonObject o, String key, String field, Class<E> type) {
        String text = text(o, key, field, true);
        if (text == null) {
            return null;
        }
        E value = parseEnum(text, type);
        if (value == null) {
            violations.add(new Violation(field, "one of " + Arrays.toString(type.getEnumConstants())));
        }
        return value;
    }

    static <E extends Enum<E>> E parseEnum(String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        return null;
    }

    private void refuseIfAny() {
        if (!violations.isEmpty()) {
            throw new RuleViolation("dossier.invalid", "The dossier has " + violations.size()
                    + (violations.size() == 1 ? " error" : " errors") + ": see violations", violations);
        }
    }

}
