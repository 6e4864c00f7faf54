package org.levier.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.levier.dossier.entity.BudgetCategory;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.dossier.entity.DossierDraft;
import org.levier.dossier.entity.SourceType;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

class DossierFormTest {

    private static DossierForm budgetOf(String... amounts) {
        DossierForm form = new DossierForm();
        for (String amount : amounts) {
            form.addBudgetLine();
            DossierForm.BudgetRow row = form.getBudgetLines().getLast();
            row.setCategory(BudgetCategory.EQUIPMENT);
            row.setLabel("line");
            row.setAmount(new BigDecimal(amount));
        }
        return form;
    }

    private static void cofinance(DossierForm form, String amount) {
        form.addCofinancing();
        DossierForm.CofinancingRow row = form.getCofinancing().getLast();
        row.setSourceType(SourceType.OWN_FUNDS);
        row.setFunder("us");
        row.setAmount(new BigDecimal(amount));
    }

    @Test
    void liveTotalsShowWhatIsMissingUntilThePlanBalancesToTheCent() {
        DossierForm form = budgetOf("80000.00", "20000.01");
        form.setGrant(new BigDecimal("50000"));
        cofinance(form, "30000");

        assertThat(form.getTotalCost()).isEqualByComparingTo("100000.01");
        assertThat(form.getRequestedTotal()).isEqualByComparingTo("50000");
        assertThat(form.getCofinancingTotal()).isEqualByComparingTo("30000");
        assertThat(form.getDifference()).isEqualByComparingTo("-20000.01");
        assertThat(form.getImbalance()).isEqualByComparingTo("20000.01");
        assertThat(form.isBalanced()).isFalse();

        cofinance(form, "20000.01");
        assertThat(form.getDifference()).isEqualByComparingTo("0");
        assertThat(form.isBalanced()).isTrue();
    }

    @Test
    void noCostIsNoBalance() {
        assertThat(new DossierForm().isBalanced()).isFalse();
    }

    @Test
    void emptyAmountsCountAsNothingInTheTotals() {
        DossierForm form = budgetOf("100");
        form.addBudgetLine();
        form.addCofinancing();
        assertThat(form.getTotalCost()).isEqualByComparingTo("100");
        assertThat(form.getCofinancingTotal()).isEqualByComparingTo("0");
    }

    @Test
    void theDraftAsksNothingOfTheFundUntilAnAmountIsTypedThenEveryInstrumentWithZeroForNone() {
        DossierForm form = budgetOf("100");
        assertThat(form.toDraft().requested()).isEmpty();

        form.setAdvance(new BigDecimal("60"));
        DossierDraft draft = form.toDraft();
        assertThat(draft.requested()).containsEntry(Instrument.REPAYABLE_ADVANCE, Money.eur("60.00"))
                .containsEntry(Instrument.GRANT, Money.ZERO).containsEntry(Instrument.EQUITY, Money.ZERO);
    }

    @Test
    void rowsGoToTheDraftInOrderWithWhatWasTyped() {
        DossierForm form = budgetOf("10", "20");
        cofinance(form, "5");
        form.getCofinancing().getFirst().setStatus(CofinancingStatus.COMMITTED);
        form.addMilestone();
        form.removeBudgetLine(0);

        DossierDraft draft = form.toDraft();
        assertThat(draft.budgetLines()).extracting(DossierDraft.BudgetItem::amount).containsExactly(Money.eur("20"));
        assertThat(draft.cofinancing().getFirst().status()).isEqualTo(CofinancingStatus.COMMITTED);
        assertThat(draft.milestones()).hasSize(1);
        assertThat(draft.milestones().getFirst().title()).isNull();
    }

    @Test
    void removingARowThatIsNotThereChangesNothing() {
        DossierForm form = budgetOf("10");
        form.removeBudgetLine(3);
        form.removeBudgetLine(-1);
        assertThat(form.getBudgetLines()).hasSize(1);
    }
}
