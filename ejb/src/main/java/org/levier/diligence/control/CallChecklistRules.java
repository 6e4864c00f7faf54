package org.levier.diligence.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.diligence.entity.ChecklistItem.Template;
import org.levier.programme.boundary.CallForm.ChecklistItemForm;
import org.levier.programme.boundary.CallRequirementsCheck;
import org.levier.programme.entity.ChecklistTemplateItem;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * Due diligence's part of a call's set-up: a call's checklist template names items by a stable code, a
 * due-diligence category (not the screening's ELIGIBILITY) and a label; codes are unique. The template replaces
 * {@link DefaultChecklist#DUE_DILIGENCE} for the call's dossiers.
 */
@Stateless
@PermitAll
public class CallChecklistRules {

    static final int LABEL_MAX = 300;

    public void check(@Observes CallRequirementsCheck check) {
        check.violations().addAll(violations(check.checklist()));
    }

    /** The checklist rules, on their own. */
    public static List<Violation> violations(List<ChecklistItemForm> items) {
        List<Violation> v = new ArrayList<>();
        if (items.size() > 100) {
            v.add(new Violation("checklist", "at most 100 items"));
            return v;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItemForm item = items.get(i);
            String at = "checklist[" + i + "]";
            if (item == null) {
                v.add(new Violation(at, "required"));
                continue;
            }
            if (item.code() == null || !item.code().strip().matches("[A-Z][A-Z0-9_]{1,39}")) {
                v.add(new Violation(at + ".code", "2 to 40 upper-case letters, digits or '_'"));
            } else if (!codes.add(item.code().strip())) {
                v.add(new Violation(at + ".code", item.code().strip() + " appears twice"));
            }
            if (category(item.category()) == null) {
                v.add(new Violation(at + ".category", "one of " + dueDiligenceCategories()));
            }
            if (item.label() == null || item.label().isBlank()) {
                v.add(new Violation(at + ".label", "required"));
            } else if (item.label().strip().length() > LABEL_MAX) {
                v.add(new Violation(at + ".label", "at most " + LABEL_MAX + " characters"));
            }
        }
        return v;
    }

    /** The due-diligence items of a call: its template, or the fund's default when it has none. */
    public static List<Template> dueDiligenceOf(List<ChecklistTemplateItem> template) {
        if (template.isEmpty()) {
            return DefaultChecklist.DUE_DILIGENCE;
        }
        return template.stream().map(item -> new Template(item.getCode(), category(item.getCategory()),
                item.getLabel())).toList();
    }

    public static List<ChecklistCategory> dueDiligenceCategories() {
        return Arrays.stream(ChecklistCategory.values()).filter(c -> !DefaultChecklist.isScreening(c)).toList();
    }

    private static ChecklistCategory category(String name) {
        return dueDiligenceCategories().stream().filter(c -> name != null && c.name().equals(name.strip()))
                .findFirst().orElse(null);
    }
}
