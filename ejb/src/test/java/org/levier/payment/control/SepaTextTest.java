package org.levier.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SepaTextTest {

    @Test
    void accentsAndLigaturesAreSpeltInLatin() {
        assertThat(SepaText.of("Société Énergie Côte d’Opale & Cœur", 70))
                .isEqualTo("Societe Energie Cote d'Opale + Coeur");
        assertThat(SepaText.of("Straße Øresund Łódź Ærø", 70)).isEqualTo("Strasse Oresund Lodz AEro");
    }

    @Test
    void otherCharactersBecomeSpacesCollapsed() {
        assertThat(SepaText.of("  A*B#C  @ D\té  ", 70)).isEqualTo("A B C D e");
        assertThat(SepaText.of("TI-DK-2026-0001 (tranche 1/2): 50% ?", 140))
                .isEqualTo("TI-DK-2026-0001 (tranche 1/2): 50 ?");
    }

    @Test
    void cutAtTheFieldsLength() {
        assertThat(SepaText.of("abcdefghij", 4)).isEqualTo("abcd");
        assertThat(SepaText.of(null, 4)).isEmpty();
    }

    @Test
    void everyOutputIsInTheSepaSet() {
        String wild = "Ça, c'est l'Œuvre « spéciale » — n°42 ½ €100 ß ü ñ 漢字 \u00A0end";
        String sepa = SepaText.of(wild, 140);
        assertThat(SepaText.isSepa(sepa)).isTrue();
        assertThat(sepa).startsWith("Ca, c'est l'OEuvre ' speciale ' - n 42 1 2 100 ss u n").endsWith("end");
    }
}
