package org.levier.repayment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.levier.repayment.entity.RepaymentSchedule.InstalmentState;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

class RepaymentScheduleTest {

    static final Instant NOW = Instant.parse("2030-05-01T08:00:00Z");
    static final LocalDate PROJECT_END = LocalDate.of(2029, 12, 31);

    static RepaymentSchedule schedule() {
        return RepaymentSchedule.generate(1, Money.eur("300.00"), new RepaymentTerms(LocalDate.of(2030, 1, 15), 3,
                Frequency.QUARTERLY), PROJECT_END, "director1", NOW);
    }

    @Test
    void theScheduleFallsDueAfterTheProjectEnd() {
        assertThatThrownBy(() -> RepaymentSchedule.generate(1, Money.eur("300.00"), new RepaymentTerms(PROJECT_END,
                3, Frequency.QUARTERLY), PROJECT_END, "d", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("repayment.before-project-end"));
        RepaymentSchedule schedule = schedule();
        assertThat(schedule.getInstalments()).extracting(Instalment::getDueOn).containsExactly(
                LocalDate.of(2030, 1, 15), LocalDate.of(2030, 4, 15), LocalDate.of(2030, 7, 15));
        assertThat(schedule.outstanding()).isEqualTo(Money.eur("300.00"));
    }

    @Test
    void repaymentsSettleTheOldestInstalmentsAndWhatIsOwedAfterItsDueDateIsLate() {
        RepaymentSchedule schedule = schedule();
        schedule.recordRepayment(LocalDate.of(2030, 1, 15), Money.eur("150.00"), "VIR-1", "analyst", NOW);
        LocalDate today = LocalDate.of(2030, 5, 1);
        assertThat(schedule.states(today)).extracting(InstalmentState::owed, InstalmentState::late).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Money.ZERO, false),
                org.assertj.core.groups.Tuple.tuple(Money.eur("50.00"), true),
                org.assertj.core.groups.Tuple.tuple(Money.eur("100.00"), false));
        assertThat(schedule.refreshLateFlags(today, NOW)).extracting(Instalment::getNumber).containsExactly(2);
        assertThat(schedule.refreshLateFlags(today, NOW)).isEmpty();
        assertThat(schedule.getInstalments().get(1).flaggedLateAt()).contains(NOW);

        schedule.recordRepayment(LocalDate.of(2030, 5, 1), Money.eur("50.00"), null, "analyst", NOW);
        assertThat(schedule.refreshLateFlags(today, NOW)).extracting(Instalment::isLate).containsExactly(false);
        assertThat(schedule.outstanding()).isEqualTo(Money.eur("100.00"));
        // due on the 15th: late from the 16th
        assertThat(schedule.states(LocalDate.of(2030, 7, 15)).get(2).late()).isFalse();
        assertThat(schedule.states(LocalDate.of(2030, 7, 16)).get(2).late()).isTrue();
    }

    @Test
    void moreThanTheOutstandingBalanceIsNeverRepaid() {
        RepaymentSchedule schedule = schedule();
        assertThatThrownBy(() -> schedule.recordRepayment(LocalDate.of(2030, 1, 15), Money.eur("300.01"), null, "a",
                NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("repayment.exceeds-outstanding");
                    assertThat(e.getMessage()).contains("Only 300.00");
                });
    }

    @Test
    void aFailureIsWrittenOffInPartFromTheLastInstalmentsOrInWhole() {
        RepaymentSchedule schedule = schedule();
        schedule.recordRepayment(LocalDate.of(2030, 1, 15), Money.eur("100.00"), null, "a", NOW);
        assertThatThrownBy(() -> schedule.writeOff(WriteOffKind.PARTIAL, Money.eur("200.00"),
                LocalDate.of(2030, 5, 1), "CE-2030-01", null, "d", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("repayment.write-off.invalid"));
        schedule.writeOff(WriteOffKind.PARTIAL, Money.eur("120.00"), LocalDate.of(2030, 5, 1), "CE-2030-01",
                "partial failure", "d", NOW);
        assertThat(schedule.outstanding()).isEqualTo(Money.eur("80.00"));
        assertThat(schedule.states(LocalDate.of(2030, 8, 1))).extracting(InstalmentState::writtenOff)
                .containsExactly(Money.ZERO, Money.eur("20.00"), Money.eur("100.00"));
        assertThat(schedule.states(LocalDate.of(2030, 8, 1))).extracting(InstalmentState::late)
                .containsExactly(false, true, false);
        schedule.writeOff(WriteOffKind.TOTAL, null, LocalDate.of(2030, 9, 1), "CE-2030-02", "liquidation", "d", NOW);
        assertThat(schedule.outstanding()).isEqualTo(Money.ZERO);
        assertThat(schedule.writtenOff()).isEqualTo(Money.eur("200.00"));
        assertThat(schedule.isTotallyWrittenOff()).isTrue();
        assertThat(schedule.states(LocalDate.of(2031, 1, 1))).noneMatch(InstalmentState::late);
        assertThatThrownBy(() -> schedule.writeOff(WriteOffKind.TOTAL, null, LocalDate.of(2030, 9, 2), "CE-3",
                null, "d", NOW)).isInstanceOf(RuleViolation.class);
    }
}
