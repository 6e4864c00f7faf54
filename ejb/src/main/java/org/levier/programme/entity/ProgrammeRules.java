package org.levier.programme.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.levier.programme.entity.Programme.ActionPlan;
import org.levier.programme.entity.Programme.AxisPlan;
import org.levier.programme.entity.Programme.Terms;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * The rules of a programme's own figures and structure, checked all at once before anything changes: a name,
 * positive allotment and target (the target at least the allotment), an end not before the start, at least one
 * axis each with at least one action, axis and action numbers unique (actions across the programme), envelopes not
 * negative and together within the allotment.
 */
final class ProgrammeRules {

    private static final int NAME_MAX = Programme.NAME_MAX;
    private static final int TITLE_MAX = Programme.TITLE_MAX;
    private static final int NUMBER_MAX = Programme.NUMBER_MAX;

    private ProgrammeRules() {
    }

    /** Every violation of the terms and the structure, in form order. */
    static List<Violation> check(Terms terms, List<AxisPlan> axes) {
        List<Violation> v = new ArrayList<>();
        if (terms.name() == null || terms.name().isBlank()) {
            v.add(new Violation("name", "required"));
        } else if (terms.name().length() > NAME_MAX) {
            v.add(new Violation("name", "at most " + NAME_MAX + " characters"));
        }
        if (terms.allotment() == null || !terms.allotment().isPositive()) {
            v.add(new Violation("allotment", "a positive amount"));
        }
        if (terms.targetTotalProjects() == null || !terms.targetTotalProjects().isPositive()) {
            v.add(new Violation("targetTotalProjects", "a positive amount"));
        } else if (terms.allotment() != null && terms.allotment().isGreaterThan(terms.targetTotalProjects())) {
            v.add(new Violation("targetTotalProjects", "at least the allotment (a leverage of 1 or more)"));
        }
        if (terms.startDate() == null) {
            v.add(new Violation("startDate", "required"));
        }
        if (terms.endDate() == null) {
            v.add(new Violation("endDate", "required"));
        } else if (terms.startDate() != null && terms.endDate().isBefore(terms.startDate())) {
            v.add(new Violation("endDate", "not before the start date " + terms.startDate()));
        }
        if (axes == null || axes.isEmpty()) {
            v.add(new Violation("axes", "at least one axis"));
            return v;
        }
        Set<Integer> axisNumbers = new HashSet<>();
        Set<Integer> actionNumbers = new HashSet<>();
        Money envelopes = Money.ZERO;
        for (int i = 0; i < axes.size(); i++) {
            AxisPlan axis = axes.get(i);
            String at = "axes[" + i + "]";
            if (axis.number() < 1 || axis.number() > NUMBER_MAX) {
                v.add(new Violation(at + ".number", "between 1 and " + NUMBER_MAX));
            } else if (!axisNumbers.add(axis.number())) {
                v.add(new Violation(at + ".number", "axis " + axis.number() + " appears twice"));
            }
            title(axis.title(), at + ".title", v);
            if (axis.actions() == null || axis.actions().isEmpty()) {
                v.add(new Violation(at + ".actions", "at least one action"));
                continue;
            }
            for (int j = 0; j < axis.actions().size(); j++) {
                ActionPlan action = axis.actions().get(j);
                String field = at + ".actions[" + j + "]";
                if (action.number() < 1 || action.number() > NUMBER_MAX) {
                    v.add(new Violation(field + ".number", "between 1 and " + NUMBER_MAX));
                } else if (!actionNumbers.add(action.number())) {
                    v.add(new Violation(field + ".number", "action " + action.number() + " appears twice"
                            + " (actions are numbered across the programme)"));
                }
                title(action.title(), field + ".title", v);
                if (action.envelope() != null) {
                    if (action.envelope().isNegative()) {
                        v.add(new Violation(field + ".envelope", "not negative"));
                    } else {
                        envelopes = envelopes.plus(action.envelope());
                    }
                }
            }
        }
        if (terms.allotment() != null && envelopes.isGreaterThan(terms.allotment())) {
            v.add(new Violation("envelopes", "the envelopes total " + envelopes.toPlainString()
                    + ", above the allotment of " + terms.allotment().toPlainString()));
        }
        return v;
    }

    private static void title(String title, String field, List<Violation> v) {
        if (title == null || title.isBlank()) {
            v.add(new Violation(field, "required"));
        } else if (title.length() > TITLE_MAX) {
            v.add(new Violation(field, "at most " + TITLE_MAX + " characters"));
        }
    }
}
