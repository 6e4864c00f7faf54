package org.levier.web.rest;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.web.core.ApiValues;

/**
 * Checks a request body bound by JSON-B (a record of the resource) with Bean Validation and reports every
 * violation at once as the resource's 422 problem ({@code dossier.invalid}, {@code agreement.invalid}…), each under
 * the member's JSON name ({@code budgetLines[2].amount}, {@code requested.GRANT}) — the same answer as before the
 * API was typed. See the package documentation for how to write a body.
 */
final class Bodies {

    /** Longer than any text the domain accepts: a longer one is refused here (the domain names its own limits). */
    static final int TEXT_MAX = 20_000;
    /** The key of a simple body's violations, when no rule of the domain names them better. */
    static final String REQUEST_INVALID = "request.invalid";
    /** A decimal that is not money (a share price, a percentage, a target): digits, a point, digits. */
    static final String DECIMAL = "^[+-]?[0-9]{1,40}(\\.[0-9]{1,40})?$";
    static final String DECIMAL_MESSAGE = "a decimal number such as \"1250.00\"";
    /** More items than any list of the API holds. */
    static final int LIST_MAX = 500;
    /** Records within records deeper than this are not searched for oversized members (no body nests so deep). */
    private static final int MAX_NESTING = 4;

    /** A body with rules across its members, reported with the members' own violations. */
    interface Checked {
        /** Adds a violation per broken rule; only called with each member valid on its own or absent. */
        void check(List<Violation> violations);
    }

    /** Built on first use: a body refused before any constraint runs needs no validator. */
    private static final class Checks {
        static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private Bodies() {
    }

    /**
     * The body, once valid.
     *
     * @throws RuleViolation {@code request.body-required} for an empty body, {@code key} naming every violation
     */
    static <T> T valid(T body, String key, String what, Class<?>... groups) {
        if (body == null) {
            throw new RuleViolation("request.body-required", "A JSON object is required",
                    List.of(new Violation("request", "a JSON object is required")));
        }
        List<Violation> violations = oversized(body);
        if (violations.isEmpty()) {
            violations.addAll(Checks.VALIDATOR.validate(body, withDefault(groups)).stream()
                    .map(v -> new Violation(field(v), v.getMessage())).toList());
        }
        if (body instanceof Checked checked) {
            checked.check(violations);
        }
        violations.sort(Comparator.comparing(Violation::field));
        if (!violations.isEmpty()) {
            Violation first = violations.get(0);
            throw new RuleViolation(key, what + ": " + violations.size()
                    + (violations.size() == 1 ? " error" : " errors") + " (" + first.field() + ": "
                    + first.message() + ")", violations);
        }
        return body;
    }

    /**
     * The members of a record body, or of the records it holds (a recommendation in a batch, the items of a list),
     * holding more than {@value #LIST_MAX} entries, found before any constraint runs: validating each of 20,000
     * entries (a map of 20,000 unknown keys) costs a second of the server's time for an answer that only needs to say
     * the member is too long. Named as the validator names them ({@code recommendation.amounts},
     * {@code items[2].conditions}).
     */
    private static List<Violation> oversized(Object body) {
        List<Violation> violations = new ArrayList<>();
        oversized(body, "", violations, 0);
        return violations;
    }

    private static void oversized(Object value, String path, List<Violation> violations, int depth) {
        if (value == null || depth > MAX_NESTING || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object member;
            try {
                member = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                continue; // a member this class cannot read is left to the validator
            }
            String name = path + component.getName();
            int size = member instanceof Collection<?> collection ? collection.size()
                    : member instanceof Map<?, ?> map ? map.size() : 0;
            if (size > LIST_MAX) {
                violations.add(new Violation(name, "at most " + LIST_MAX + " entries"));
            } else if (member instanceof Collection<?> collection) {
                int i = 0;
                for (Object element : collection) {
                    oversized(element, name + "[" + i++ + "].", violations, depth + 1);
                }
            } else {
                oversized(member, name + ".", violations, depth + 1);
            }
        }
    }

    private static Class<?>[] withDefault(Class<?>[] groups) {
        Class<?>[] all = java.util.Arrays.copyOf(groups, groups.length + 1);
        all[groups.length] = jakarta.validation.groups.Default.class;
        return all;
    }

    /** An optional body: an empty one is {@code empty}'s, then checked as {@link #valid}. */
    static <T> T validOrEmpty(T body, Supplier<T> empty, String key, String what) {
        return valid(body == null ? empty.get() : body, key, what);
    }

    /** The amount of a member checked by {@link Amount}; null stays null. */
    static Money money(String text) {
        return text == null ? null : ApiValues.money(text);
    }

    /** The number of a member checked against {@link #DECIMAL}; null stays null. */
    static java.math.BigDecimal decimal(String text) {
        return text == null ? null : new java.math.BigDecimal(text.strip());
    }

    /** The date of a member checked by {@link IsoDate}; null (or blank) is null. */
    static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : ApiValues.date(text);
    }

    /** The constant of {@code type} named {@code text} (checked by {@link OneOf}), or null. */
    static <E extends Enum<E>> E named(String text, Class<E> type) {
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.strip())) {
                return constant;
            }
        }
        return null;
    }

    /** {@code {"GRANT": "40000.00", …}} checked by {@link Amount}/{@link OneOf}: the amounts per instrument. */
    static Map<Instrument, Money> amounts(Map<String, String> amounts) {
        Map<Instrument, Money> result = new EnumMap<>(Instrument.class);
        if (amounts != null) {
            amounts.forEach((name, amount) -> result.put(Bodies.named(name, Instrument.class), Bodies.money(amount)));
        }
        return result;
    }

    /** The JSON name of the member a violation is about: {@code tranches[1].amount}, {@code commitment.GRANT}. */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    name.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    name.append('.').append(node.getKey());
                }
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append('.');
            }
            name.append(node.getName());
        }
        return name.isEmpty() ? "request" : name.toString();
    }

    /**
     * For the API's constraints: valid when {@code refusal} is null, else a violation whose message is the refusal
     * (taken literally, never as a message template).
     */
    static boolean report(ConstraintValidatorContext context, String refusal) {
        if (refusal == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(refusal.replace("\\", "\\\\").replace("{", "\\{")
                .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
        return false;
    }
}
