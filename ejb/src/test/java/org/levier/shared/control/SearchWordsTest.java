package org.levier.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void lowerCaseWithoutAccentsSplitOnAnythingButLettersAndDigits() {
        assertEquals(List.of("ecologie", "industrielle", "projet", "n", "42", "synthetique"),
                List.copyOf(SearchWords.of("Écologie industrielle — projet n° 42 (synthétique)")));
    }

    @Test
    void ligaturesAreSpelledOut() {
        assertEquals(Set.of("oeuvre", "caesar", "strasse"), SearchWords.of("Œuvre CÆSAR straße"));
    }

    @Test
    void aReferenceGivesItsPartsAndItsNumberWithoutLeadingZeros() {
        assertEquals(List.of("ti", "dk", "2026", "0042", "42"), List.copyOf(SearchWords.of("TI-DK-2026-0042")));
        assertEquals(List.of("0"), List.copyOf(SearchWords.of("0")));
        assertEquals(List.of("000", "a0"), List.copyOf(SearchWords.of("000 a0")));
    }

    @Test
    void severalTextsGiveEachWordOnceAndNullsAreSkipped() {
        assertEquals(List.of("solaire", "dunkerque", "552100554"),
                List.copyOf(SearchWords.of("Solaire Dunkerque", null, "solaire", "552100554")));
        assertTrue(SearchWords.of((String) null).isEmpty());
    }

    @Test
    void longWordsAreCut() {
        String word = "a".repeat(SearchWords.MAX_LENGTH + 10);
        assertEquals(Set.of("a".repeat(SearchWords.MAX_LENGTH)), SearchWords.of(word));
    }

    @Test
    void aSearchKeepsItsWordsOnceAndAtMostEight() {
        assertEquals(List.of("n", "4242"), SearchWords.searched("  N° 4242 "));
        assertEquals(List.of("synthetique"), SearchWords.searched("SYNTHÉTIQUE synthetique"));
        assertEquals(List.of(), SearchWords.searched("°—%_"));
        assertEquals(SearchWords.MAX_SEARCHED, SearchWords.searched("a b c d e f g h i j").size());
    }
}
