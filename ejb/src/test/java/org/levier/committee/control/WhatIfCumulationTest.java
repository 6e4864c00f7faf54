package org.levier.committee.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levier.budget.entity.ProgrammeBudget;
import org.levier.budget.entity.ProgrammeBudget.ActionBudget;
import org.levier.budget.entity.Room;
import org.levier.committee.control.WhatIfCumulation.Effect;
import org.levier.committee.control.WhatIfCumulation.Proposal;
import org.levier.portfolio.entity.Leverage;
import org.levier.shared.entity.Money;

/**
 * The what-if cumulated by hand. Programme 1: allotment 10,000,000, 6,000,000 committed, 1,000,000 reserved (left
 * 3,000,000); action 11 has an envelope of 2,500,000 with 1,500,000 committed and 500,000 reserved (left 500,000);
 * action 12 has none. Committed basis: fund 7,000,000, co-financing 28,000,000 (leverage 35 / 7 = 5.0000).
 */
class WhatIfCumulationTest {

    static Money eur(String amount) {
        return Money.eur(amount);
    }

    static final ProgrammeBudget BUDGET = new ProgrammeBudget(1, "P", new Room(eur("10000000.00"),
            eur("6000000.00"), eur("1000000.00"), Money.ZERO), List.of(
            new ActionBudget(11, 1, "a", new Room(eur("2500000.00"), eur("1500000.00"), eur("500000.00"), Money.ZERO)),
            new ActionBudget(12, 2, "b", new Room(null, eur("4500000.00"), eur("500000.00"), Money.ZERO))));
    static final Leverage SUMS = new Leverage(new BigDecimal("7000000.00"), new BigDecimal("28000000.00"),
            new BigDecimal("10000000.00"));

    static Proposal proposal(long dossier, long action, String amount, String cofinancing) {
        return new Proposal(dossier, 1, action, eur(amount), new Leverage(BigDecimal.ZERO, new BigDecimal(cofinancing),
                BigDecimal.ZERO), true);
    }

    @Test
    void eachItemStartsFromThePreviousOneAndWhatDoesNotFitChangesNothing() {
        List<Effect> effects = WhatIfCumulation.cumulate(List.of(
                proposal(101, 11, "400000.00", "1600000.00"),   // fits: envelope 500,000 → 100,000
                proposal(102, 11, "200000.00", "0.00"),         // envelope left 100,000: does not fit
                proposal(103, 12, "2000000.00", "3000000.00"),  // no envelope; allotment 2,600,000 → 600,000
                new Proposal(104, 1, 12, Money.ZERO, Leverage.NONE, false), // not proposed: nothing changes
                proposal(105, 12, "700000.00", "0.00")),        // allotment left 600,000: does not fit
                Map.of(1L, BUDGET), Map.of(1L, SUMS));

        Effect first = effects.get(0);
        assertThat(first.allotmentLeftBefore()).isEqualTo(eur("3000000.00"));
        assertThat(first.allotmentLeftAfter()).isEqualTo(eur("2600000.00"));
        assertThat(first.envelopeLeftBefore()).isEqualTo(eur("500000.00"));
        assertThat(first.envelopeLeftAfter()).isEqualTo(eur("100000.00"));
        assertThat(first.leverageBefore()).isEqualByComparingTo("5.0000");
        // (7.4 + 29.6) / 7.4 = 37 / 7.4 = 5.0000
        assertThat(first.leverageAfter()).isEqualByComparingTo("5.0000");
        assertThat(first.fits()).isTrue();

        Effect second = effects.get(1);
        assertThat(second.fits()).isFalse();
        assertThat(second.fitsAllotment()).isTrue();
        assertThat(second.fitsEnvelope()).isFalse();
        assertThat(second.envelopeLeftBefore()).isEqualTo(eur("100000.00"));
        assertThat(second.envelopeLeftAfter()).isEqualTo(eur("100000.00"));
        assertThat(second.allotmentLeftAfter()).isEqualTo(eur("2600000.00"));

        Effect third = effects.get(2);
        assertThat(third.envelope()).isNull();
        assertThat(third.envelopeLeftBefore()).isNull();
        assertThat(third.allotmentLeftBefore()).isEqualTo(eur("2600000.00"));
        assertThat(third.allotmentLeftAfter()).isEqualTo(eur("600000.00"));
        // fund 9,400,000, co-financing 32,600,000: 42,000,000 / 9,400,000 = 4.468085... → 4.4681
        assertThat(third.leverageBefore()).isEqualByComparingTo("5.0000");
        assertThat(third.leverageAfter()).isEqualByComparingTo("4.4681");

        Effect fourth = effects.get(3);
        assertThat(fourth.fits()).isTrue();
        assertThat(fourth.allotmentLeftBefore()).isEqualTo(fourth.allotmentLeftAfter());
        assertThat(fourth.leverageAfter()).isEqualByComparingTo("4.4681");

        Effect fifth = effects.get(4);
        assertThat(fifth.fitsAllotment()).isFalse();
        assertThat(fifth.allotmentLeftBefore()).isEqualTo(eur("600000.00"));
        assertThat(fifth.allotmentLeftAfter()).isEqualTo(eur("600000.00"));
        assertThat(fifth.leverageAfter()).isEqualByComparingTo("4.4681");
    }
}
