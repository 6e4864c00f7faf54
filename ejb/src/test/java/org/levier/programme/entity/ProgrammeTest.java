package org.levier.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levier.shared.entity.Money;

class ProgrammeTest {

    private final Programme dunkerque = new Programme("TI-DK", "Dunkerque, l'énergie créative",
            Money.eur("37500000.00"), Money.eur("288000000.00"), 5, Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void targetLeverageIsTargetTotalOverAllotment() {
        assertThat(dunkerque.targetLeverage()).isEqualByComparingTo("7.68");
    }

    @Test
    void actionsAreNumberedAcrossTheProgrammeAndBelongToOneAxis() {
        dunkerque.addAxis(1, "Écologie industrielle et territoriale", "Industrial and territorial ecology");
        dunkerque.addAxis(2, "Transition énergétique", "Energy transition");
        dunkerque.addAction(1, 1, "Nouvelle génération d'écologie industrielle", null);
        ProgrammeAction hub = dunkerque.addAction(2, 6, "Hub hydrogénation du CO2", null);
        hub.nameLeaders(List.of("CEA-TECH", "ENGIE", "ENGIE"));

        assertThat(dunkerque.findAction(6)).contains(hub);
        assertThat(hub.getAxis().getNumber()).isEqualTo(2);
        assertThat(hub.getLeaders()).containsExactly("CEA-TECH", "ENGIE");
        assertThat(dunkerque.findAxis(2).orElseThrow().title("en")).isEqualTo("Energy transition");
        assertThat(dunkerque.findAxis(2).orElseThrow().title("fr")).isEqualTo("Transition énergétique");
        assertThatThrownBy(() -> dunkerque.addAction(1, 6, "duplicate number", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action 6");
        assertThatThrownBy(() -> dunkerque.addAction(9, 7, "no such axis", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no axis 9");
    }

    @Test
    void anEnvelopeStaysWithinTheAllotment() {
        dunkerque.addAxis(4, "Toiles et intelligence territoriale", null);
        ProgrammeAction fund = dunkerque.addAction(4, 15, "Fonds territorial d'investissement", null);
        fund.reserveEnvelope(Money.eur("5000000.00"));
        assertThat(fund.envelope()).contains(Money.eur("5000000.00"));
        assertThatThrownBy(() -> fund.reserveEnvelope(Money.eur("37500000.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMalformedProgrammes() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> new Programme("ti dk", "x", Money.eur("1.00"), Money.eur("2.00"), 5, now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Programme("TI-DK", "x", Money.eur("0.00"), Money.eur("2.00"), 5, now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Programme("TI-DK", "x", Money.eur("1.00"), Money.eur("2.00"), 0, now))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
