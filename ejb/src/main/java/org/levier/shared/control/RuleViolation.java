package org.levier.shared.control;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A command broke a rule of the domain: nothing is stored (the transaction rolls back), and the caller is told
 * which rule, by a stable message key and, where fields are concerned, every violation at once.
 * REST answers 422 {@code application/problem+json}; Faces shows the message.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One broken rule, naming the field (or rule) concerned. */
    public record Violation(String field, String message) implements java.io.Serializable {
    }

    private final String key;
    private final transient List<Violation> violations;

    public RuleViolation(String key, String message) {
        this(key, message, List.of());
    }

    public RuleViolation(String key, String message, List<Violation> violations) {
        super(message);
        this.key = key;
        this.violations = List.copyOf(violations);
    }

    /** Stable identifier of the rule, e.g. {@code dossier.transition.illegal}. */
    public String key() {
        return key;
    }

    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }
}
