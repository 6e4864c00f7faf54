package org.levier.dossier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/** Due diligence decides the eligibility of budget lines, while the dossier is instructed only. */
class BudgetEligibilityTest {

    static final Instant LATER = DossierTest.NOW.plusSeconds(3600);

    Dossier dossier;

    @BeforeEach
    void submittedDossierWithLineIds() throws Exception {
        dossier = DossierTest.draft(DossierTest.balancedDraft());
        Field id = BudgetLine.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(dossier.getBudgetLines().get(0), 11L); // equipment 70,000.00
        id.set(dossier.getBudgetLines().get(1), 12L); // personnel 30,000.00
        dossier.submit("TI-DK-2026-0001", DossierTest.NOW, "applicant1@levier.example");
    }

    @Test
    void anIneligibleLineLeavesTheEligibleCostAndCanBeRevisedDuringInstruction() {
        dossier.moveTo(DossierStatus.ELIGIBILITY_REVIEW, Role.ANALYST, "analyst@levier.example", null, LATER);

        BudgetLine line = dossier.decideEligibility(12, false, LATER);

        assertThat(line.eligible()).contains(false);
        assertThat(dossier.eligibleCost()).isEqualTo(Money.eur("70000.00"));
        assertThat(dossier.totalCost()).isEqualTo(Money.eur("100000.00"));
        assertThat(dossier.getUpdatedAt()).isEqualTo(LATER);

        dossier.moveTo(DossierStatus.DUE_DILIGENCE, Role.ANALYST, "analyst@levier.example", null, LATER);
        dossier.decideEligibility(12, true, LATER);
        dossier.decideEligibility(11, true, LATER);
        assertThat(dossier.eligibleCost()).isEqualTo(Money.eur("100000.00"));
        assertThat(dossier.getBudgetLines()).allSatisfy(l -> assertThat(l.eligible()).contains(true));
    }

    @Test
    void outsideInstructionTheEligibilityIsNotDecided() {
        assertThatThrownBy(() -> dossier.decideEligibility(11, false, LATER))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("dossier.budget.eligibility-closed"));
        assertThat(dossier.getBudgetLines().get(0).eligible()).isEmpty();
    }

    @Test
    void anotherDossiersLineIsNotFound() {
        dossier.moveTo(DossierStatus.ELIGIBILITY_REVIEW, Role.ANALYST, "analyst@levier.example", null, LATER);

        assertThatThrownBy(() -> dossier.decideEligibility(99, false, LATER)).isInstanceOf(NotFound.class);
    }
}
