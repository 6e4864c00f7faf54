package org.levier.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The audit timeline speaks the view's language: actions from the catalogue, unambiguous Paris-time moments. */
class AuditTimelineViewTest {

    private static final Instant AT = Instant.parse("2026-12-05T13:30:00Z");

    @Test
    void momentsAreWrittenOutInEitherLanguage() {
        assertThat(AuditTimelineView.moment(AT, Locale.ENGLISH)).isEqualTo("5 Dec 2026, 14:30");
        assertThat(AuditTimelineView.moment(AT, Locale.FRENCH)).isEqualTo("5 décembre 2026 à 14:30");
        assertThat(AuditTimelineView.moment(null, Locale.FRENCH)).isEmpty();
    }

    @Test
    void actionsAreRenderedFromTheCatalogueAndUnknownOnesKeepTheirCode() {
        assertThat(AuditTimelineView.action("disbursement.paid", Locale.ENGLISH)).isEqualTo("Disbursement paid");
        assertThat(AuditTimelineView.action("disbursement.paid", Locale.FRENCH)).isEqualTo("Versement payé");
        assertThat(AuditTimelineView.action("no.such.action", Locale.FRENCH)).isEqualTo("no.such.action");
    }
}
