package org.levier.agreement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

class AgreementTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final LocalDate SIGNED = LocalDate.of(2026, 12, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    static final ApprovedDecision DECISION = new ApprovedDecision(7, Map.of(Instrument.GRANT, eur("100000.00"),
            Instrument.REPAYABLE_ADVANCE, eur("50000.00")), List.of("Proof of the bank loan"));

    static Money eur(String amount) {
        return Money.eur(amount);
    }

    static TrancheTerms tranche(Instrument instrument, String amount, String milestone) {
        return TrancheTerms.of(instrument, eur(amount), SIGNED.plusMonths(3), milestone);
    }

    static Agreement signed() {
        Agreement agreement = Agreement.sign(DECISION, 1, 2, 3, new AgreementTerms(SIGNED, null, List.of(
                tranche(Instrument.GRANT, "60000.00", "start"), tranche(Instrument.GRANT, "40000.00", "end"),
                tranche(Instrument.REPAYABLE_ADVANCE, "50000.00", "equipment")), List.of("Insurance certificate")),
                "director1@levier.example", TODAY, NOW);
        long id = 10;
        for (Tranche t : agreement.getTranches()) {
            setId(t, id++);
        }
        for (ConditionPrecedent c : agreement.getConditions()) {
            setId(c, id++);
        }
        return agreement;
    }

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void signsTheApprovedAmountsWithASchedulePerInstrumentAndTheCommitteesConditions() {
        Agreement agreement = signed();
        assertThat(agreement.committed(Instrument.GRANT)).isEqualTo(eur("100000.00"));
        assertThat(agreement.committed(Instrument.REPAYABLE_ADVANCE)).isEqualTo(eur("50000.00"));
        assertThat(agreement.committed(Instrument.EQUITY)).isEqualTo(Money.ZERO);
        assertThat(agreement.totalCommitted()).isEqualTo(eur("150000.00"));
        assertThat(agreement.getTranches()).hasSize(3);
        assertThat(agreement.getConditions()).extracting(ConditionPrecedent::getDescription)
                .containsExactly("Proof of the bank loan", "Insurance certificate");
        assertThat(agreement.conditionsMet()).isFalse();
        assertThat(agreement.getSignedBy()).isEqualTo("director1@levier.example");
    }

    @Test
    void aCommitmentAboveTheApprovedAmountIsRefusedNamingTheInstrument() {
        assertThatThrownBy(() -> Agreement.sign(DECISION, 1, 2, 3, new AgreementTerms(SIGNED,
                Map.of(Instrument.GRANT, eur("100000.01")), List.of(tranche(Instrument.GRANT, "100000.01", "all")),
                List.of()), "d", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("agreement.commitment.above-approved");
                    assertThat(e.violations()).anySatisfy(v -> {
                        assertThat(v.field()).isEqualTo("commitment.GRANT");
                        assertThat(v.message()).contains("by 0.01");
                    });
                });
    }

    @Test
    void aLowerCommitmentThanApprovedIsAllowed() {
        Agreement agreement = Agreement.sign(DECISION, 1, 2, 3, new AgreementTerms(SIGNED,
                Map.of(Instrument.GRANT, eur("80000.00")), List.of(tranche(Instrument.GRANT, "80000.00", "all")),
                List.of()), "d", TODAY, NOW);
        assertThat(agreement.committed(Instrument.GRANT)).isEqualTo(eur("80000.00"));
        assertThat(agreement.committed(Instrument.REPAYABLE_ADVANCE)).isEqualTo(Money.ZERO);
        assertThat(agreement.approved().get(Instrument.REPAYABLE_ADVANCE)).isEqualTo(eur("50000.00"));
    }

    @Test
    void tranchesMustSumExactlyToTheCommitmentPerInstrumentEachDifferenceNamed() {
        assertThatThrownBy(() -> Agreement.sign(DECISION, 1, 2, 3, new AgreementTerms(SIGNED, null, List.of(
                tranche(Instrument.GRANT, "99999.99", "a"),
                tranche(Instrument.REPAYABLE_ADVANCE, "50000.00", "b"),
                tranche(Instrument.REPAYABLE_ADVANCE, "0.50", "c")), List.of()), "d", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("agreement.schedule.unbalanced");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                            .containsExactly("tranches.GRANT", "tranches.REPAYABLE_ADVANCE");
                    assertThat(e.violations().get(0).message()).contains("0.01 missing");
                    assertThat(e.violations().get(1).message()).contains("0.50 too much");
                });
    }

    @Test
    void nothingCommittedOrAMalformedTrancheIsRefused() {
        assertThatThrownBy(() -> Agreement.sign(DECISION, 1, 2, 3, new AgreementTerms(SIGNED, Map.of(
                Instrument.GRANT, Money.ZERO, Instrument.REPAYABLE_ADVANCE, Money.ZERO), List.of(), List.of()),
                "d", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("agreement.commitment.empty"));
        assertThatThrownBy(() -> Agreement.sign(DECISION, 1, 2, 3, new AgreementTerms(SIGNED, null, List.of(
                new TrancheTerms(null, Instrument.GRANT, eur("100000.00"), null, " ", null),
                tranche(Instrument.REPAYABLE_ADVANCE, "50000.00", "b")), List.of()), "d", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("agreement.invalid");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                            .contains("tranches[0].plannedOn", "tranches[0].milestone");
                });
    }

    @Test
    void anAmendmentCannotBringACommitmentBelowWhatIsPaidApprovedOrPending() {
        Agreement agreement = signed();
        Map<Instrument, Engaged> engaged = Map.of(Instrument.GRANT,
                new Engaged(eur("50000.00"), eur("10000.00"), eur("5000.00")));
        Map<Long, Engaged> byTranche = Map.of(10L, new Engaged(eur("50000.00"), eur("10000.00"), Money.ZERO),
                11L, new Engaged(Money.ZERO, Money.ZERO, eur("5000.00")));
        AmendmentTerms below = new AmendmentTerms(Map.of(Instrument.GRANT, eur("64999.99")), List.of(
                new TrancheTerms(10L, null, eur("60000.00"), SIGNED, "start", null),
                new TrancheTerms(11L, null, eur("4999.99"), SIGNED, "end", null),
                new TrancheTerms(12L, null, eur("50000.00"), SIGNED, "equipment", null)), "budget cut");
        assertThatThrownBy(() -> agreement.amend(below, engaged, byTranche, "d", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("agreement.amendment.below-engaged");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                            .contains("commitment.GRANT", "tranches[1].amount");
                    assertThat(e.getMessage()).contains("65000.00");
                });
        assertThat(agreement.committed(Instrument.GRANT)).isEqualTo(eur("100000.00"));
        assertThat(agreement.getAmendmentNumber()).isZero();
    }

    @Test
    void anAmendmentDownToExactlyWhatIsEngagedIsVersionedAndJustified() {
        Agreement agreement = signed();
        Map<Instrument, Engaged> engaged = Map.of(Instrument.GRANT,
                new Engaged(eur("60000.00"), Money.ZERO, eur("5000.00")));
        Map<Long, Engaged> byTranche = Map.of(10L, new Engaged(eur("60000.00"), Money.ZERO, Money.ZERO),
                11L, new Engaged(Money.ZERO, Money.ZERO, eur("5000.00")));
        Amendment amendment = agreement.amend(new AmendmentTerms(Map.of(Instrument.GRANT, eur("65000.00")), List.of(
                new TrancheTerms(10L, null, eur("60000.00"), SIGNED, "start", null),
                new TrancheTerms(11L, null, eur("5000.00"), SIGNED, "end, reduced", null),
                new TrancheTerms(12L, null, eur("50000.00"), SIGNED, "equipment", null)), "  costs lower  "),
                engaged, byTranche, "director2@levier.example", NOW);
        assertThat(amendment.getNumber()).isEqualTo(1);
        assertThat(amendment.getReason()).isEqualTo("costs lower");
        assertThat(amendment.previous().get(Instrument.GRANT)).isEqualTo(eur("100000.00"));
        assertThat(amendment.committed().get(Instrument.GRANT)).isEqualTo(eur("65000.00"));
        assertThat(amendment.getSchedule()).contains("11|GRANT|5000.00|");
        assertThat(agreement.getAmendmentNumber()).isEqualTo(1);
        assertThat(agreement.committed(Instrument.GRANT)).isEqualTo(eur("65000.00"));
        assertThat(agreement.tranche(11).getMilestone()).isEqualTo("end, reduced");
    }

    @Test
    void anAmendmentNeedsAReasonAndAnApprovedCeilingAndKeepsEngagedTranches() {
        Agreement agreement = signed();
        List<TrancheTerms> same = List.of(new TrancheTerms(10L, null, eur("60000.00"), SIGNED, "start", null),
                new TrancheTerms(11L, null, eur("40000.00"), SIGNED, "end", null),
                new TrancheTerms(12L, null, eur("50000.00"), SIGNED, "equipment", null));
        assertThatThrownBy(() -> agreement.amend(new AmendmentTerms(Map.of(), same, " "), Map.of(), Map.of(), "d",
                NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("agreement.amendment.invalid"));
        assertThatThrownBy(() -> agreement.amend(new AmendmentTerms(Map.of(Instrument.EQUITY, eur("1.00")),
                List.of(same.get(0), same.get(1), same.get(2), tranche(Instrument.EQUITY, "1.00", "x")), "more"),
                Map.of(), Map.of(), "d", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("agreement.commitment.above-approved"));
        // Tranche 11 has money pending: it cannot be withdrawn (left out), only reduced to what is engaged.
        assertThatThrownBy(() -> agreement.amend(new AmendmentTerms(Map.of(Instrument.GRANT, eur("60000.00")),
                        List.of(same.get(0), same.get(2)), "merge"),
                Map.of(Instrument.GRANT, new Engaged(Money.ZERO, Money.ZERO, eur("1.00"))),
                Map.of(11L, new Engaged(Money.ZERO, Money.ZERO, eur("1.00"))), "d", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("agreement.amendment.tranche-engaged"));
        // With nothing engaged on it, it is withdrawn.
        agreement.amend(new AmendmentTerms(Map.of(Instrument.GRANT, eur("60000.00")),
                List.of(same.get(0), same.get(2)), "merge"), Map.of(), Map.of(), "d", NOW);
        assertThat(agreement.tranche(11).isWithdrawn()).isTrue();
        assertThatThrownBy(() -> agreement.requestableTranche(11)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("disbursement.tranche-withdrawn"));
    }

    @Test
    void noMoneyMovesBeforeEveryConditionPrecedentIsMet() {
        Agreement agreement = signed();
        assertThatThrownBy(agreement::requireConditionsMet).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.key()).isEqualTo("disbursement.conditions-unmet");
            assertThat(e.violations()).hasSize(2);
        });
        long first = agreement.getConditions().get(0).getId();
        long second = agreement.getConditions().get(1).getId();
        agreement.markConditionMet(first, SIGNED, 5L, "analyst@levier.example", TODAY, NOW);
        assertThatThrownBy(agreement::requireConditionsMet).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.violations()).extracting(RuleViolation.Violation::message)
                        .containsExactly("Insurance certificate"));
        assertThatThrownBy(() -> agreement.markConditionMet(first, SIGNED, 5L, "a", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("agreement.condition.already-met"));
        assertThatThrownBy(() -> agreement.markConditionMet(999, SIGNED, 5L, "a", TODAY, NOW)).isInstanceOf(NotFound.class);
        agreement.markConditionMet(second, SIGNED, 5L, "analyst@levier.example", TODAY, NOW);
        agreement.requireConditionsMet();
        assertThat(agreement.conditionsMet()).isTrue();
        assertThat(agreement.getConditions().get(1).metBy()).contains("analyst@levier.example");
    }

    @Test
    void aConditionIsMetOnAPastOrPresentDayWithItsEvidenceAndWithdrawnOnlyWhileNoMoneyDependsOnIt() {
        Agreement agreement = signed();
        long first = agreement.getConditions().get(0).getId();
        assertThatThrownBy(() -> agreement.markConditionMet(first, TODAY.plusDays(1), 5L, "a", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("agreement.condition.invalid");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field).containsExactly("metOn");
                    assertThat(e.violations().get(0).message()).contains("not after today (2026-12-05)");
                });
        assertThatThrownBy(() -> agreement.markConditionMet(first, LocalDate.of(0, 1, 1), null, "a", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation.Violation::field).containsExactly("metOn", "evidenceDocumentId"));
        assertThat(agreement.getConditions().get(0).isMet()).isFalse();
        agreement.markConditionMet(first, TODAY, 5L, "a", TODAY, NOW);
        assertThat(agreement.getConditions().get(0).evidenceDocumentId()).contains(5L);
        assertThatThrownBy(() -> agreement.withdrawConditionMet(first, "wrong document", true, "a", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("agreement.condition.money-depends"));
        assertThatThrownBy(() -> agreement.withdrawConditionMet(first, " ", false, "a", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("agreement.condition.invalid"));
        agreement.withdrawConditionMet(first, "wrong document", false, "a", NOW);
        assertThat(agreement.getConditions().get(0).isMet()).isFalse();
        assertThat(agreement.getConditions().get(0).withdrawnReason()).contains("wrong document");
        assertThatThrownBy(() -> agreement.withdrawConditionMet(first, "again", false, "a", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("agreement.condition.not-met"));
    }

    @Test
    void aSignatureIsNotInTheFutureAndNoDateIsImpossible() {
        assertThatThrownBy(() -> Agreement.sign(DECISION, 1, 2, 3, new AgreementTerms(TODAY.plusDays(1), null,
                List.of(TrancheTerms.of(Instrument.GRANT, eur("100000.00"), LocalDate.of(10000, 1, 1), "start"),
                        tranche(Instrument.REPAYABLE_ADVANCE, "50000.00", "equipment")), List.of()),
                "d", TODAY, NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("agreement.date.invalid");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                            .containsExactly("signedOn", "tranches[0].plannedOn");
                });
    }
}
