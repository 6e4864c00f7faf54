package org.levier.applicant.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyIdentifiersTest {

    @Test
    void acceptsSirenAndSiretThatPassLuhn() {
        assertThat(CompanyIdentifiers.isValidSiren("732829320")).isTrue();
        assertThat(CompanyIdentifiers.isValidSiret("73282932000074")).isTrue();
    }

    @Test
    void refusesNumbersThatFailLuhnOrHaveTheWrongShape() {
        assertThat(CompanyIdentifiers.isValidSiren("732829321")).isFalse();
        assertThat(CompanyIdentifiers.isValidSiret("73282932000075")).isFalse();
        assertThat(CompanyIdentifiers.isValidSiren("73282932")).isFalse();
        assertThat(CompanyIdentifiers.isValidSiren("73282932A")).isFalse();
        assertThat(CompanyIdentifiers.isValidSiret("7328293200007")).isFalse();
        assertThat(CompanyIdentifiers.isValidSiret(null)).isFalse();
    }

    @Test
    void acceptsLaPosteSiretsWhoseDigitsAddUpToAMultipleOfFive() {
        assertThat(CompanyIdentifiers.isValidSiren("356000000")).isTrue();
        assertThat(CompanyIdentifiers.isValidSiret("35600000000048")).isTrue();
        // fails Luhn (sum 15), but 3+5+6+1 = 15 is a multiple of 5: valid for La Poste only
        assertThat(CompanyIdentifiers.passesLuhn("35600000000001")).isFalse();
        assertThat(CompanyIdentifiers.isValidSiret("35600000000001")).isTrue();
        assertThat(CompanyIdentifiers.isValidSiret("35600000000002")).isFalse();
    }

    @Test
    void theDigitSumRuleIsLaPosteOnly() {
        // 7+3+2+8+2+9+3+2+0+0+0+0+0+4 = 40, a multiple of 5, but Luhn fails and the SIREN is not La Poste's
        assertThat(CompanyIdentifiers.passesLuhn("73282932000004")).isFalse();
        assertThat(CompanyIdentifiers.isValidSiret("73282932000004")).isFalse();
    }

    @Test
    void computesTheLuhnCheckDigit() {
        assertThat(CompanyIdentifiers.luhnCheckDigit("73282932")).isEqualTo('0');
        assertThat(CompanyIdentifiers.luhnCheckDigit("7328293200007")).isEqualTo('4');
        String siren = "99999001" + CompanyIdentifiers.luhnCheckDigit("99999001");
        assertThat(CompanyIdentifiers.isValidSiren(siren)).isTrue();
    }

    @Test
    void normalisesTypedSeparators() {
        assertThat(CompanyIdentifiers.normalise("732 829 320 00074")).isEqualTo("73282932000074");
        assertThat(CompanyIdentifiers.normalise("732.829.320-00074")).isEqualTo("73282932000074");
    }
}
