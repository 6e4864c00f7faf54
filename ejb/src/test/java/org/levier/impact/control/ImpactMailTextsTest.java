package org.levier.impact.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.levier.shared.control.Texts;

/** Every impact e-mail exists in French and English and formats without a placeholder or quote left over. */
class ImpactMailTextsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en"})
    void everyTextFormats(String language) {
        ResourceBundle texts = ResourceBundle.getBundle(ImpactMails.BUNDLE, Texts.localeOf(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(texts.keySet()).containsExactlyInAnyOrder("due.subject", "due.body", "overdue.subject",
                "overdue.body", "returned.subject", "returned.body");
        for (String key : texts.keySet()) {
            String text = Texts.format(ImpactMails.BUNDLE, language, key, "TI-DK-2026-0001", "Hydrogen hub", "3",
                    "30 juin 2027", "Evidence missing");
            assertThat(text).as(key).doesNotContain("{").doesNotContain("''").contains("3");
            if (key.endsWith(".body")) {
                assertThat(text).as(key).contains("TI-DK-2026-0001", "30 juin 2027", "Evidence missing",
                        language.equals("fr") ? "L'équipe" : "The fund's team");
            }
        }
    }
}
