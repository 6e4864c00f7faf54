package org.levier.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    private static String refusal(String text) {
        return Text.Check.refusal(text, true);
    }

    @Test
    void acceptsOrdinaryTextInAnyScriptWithLineBreaks() {
        assertThat(refusal("Tiers-lieu numérique — phase 2")).isNull();
        assertThat(refusal("Ligne 1\nLigne 2\tfin")).isNull();
        assertThat(refusal("مشروع 2026")).isNull();
        assertThat(refusal("emoji 👍 ok")).isNull();
        assertThat(Text.Check.refusal("two\nlines", false)).isEqualTo("a single line");
    }

    @Test
    void refusesControlAndBidiOverrideCharacters() {
        assertThat(refusal("a\u0000b")).contains("control");
        assertThat(refusal("a\u001bb")).contains("control");
        assertThat(refusal("a\u007fb")).contains("control");
        assertThat(refusal("invoice\u202Efdp.exe")).contains("bidirectional");
        assertThat(refusal("x\u2066y\u2069")).contains("bidirectional");
        assertThat(refusal("bad \uD800 surrogate")).contains("surrogate");
    }

    @Test
    void refusesTextMadeOnlyOfInvisibleCharactersButLeavesPlainBlanksToTheDomain() {
        assertThat(refusal("\u200B\u200C\u200D")).contains("blank");
        assertThat(refusal(" \uFEFF \u2060 ")).contains("blank");
        assertThat(refusal("\u00AD")).contains("blank");
        assertThat(refusal("   ")).isNull();
        assertThat(refusal("")).isNull();
        assertThat(refusal("a\u200B")).isNull();
    }
}
