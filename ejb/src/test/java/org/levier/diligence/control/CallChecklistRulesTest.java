package org.levier.diligence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.programme.boundary.CallForm.ChecklistItemForm;
import org.levier.programme.entity.ChecklistTemplateItem;
import org.levier.shared.control.RuleViolation.Violation;

class CallChecklistRulesTest {

    @Test
    void aCallWithoutTemplateUsesTheDefaultChecklistAndOneWithATemplateUsesIt() {
        assertThat(CallChecklistRules.dueDiligenceOf(List.of())).isEqualTo(DefaultChecklist.DUE_DILIGENCE);
        assertThat(CallChecklistRules.dueDiligenceOf(List.of(new ChecklistTemplateItem("KYC_OWNERS", "KYC",
                "Owners")))).singleElement().satisfies(t -> {
                    assertThat(t.code()).isEqualTo("KYC_OWNERS");
                    assertThat(t.category()).isEqualTo(ChecklistCategory.KYC);
                });
    }

    @Test
    void itemsNeedACodeOnceADueDiligenceCategoryAndALabel() {
        List<Violation> v = CallChecklistRules.violations(List.of(
                new ChecklistItemForm("FIN_PLAN", "FINANCIAL", "Plan"),
                new ChecklistItemForm("FIN_PLAN", "ELIGIBILITY", ""),
                new ChecklistItemForm("bad code", "NOPE", "x")));
        assertThat(v).extracting(Violation::field).containsExactly("checklist[1].code", "checklist[1].category",
                "checklist[1].label", "checklist[2].code", "checklist[2].category");
        assertThat(CallChecklistRules.dueDiligenceCategories()).doesNotContain(ChecklistCategory.ELIGIBILITY)
                .hasSize(ChecklistCategory.values().length - 1);
    }
}
