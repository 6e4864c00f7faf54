package org.levier.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One item of a call's due-diligence checklist template: a stable code, its category (a due-diligence category
 * name, checked by the diligence component when the call is saved) and the label shown when no translation exists.
 */
@Embeddable
public class ChecklistTemplateItem {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 30)
    private String category;

    @Column(nullable = false, length = 300)
    private String label;

    protected ChecklistTemplateItem() {
    }

    public ChecklistTemplateItem(String code, String category, String label) {
        this.code = Objects.requireNonNull(code, "code");
        this.category = Objects.requireNonNull(category, "category");
        this.label = Objects.requireNonNull(label, "label");
    }

    public String getCode() {
        return code;
    }

    public String getCategory() {
        return category;
    }

    public String getLabel() {
        return label;
    }
}
