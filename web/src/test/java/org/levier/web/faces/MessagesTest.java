package org.levier.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void aSimpleFieldIsShownOnTheInputOfThatId() {
        assertThat(Messages.componentIds("title")).containsExactly("title");
    }

    @Test
    void aRowOfAListIsShownOnTheInputOfThatRowInTheTableNamedLikeTheList() {
        assertThat(Messages.componentIds("budgetLines[2].amount")).containsExactly("budgetLines:2:amount");
        assertThat(Messages.componentIds("milestones[0].dueDate")).containsExactly("milestones:0:dueDate");
        assertThat(Messages.componentIds("budgetLines[3]")).containsExactly("budgetLines:3");
    }

    @Test
    void aNestedFieldIsShownOnTheFlattenedIdOrElseOnItsLastSegment() {
        assertThat(Messages.componentIds("requested.GRANT")).containsExactly("requested_GRANT", "GRANT");
        assertThat(Messages.componentIds("organisation.siret")).containsExactly("organisation_siret", "siret");
    }

    @Test
    void noFieldNoComponent() {
        assertThat(Messages.componentIds(null)).isEmpty();
        assertThat(Messages.componentIds(" ")).isEmpty();
    }

    @Test
    void labelsAreLookedUpWithoutIndicesAndTheRowIsCountedFromOne() {
        assertThat(Messages.labelKey("cofinancing[4].funder")).isEqualTo("field.cofinancing.funder");
        assertThat(Messages.labelKey("financingPlan")).isEqualTo("field.financingPlan");
        assertThat(Messages.rowNumber("cofinancing[4].funder")).isEqualTo(5);
        assertThat(Messages.rowNumber("title")).isNull();
    }

    @Test
    void shortDomainTextsBecomeBundleKeys() {
        assertThat(Messages.describeKey("must be positive")).isEqualTo("violation.must-be-positive");
        assertThat(Messages.describeKey("an amount is required (0 for none)"))
                .isEqualTo("violation.an-amount-is-required-0-for-none");
    }

    @Test
    void theFieldRightBelowTheFormWinsOverARowFieldOfTheSameName() {
        java.util.List<String> ids = java.util.List.of("dossier:milestones:0:title", "dossier:title",
                "register:siret", "dossier:budgetLines:1:amount");
        assertThat(Messages.match(ids, "title")).isEqualTo("dossier:title");
        assertThat(Messages.match(ids, "milestones[0].title")).isEqualTo("dossier:milestones:0:title");
        assertThat(Messages.match(ids, "organisation.siret")).isEqualTo("register:siret");
        assertThat(Messages.match(ids, "budgetLines[1].amount")).isEqualTo("dossier:budgetLines:1:amount");
        assertThat(Messages.match(ids, "financingPlan")).isNull();
    }
}
