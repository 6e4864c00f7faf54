package org.levier.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;

class CallForProjectsTermsTest {

    private static final Instant OPENS = Instant.parse("2027-01-15T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2027-06-30T16:00:00Z");
    private final Programme programme = Programme.open("LIT-1", new Programme.Terms("Littoral",
                    Money.eur("2000000.00"), Money.eur("10000000.00"), LocalDate.of(2027, 1, 1),
                    LocalDate.of(2030, 12, 31)),
            List.of(new Programme.AxisPlan(1, "A", null, List.of(new Programme.ActionPlan(1, "a", null, null)))),
            OPENS);

    private CallForProjects call() {
        return CallForProjects.define(programme, new CallForProjects.Terms("AAP-1", "Appel", OPENS, CLOSES,
                Money.eur("10000.00"), Money.eur("500000.00"), AidRegime.GBER));
    }

    @Test
    void termsAreCheckedAllAtOnce() {
        CallForProjects.Terms bad = new CallForProjects.Terms("a b", "", CLOSES, OPENS, Money.eur("9.00"),
                Money.eur("8.00"), null);
        assertThat(CallForProjects.check(bad)).extracting(RuleViolation.Violation::field)
                .containsExactly("code", "title", "closesAt", "maxAmount", "aidRegime");
        assertThatThrownBy(() -> CallForProjects.define(programme, bad)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void openingBringsAPlannedCallForwardAndClosingEndsItNow() {
        CallForProjects call = call();
        Instant before = OPENS.minusSeconds(3600);
        assertThat(call.isPlannedAt(before)).isTrue();

        call.openAt(before);
        assertThat(call.isOpenAt(before)).isTrue();
        assertThat(call.getOpensAt()).isEqualTo(before);

        Instant later = OPENS.plusSeconds(60);
        call.closeAt(later);
        assertThat(call.getClosesAt()).isEqualTo(later);
        assertThat(call.isOpenAt(later)).isFalse();
        assertThatThrownBy(() -> call.closeAt(later.plusSeconds(1))).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("call.not-open"));
        assertThatThrownBy(() -> call.openAt(later.plusSeconds(1))).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("call.closed"));
    }

    @Test
    void aRevisionReplacesTermsActionsAndChecklist() {
        CallForProjects call = call();
        call.revise(new CallForProjects.Terms("AAP-2", "Appel 2", OPENS, CLOSES.plusSeconds(1), Money.eur("1.00"),
                Money.eur("2.00"), AidRegime.DE_MINIMIS));
        call.makeOnlyEligible(java.util.Set.of(programme.findAction(1).orElseThrow()));
        call.useChecklist(List.of(new ChecklistTemplateItem("FIN_PLAN", "FINANCIAL", "Plan")));

        assertThat(call.getCode()).isEqualTo("AAP-2");
        assertThat(call.getAidRegime()).isEqualTo(AidRegime.DE_MINIMIS);
        assertThat(call.getEligibleActions()).hasSize(1);
        assertThat(call.getChecklist()).extracting(ChecklistTemplateItem::getCode).containsExactly("FIN_PLAN");
    }
}
