package org.levier.agreement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

/** The agreement decides whether a disbursement fits (invariants 1 and 4): what remains on a tranche. */
class AgreementAdmitsTest {

    static Money eur(String a) {
        return Money.eur(a);
    }

    /** Signed by {@link AgreementTest#signed()}: GRANT 100,000 in tranches 10 (60,000) and 11 (40,000). */
    static Agreement agreementWithConditionsMet() {
        Agreement agreement = AgreementTest.signed();
        for (ConditionPrecedent c : agreement.getConditions()) {
            agreement.markConditionMet(c.getId(), AgreementTest.SIGNED, 5L, "a", AgreementTest.TODAY,
                    AgreementTest.NOW);
        }
        return agreement;
    }

    @Test
    void theTrancheLimitsWhenItIsTheSmaller() {
        Agreement agreement = agreementWithConditionsMet();
        // commitment 100k with 30k engaged elsewhere; tranche 11 (40k) with 10k paid + 5k approved + 2.50 pending
        Engaged instrument = new Engaged(eur("40000.00"), eur("5000.00"), eur("2.50"));
        Engaged tranche = new Engaged(eur("10000.00"), eur("5000.00"), eur("2.50"));
        assertThat(agreement.remainingOn(11, Map.of(Instrument.GRANT, instrument), Map.of(11L, tranche)))
                .isEqualTo(eur("24997.50"));
    }

    @Test
    void theInstrumentLimitsWhenItIsTheSmaller() {
        Agreement agreement = agreementWithConditionsMet();
        // the cumulative check Fineract missed: the tranche has room, the commitment does not
        Map<Instrument, Engaged> byInstrument = Map.of(Instrument.GRANT, new Engaged(eur("99000.00"), Money.ZERO,
                eur("999.99")));
        assertThat(agreement.remainingOn(10, byInstrument, Map.of())).isEqualTo(eur("0.01"));
        assertThatThrownBy(() -> agreement.admit(10, eur("0.02"), byInstrument, Map.of()))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("disbursement.exceeds-remaining");
                    assertThat(e.getMessage()).contains(": 0.01 (");
                    assertThat(e.violations().get(0).message()).isEqualTo("at most 0.01");
                });
        assertThat(agreement.admit(10, eur("0.01"), byInstrument, Map.of()).getId()).isEqualTo(10L);
    }

    @Test
    void exactlyWhatRemainsIsAdmittedAndNeverBelowZero() {
        Agreement agreement = agreementWithConditionsMet();
        Engaged tranche = new Engaged(eur("30000.00"), eur("10000.00"), eur("9999.99"));
        agreement.admit(10, eur("10000.01"), Map.of(Instrument.GRANT, tranche), Map.of(10L, tranche));
        assertThatThrownBy(() -> agreement.admit(10, eur("10000.02"), Map.of(Instrument.GRANT, tranche),
                Map.of(10L, tranche))).isInstanceOf(RuleViolation.class);
        assertThat(agreement.remainingOn(11, Map.of(Instrument.GRANT, new Engaged(eur("120000.00"), Money.ZERO,
                Money.ZERO)), Map.of())).isEqualTo(Money.ZERO);
    }

    @Test
    void nothingIsAdmittedBeforeTheConditionsPrecedentAreMet() {
        Agreement agreement = AgreementTest.signed();
        assertThatThrownBy(() -> agreement.admit(10, eur("1.00"), Map.of(), Map.of()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.key()).isEqualTo("disbursement.conditions-unmet"));
    }
}
