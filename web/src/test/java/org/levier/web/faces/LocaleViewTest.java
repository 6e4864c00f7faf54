package org.levier.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocaleViewTest {

    @Test
    void onlyFrenchAndEnglishAreSupported() {
        assertThat(LocaleView.supported("fr")).contains(Locale.FRENCH);
        assertThat(LocaleView.supported("en")).contains(Locale.ENGLISH);
        assertThat(LocaleView.supported("de")).isEmpty();
        assertThat(LocaleView.supported(null)).isEmpty();
    }
}
