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
    static final LocalDate TODAY = LocalDate.of(2031, 1, 1);

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
        schedule.recordRepayment(LocalDate.of(2030, 1, 15), Money.eur("150.00"), "VIR-1", "analyst", TODAY, NOW);
        LocalDate today = LocalDate.of(2030, 5, 1);
        assertThat(schedule.states(today)).extracting(InstalmentState::owed, InstalmentState::late).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Money.ZERO, false),
                org.assertj.core.groups.Tuple.tuple(Money.eur("50.00"), true),
                org.assertj.core.groups.Tuple.tuple(Money.eur("100.00"), false));
        assertThat(schedule.refreshLateFlags(today, NOW)).extracting(Instalment::getNumber).containsExactly(2);
        assertThat(schedule.refreshLateFlags(today, NOW)).isEmpty();
        assertThat(schedule.getInstalments().get(1).flaggedLateAt()).contains(NOW);

        schedule.recordRepayment(LocalDate.of(2030, 5, 1), Money.eur("50.00"), null, "analyst", TODAY, NOW);
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
                TODAY, NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("repayment.exceeds-outstanding");
                    assertThat(e.getMessage()).contains("Only 300.00");
                });
    }

    @Test
    void aFailureIsWrittenOffInPartFromTheLastInstalmentsOrInWhole() {
        RepaymentSchedule schedule = schedule();
        schedule.recordRepayment(LocalDate.of(2030, 1, 15), Money.eur("100.00"), null, "a", TODAY, NOW);
        assertThatThrownBy(() -> schedule.writeOff(WriteOffKind.PARTIAL, Money.eur("200.00"),
                LocalDate.of(2030, 5, 1), "CE-2030-01", null, "d", TODAY, NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("repayment.write-off.invalid"));
        schedule.writeOff(WriteOffKind.PARTIAL, Money.eur("120.00"), LocalDate.of(2030, 5, 1), "CE-2030-01",
                "partial failure", "d", TODAY, NOW);
        assertThat(schedule.outstanding()).isEqualTo(Money.eur("80.00"));
        assertThat(schedule.states(LocalDate.of(2030, 8, 1))).extracting(InstalmentState::writtenOff)
                .containsExactly(Money.ZERO, Money.eur("20.00"), Money.eur("100.00"));
        assertThat(schedule.states(LocalDate.of(2030, 8, 1))).extracting(InstalmentState::late)
                .containsExactly(false, true, false);
        schedule.writeOff(WriteOffKind.TOTAL, null, LocalDate.of(2030, 9, 1), "CE-2030-02", "liquidation", "d", TODAY, NOW);
        assertThat(schedule.outstanding()).isEqualTo(Money.ZERO);
        assertThat(schedule.writtenOff()).isEqualTo(Money.eur("200.00"));
        assertThat(schedule.isTotallyWrittenOff()).isTrue();
        assertThat(schedule.states(LocalDate.of(2031, 1, 1))).noneMatch(InstalmentState::late);
        assertThatThrownBy(() -> schedule.writeOff(WriteOffKind.TOTAL, null, LocalDate.of(2030, 9, 2), "CE-3",
                null, "d", TODAY, NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void repaymentsAndWriteOffsAreFactsNotInTheFuture() {
        RepaymentSchedule schedule = schedule();
        LocalDate today = LocalDate.of(2030, 5, 1);
        assertThatThrownBy(() -> schedule.recordRepayment(LocalDate.of(2030, 5, 2), Money.eur("1.00"), null, "a",
                today, NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("repayment.invalid");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field).containsExactly("receivedOn");
                    assertThat(e.violations().get(0).message()).contains("not after today (2030-05-01)");
                });
        assertThatThrownBy(() -> schedule.recordRepayment(LocalDate.MIN, Money.eur("1.00"), null, "a", today, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations().get(0).message())
                        .contains("impossible date"));
        assertThatThrownBy(() -> schedule.writeOff(WriteOffKind.TOTAL, null, LocalDate.of(2031, 1, 1), "CE-1", null,
                "d", today, NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                .extracting(RuleViolation.Violation::field).containsExactly("decidedOn"));
        assertThat(schedule.getRepayments()).isEmpty();
        assertThat(schedule.getWriteOffs()).isEmpty();
    }

    @Test
    void aRepaymentIsReversedWithAReasonNeverDeleted() throws Exception {
        RepaymentSchedule schedule = schedule();
        Repayment repayment = schedule.recordRepayment(LocalDate.of(2030, 1, 15), Money.eur("100.00"), "VIR-1", "a",
                TODAY, NOW);
        setId(repayment, 41L);
        assertThat(schedule.outstanding()).isEqualTo(Money.eur("200.00"));
        assertThatThrownBy(() -> schedule.reverse(41, " ", "d", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("repayment.reversal.invalid"));
        schedule.reverse(41, "transfer returned by the bank", "d", NOW);
        assertThat(schedule.getRepayments()).hasSize(1);
        assertThat(schedule.isReversed(41)).isTrue();
        assertThat(schedule.repaid()).isEqualTo(Money.ZERO);
        assertThat(schedule.outstanding()).isEqualTo(Money.eur("300.00"));
        assertThat(schedule.states(LocalDate.of(2030, 1, 16)).get(0).late()).isTrue();
        assertThatThrownBy(() -> schedule.reverse(41, "again", "d", NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theScheduleFollowsFurtherAdvancePaidKeepingThePaidInstalments() throws Exception {
        // 300.00 in 3 quarterly instalments of 100.00; the first repaid; then 100.00 more advance is paid
        RepaymentSchedule schedule = schedule();
        schedule.recordRepayment(LocalDate.of(2030, 1, 15), Money.eur("100.00"), null, "a", TODAY, NOW);
        assertThat(schedule.rebuild(Money.eur("400.00"), LocalDate.of(2030, 2, 1))).isTrue();
        assertThat(schedule.getBasis()).isEqualTo(Money.eur("400.00"));
        assertThat(schedule.getInstalments()).extracting(Instalment::getAmount)
                .containsExactly(Money.eur("100.00"), Money.eur("150.00"), Money.eur("150.00"));
        assertThat(schedule.getInstalments()).extracting(Instalment::getDueOn).containsExactly(
                LocalDate.of(2030, 1, 15), LocalDate.of(2030, 4, 15), LocalDate.of(2030, 7, 15));
        assertThat(schedule.outstanding()).isEqualTo(Money.eur("300.00"));
        assertThat(schedule.getRebuilt()).isEqualTo(1);
        // an uneven remainder: the last instalment takes the cents
        assertThat(schedule.rebuild(Money.eur("400.01"), LocalDate.of(2030, 2, 1))).isTrue();
        assertThat(schedule.getInstalments()).extracting(Instalment::getAmount)
                .containsExactly(Money.eur("100.00"), Money.eur("150.00"), Money.eur("150.01"));
        assertThat(schedule.rebuild(Money.eur("400.01"), LocalDate.of(2030, 2, 1))).isFalse();
    }

    @Test
    void aFullyRepaidScheduleGetsOneMoreInstalmentForAFurtherAdvance() {
        RepaymentSchedule schedule = schedule();
        schedule.recordRepayment(LocalDate.of(2030, 7, 15), Money.eur("300.00"), null, "a", TODAY, NOW);
        schedule.rebuild(Money.eur("350.00"), TODAY);
        assertThat(schedule.getInstalments()).extracting(Instalment::getAmount).containsExactly(Money.eur("100.00"),
                Money.eur("100.00"), Money.eur("100.00"), Money.eur("50.00"));
        assertThat(schedule.getInstalments().get(3).getDueOn()).isEqualTo(LocalDate.of(2030, 10, 15));
        assertThat(schedule.getInstalmentCount()).isEqualTo(4);
    }

    @Test
    void lateInstalmentsAreAgedIn30DayBuckets() {
        RepaymentSchedule schedule = RepaymentSchedule.generate(1, Money.eur("400.00"), new RepaymentTerms(
                LocalDate.of(2030, 1, 1), 4, Frequency.MONTHLY), PROJECT_END, "d", NOW);
        // due 1 Jan, 1 Feb, 1 Mar, 1 Apr; as of 2 Apr: 91, 60, 32 and 1 days late
        var states = schedule.states(LocalDate.of(2030, 4, 2));
        assertThat(states).extracting(InstalmentState::daysLate).containsExactly(91L, 60L, 32L, 1L);
        assertThat(states).extracting(InstalmentState::ageing).containsExactly("90+", "31-60", "31-60", "1-30");
        Ageing ageing = Ageing.of(states);
        assertThat(ageing.upTo30()).isEqualTo(Money.eur("100.00"));
        assertThat(ageing.from31To60()).isEqualTo(Money.eur("200.00"));
        assertThat(ageing.from61To90()).isEqualTo(Money.ZERO);
        assertThat(ageing.over90()).isEqualTo(Money.eur("100.00"));
        assertThat(Ageing.bucketOf(30)).isEqualTo("1-30");
        assertThat(Ageing.bucketOf(61)).isEqualTo("61-90");
        assertThat(Ageing.bucketOf(90)).isEqualTo("61-90");
    }

    static void setId(Object entity, long id) throws ReflectiveOperationException {
        java.lang.reflect.Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }
}
