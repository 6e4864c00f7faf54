package org.levier.agreement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

class EnvelopesTest {

    static final Money ALLOTMENT = Money.eur("37500000.00");

    @Test
    void theLastEuroOfTheAllotmentFitsAndNotACentMore() {
        Envelopes.check("TI-DK", ALLOTMENT, Money.eur("37499999.00"), 1, Optional.empty(), Money.ZERO,
                Money.eur("1.00"));
        assertThatThrownBy(() -> Envelopes.check("TI-DK", ALLOTMENT, Money.eur("37499999.00"), 1, Optional.empty(),
                Money.ZERO, Money.eur("1.01")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("agreement.envelope.programme-exceeded");
                    assertThat(e.getMessage()).contains("1.00 left");
                });
    }

    @Test
    void anActionWithAnEnvelopeIsHeldToIt() {
        assertThatThrownBy(() -> Envelopes.check("TI-DK", ALLOTMENT, Money.eur("1000000.00"), 4,
                Optional.of(Money.eur("2000000.00")), Money.eur("1500000.00"), Money.eur("500000.01")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("agreement.envelope.action-exceeded");
                    assertThat(e.getMessage()).contains("action 4 has 500000.00 left");
                });
        Envelopes.check("TI-DK", ALLOTMENT, Money.eur("1000000.00"), 4, Optional.of(Money.eur("2000000.00")),
                Money.eur("1500000.00"), Money.eur("500000.00"));
    }
}
