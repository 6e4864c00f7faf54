package org.levier.reports.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;

/**
 * The open data's SIRETs pass the SCDL schema's {@code french-siret-value} rule (the whole number and its SIREN by
 * the Luhn check digit, La Poste by its digit sum), and a wrong fund SIRET refuses the export before anything is read.
 */
class OpenDataSiretTest {

    @Test
    void siretsAreCheckedAsTheSchemaDoes() {
        assertThat(OpenData.isScdlSiret("99999000500012")).as("the default fund SIRET").isTrue();
        assertThat(OpenData.isScdlSiret("73282932000074")).isTrue();
        assertThat(OpenData.isScdlSiret("35600000049800")).as("La Poste: digit sum 35").isTrue();
        assertThat(OpenData.isScdlSiret("99999000500013")).as("wrong check digit").isFalse();
        assertThat(OpenData.isScdlSiret("12345678010005")).as("Luhn passes, its SIREN does not").isFalse();
        assertThat(OpenData.isScdlSiret("35600000049801")).as("La Poste, digit sum 36").isFalse();
        assertThat(OpenData.isScdlSiret("732829320")).as("a SIREN").isFalse();
        assertThat(OpenData.isScdlSiret(null)).isFalse();
    }

    @Test
    void aWrongFundSiretRefusesTheExportWithARuleNamingTheSetting() {
        OpenData openData = new OpenData();
        openData.fundName = "Fonds";
        openData.fundSiret = "99999000500013";
        // (no entity manager: the refusal comes before any query)
        assertThatThrownBy(() -> openData.subventions(null)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.key()).isEqualTo("openData.fund.siret");
            assertThat(e.getMessage()).contains("levier.fund.siret", "99999000500013");
        });
    }
}
