package org.levier.banking.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"FR76 3000 6000 0112 3456 7890 189", "fr1420041010050500013m02606",
            "DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "BE68 5390 0754 7034",
            "NL91 ABNA 0417 1643 00", "IT60 X054 2811 1010 0000 0123 456", "ES91 2100 0418 4502 0005 1332",
            "CH93 0076 2011 6238 5295 7", "NO93 8601 1117 947"})
    void knownGoodIbansAreValidOnceNormalised(String written) {
        String iban = BankIdentifiers.normalise(written);
        assertThat(iban).doesNotContain(" ").isUpperCase();
        assertThat(BankIdentifiers.ibanProblem(iban)).isEmpty();
    }

    @Test
    void aWrongCharacterBreaksTheCheckDigits() {
        assertThat(BankIdentifiers.ibanProblem("FR7630006000011234567890188")).get().asString()
                .contains("modulo 97");
        assertThat(BankIdentifiers.ibanProblem("DE89370400440532013001")).get().asString().contains("modulo 97");
    }

    @Test
    void theCountrysLengthIsRequired() {
        assertThat(BankIdentifiers.ibanProblem("FR763000600001123456789018")).get().asString()
                .contains("27 characters");
        assertThat(BankIdentifiers.ibanProblem("ZZ7630006000011234567890189")).get().asString()
                .contains("country ZZ");
        assertThat(BankIdentifiers.ibanProblem("")).contains("required");
        assertThat(BankIdentifiers.ibanProblem("76FR30006000011234567890189")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNPAFRPP", "BNPAFRPPXXX", "DEUTDEFF500", "AGRIFRPP867", "1234FRPP"})
    void bicsOf8Or11Characters(String bic) {
        assertThat(BankIdentifiers.bicProblem(bic)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BNPAFRP", "BNPAFRPPXX", "BNPA12PP", "BNPAZZPP", "BNPAFRPP-XX", ""})
    void otherBicsAreRefused(String bic) {
        assertThat(BankIdentifiers.bicProblem(bic)).isPresent();
    }

    @Test
    void maskedShowsOnlyCountryCheckDigitsAndLastFour() {
        assertThat(BankIdentifiers.mask("FR7630006000011234567890189")).isEqualTo("FR76 **** **** 0189");
        assertThat(BankIdentifiers.grouped("FR7630006000011234567890189"))
                .isEqualTo("FR76 3000 6000 0112 3456 7890 189");
    }
}
