package org.levier.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levier.programme.entity.Programme.ActionPlan;
import org.levier.programme.entity.Programme.AxisPlan;
import org.levier.programme.entity.Programme.Terms;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;

class ProgrammeAdministrationTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Terms TERMS = new Terms("Littoral", Money.eur("2000000.00"), Money.eur("10000000.00"),
            LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31));

    private static List<AxisPlan> twoAxesThreeActions(String envelope1) {
        return List.of(
                new AxisPlan(1, "Énergie", "Energy", List.of(
                        new ActionPlan(1, "Chaleur", null, envelope1 == null ? null : Money.eur(envelope1)),
                        new ActionPlan(2, "Hydrogène", "H2", Money.eur("300000.00")))),
                new AxisPlan(2, "Mobilité", null, List.of(new ActionPlan(3, "Bus", null, null))));
    }

    @Test
    void aProgrammeOpensWithItsAxesActionsEnvelopesAndDates() {
        Programme p = Programme.open("LIT-1", TERMS, twoAxesThreeActions("500000.00"), NOW);

        assertThat(p.getAxes()).hasSize(2);
        assertThat(p.findAction(2).orElseThrow().getAxis().getNumber()).isEqualTo(1);
        assertThat(p.findAction(1).orElseThrow().envelope()).contains(Money.eur("500000.00"));
        assertThat(p.findAction(3).orElseThrow().envelope()).isEmpty();
        assertThat(p.findAxis(1).orElseThrow().title("en")).isEqualTo("Energy");
        assertThat(p.getEndDate()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(p.getDurationYears()).isEqualTo(4);
        assertThat(p.targetLeverage()).isEqualByComparingTo("5.00");
    }

    @Test
    void envelopesTogetherNeverExceedTheAllotment() {
        assertThatThrownBy(() -> Programme.open("LIT-1", TERMS, twoAxesThreeActions("1700000.01"), NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo("envelopes");
                            assertThat(v.message()).contains("2000000.01").contains("2000000.00");
                        }));
        assertThat(Programme.open("LIT-1", TERMS, twoAxesThreeActions("1700000.00"), NOW).getAxes()).hasSize(2);
    }

    @Test
    void everyViolationIsNamedAtOnce() {
        Terms bad = new Terms(" ", Money.ZERO, Money.eur("1.00"), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1));
        List<AxisPlan> axes = List.of(
                new AxisPlan(1, "A", null, List.of(new ActionPlan(1, "a", null, Money.eur("-1.00")))),
                new AxisPlan(1, "", null, List.of(new ActionPlan(1, "b", null, null))),
                new AxisPlan(3, "C", null, List.of()));

        assertThatThrownBy(() -> Programme.open("bad code", bad, axes, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::field)
                        .contains("code", "name", "allotment", "endDate", "axes[0].actions[0].envelope",
                                "axes[1].number", "axes[1].title", "axes[1].actions[0].number", "axes[2].actions"));
    }

    @Test
    void aRevisionRenamesAddsAndRemovesByNumberButNeverMovesAnAction() {
        Programme p = Programme.open("LIT-1", TERMS, twoAxesThreeActions(null), NOW);
        List<AxisPlan> revised = List.of(
                new AxisPlan(1, "Énergie renouvelable", null, List.of(
                        new ActionPlan(1, "Chaleur fatale", null, Money.eur("100000.00")),
                        new ActionPlan(4, "Solaire", null, null))));

        assertThat(p.actionsRemovedBy(revised)).containsExactly(2, 3);
        p.revise(new Terms("Littoral 2", Money.eur("2500000.00"), Money.eur("10000000.00"),
                LocalDate.of(2027, 1, 1), LocalDate.of(2031, 6, 30)), revised);

        assertThat(p.getName()).isEqualTo("Littoral 2");
        assertThat(p.getAllotment()).isEqualTo(Money.eur("2500000.00"));
        assertThat(p.getAxes()).hasSize(1);
        assertThat(p.findAxis(1).orElseThrow().getTitle()).isEqualTo("Énergie renouvelable");
        assertThat(p.findAction(1).orElseThrow().getTitle()).isEqualTo("Chaleur fatale");
        assertThat(p.findAction(4)).isPresent();
        assertThat(p.findAction(2)).isEmpty();

        List<AxisPlan> moved = List.of(new AxisPlan(1, "A", null, List.of(new ActionPlan(4, "x", null, null))),
                new AxisPlan(2, "B", null, List.of(new ActionPlan(1, "moved", null, null))));
        assertThatThrownBy(() -> p.revise(TERMS, moved)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                        .containsExactly("axes[1].actions[0].number"));
        assertThat(p.getName()).isEqualTo("Littoral 2");
    }

    @Test
    void standingCommitteeMembersAreReplacedAsAWhole() {
        Programme p = Programme.open("LIT-1", TERMS, twoAxesThreeActions(null), NOW);
        p.seatCommittee(java.util.Set.of("b@x.example", "a@x.example"));
        p.seatCommittee(java.util.Set.of("c@x.example", "a@x.example"));
        assertThat(p.getCommitteeMembers()).containsExactly("a@x.example", "c@x.example");
    }
}
