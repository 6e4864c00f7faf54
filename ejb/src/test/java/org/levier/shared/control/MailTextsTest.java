package org.levier.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every e-mail text exists in French and English and formats without a placeholder or quote left over. */
class MailTextsTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            "org.levier.diligence.control.mails, fr", "org.levier.diligence.control.mails, en",
            "org.levier.committee.control.mails, fr", "org.levier.committee.control.mails, en"})
    void everyTextFormats(String bundle, String language) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, Texts.localeOf(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(texts.keySet()).isNotEmpty();
        for (String key : texts.keySet()) {
            String text = Texts.format(bundle, language, key, "TI-DK-2026-0001", "Hydrogen hub", "Reason",
                    "31 mars 2026", "- condition");
            assertThat(text).as(key).doesNotContain("{").doesNotContain("''");
            if (key.endsWith(".body")) {
                assertThat(text).as(key).contains("TI-DK-2026-0001");
            }
        }
        assertThat(Texts.format(bundle, language, texts.keySet().stream().filter(k -> k.endsWith(".body"))
                .findFirst().orElseThrow(), "R", "T", "X", "D", "C")).contains(language.equals("fr") ? "L'équipe"
                : "team");
    }
}
