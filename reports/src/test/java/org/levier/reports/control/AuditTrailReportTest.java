package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

class AuditTrailReportTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final ReportHeader header = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), Instant.parse("2026-11-28T18:30:00Z"), "auditor@levier.example");

    static List<AuditRow> events(int count) {
        List<AuditRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new AuditRow(i, "28/11/2026 19:30:00", "analyst@levier.example", "dossier.moved",
                    "Dossier #" + i, "Déposé → Instruction, montant 1 500,00 €", "ab12cd34ef56"));
        }
        return rows;
    }

    private byte[] render(Locale locale, boolean valid, int count) {
        String result = valid ? (Locale.ENGLISH.equals(locale) ? "Chain intact: 3 events verified"
                : "Chaîne intègre : 3 événements vérifiés") : "CHAIN BROKEN at 2";
        return renderer.pdf(ReportType.AUDIT_TRAIL, locale, header,
                Map.of("CHAIN_RESULT", result, "CHAIN_VALID", valid), events(count));
    }

    @Test
    void frenchExtractShowsHeaderChainResultEventsAndPageXOfY() {
        byte[] pdf = render(Locale.FRENCH, true, 3);

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfText text = PdfText.of(pdf);
        assertThat(text.text)
                .contains("Extrait de la piste d’audit", "Programme DK-TEST — Fonds Énergie Dunkerque")
                .contains("Période du 1 janvier 2026 au 31 décembre 2026")
                .contains("auditor@levier.example", "heure de Paris")
                .contains("Vérification de la chaîne", "Chaîne intègre : 3 événements vérifiés")
                .contains("N°", "Date et heure", "Acteur", "Empreinte")
                .contains("dossier.moved", "Déposé → Instruction, montant 1 500,00 €", "ab12cd34ef56")
                .contains("Événements dans l’extrait : 3")
                .containsPattern("page 1 sur 1");
        assertThat(text.pages).isEqualTo(1);
    }

    @Test
    void englishExtractUsesEnglishLabels() {
        PdfText text = PdfText.of(render(Locale.ENGLISH, true, 3));

        assertThat(text.text)
                .contains("Audit trail extract", "Period from 1 Jan 2026 to 31 Dec 2026")
                .contains("Chain verification", "Chain intact: 3 events verified", "Paris time")
                .contains("Seq.", "Date and time", "Actor", "Hash", "Events in this extract: 3")
                .contains("page 1 of 1")
                .doesNotContain("Acteur");
    }

    @Test
    void longExtractRunsOverPagesNumberedXOfY() {
        PdfText text = PdfText.of(render(Locale.ENGLISH, false, 120));

        assertThat(text.pages).isGreaterThan(2);
        assertThat(text.text).contains("CHAIN BROKEN at 2", "page 1 of " + text.pages,
                "page " + text.pages + " of " + text.pages, "Events in this extract: 120");
    }

    @Test
    void emptyPeriodStillShowsHeaderChainResultAndZeroEvents() {
        PdfText text = PdfText.of(render(Locale.FRENCH, true, 0));

        assertThat(text.pages).isEqualTo(1);
        assertThat(text.text).contains("Extrait de la piste d’audit", "DK-TEST", "Chaîne intègre",
                "Événements dans l’extrait : 0", "page 1 sur 1");
    }
}
