package org.levier.disbursement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.levier.agreement.entity.Engaged;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

class RemainingTest {

    static Money eur(String a) {
        return Money.eur(a);
    }

    @Test
    void theTrancheLimitsWhenItIsTheSmaller() {
        // commitment 100k with 30k engaged elsewhere; tranche 40k with 10k paid + 5k approved + 2.50 pending
        Engaged instrument = new Engaged(eur("40000.00"), eur("5000.00"), eur("2.50"));
        Engaged tranche = new Engaged(eur("10000.00"), eur("5000.00"), eur("2.50"));
        assertThat(Remaining.onTranche(eur("100000.00"), instrument, eur("40000.00"), tranche))
                .isEqualTo(eur("24997.50"));
    }

    @Test
    void theInstrumentLimitsWhenItIsTheSmaller() {
        // the cumulative check Fineract missed: each tranche has room, the commitment does not
        Engaged instrument = new Engaged(eur("99000.00"), Money.ZERO, eur("999.99"));
        assertThat(Remaining.onTranche(eur("100000.00"), instrument, eur("50000.00"), Engaged.NONE))
                .isEqualTo(eur("0.01"));
        assertThatThrownBy(() -> Remaining.requireWithin(Instrument.GRANT, 7, eur("0.02"), eur("100000.00"),
                instrument, eur("50000.00"), Engaged.NONE))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("disbursement.exceeds-remaining");
                    assertThat(e.getMessage()).contains(": 0.01 (");
                    assertThat(e.violations().get(0).message()).isEqualTo("at most 0.01");
                });
        Remaining.requireWithin(Instrument.GRANT, 7, eur("0.01"), eur("100000.00"), instrument, eur("50000.00"),
                Engaged.NONE);
    }

    @Test
    void exactlyWhatRemainsIsAcceptedAndNeverBelowZero() {
        Engaged tranche = new Engaged(eur("600.00"), eur("300.00"), eur("99.99"));
        Remaining.requireWithin(Instrument.EQUITY, 1, eur("0.01"), eur("1000.00"), tranche, eur("1000.00"), tranche);
        assertThatThrownBy(() -> Remaining.requireWithin(Instrument.EQUITY, 1, eur("0.02"), eur("1000.00"), tranche,
                eur("1000.00"), tranche)).isInstanceOf(RuleViolation.class);
        assertThat(Remaining.onTranche(eur("10.00"), new Engaged(eur("20.00"), Money.ZERO, Money.ZERO),
                eur("10.00"), Engaged.NONE)).isEqualTo(Money.ZERO);
    }
}
