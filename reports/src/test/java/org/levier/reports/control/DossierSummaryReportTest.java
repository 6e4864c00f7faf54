package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

class DossierSummaryReportTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final ReportHeader header = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque", null, null,
            Instant.parse("2026-11-28T18:30:00Z"), "applicant1@levier.example");

    static DossierSheet sheet() {
        return new DossierSheet("DK-2026-0007", "Électrolyseur pilote du port", "Société Hydrogène Côte d’Opale",
                "1.2 Hydrogène vert (axe 1)", "Déposé", "01/01/2027 – 31/12/2028", "Un électrolyseur de 1 MW.",
                List.of(new DossierSheet.Line("Subvention", null, null, new BigDecimal("50000.00")),
                        new DossierSheet.Line("Avance remboursable", null, null, new BigDecimal("0.00"))),
                List.of(new DossierSheet.Line("Équipements", "Électrolyseur", null, new BigDecimal("60000.00")),
                        new DossierSheet.Line("Personnel", "Ingénieurs", null, new BigDecimal("40000.50"))),
                List.of(new DossierSheet.Line("Fonds propres", "Demandeur", "Acquis", new BigDecimal("30000.00")),
                        new DossierSheet.Line("Prêt bancaire", "Banque du Nord", "Demandé",
                                new BigDecimal("20000.50"))),
                List.of(new DossierSheet.Item("CO2 évité", "120,5 t/an")),
                List.of(new DossierSheet.Item("Mise en service", "30/06/2027")));
    }

    private PdfText render(Locale locale) {
        return PdfText.of(renderer.pdf(ReportType.DOSSIER_SUMMARY, locale, header, Map.of(), List.of(sheet())));
    }

    @Test
    void frenchSheetShowsEverySectionWithTotalsInEuros() {
        PdfText text = render(Locale.FRENCH);

        assertThat(text.text)
                .contains("Fiche dossier", "Programme DK-TEST — Fonds Énergie Dunkerque", "Situation au 28 novembre 2026")
                .contains("DK-2026-0007", "Électrolyseur pilote du port", "Société Hydrogène Côte d’Opale")
                .contains("Porteur de projet", "Action / axe", "1.2 Hydrogène vert (axe 1)", "Statut", "Déposé")
                .contains("Aide demandée au fonds, par instrument", "Subvention 50 000,00 €")
                .contains("Budget prévisionnel", "Équipements Électrolyseur 60 000,00 €", "Total 100 000,50 €")
                .contains("Plan de cofinancement", "Prêt bancaire Banque du Nord Demandé 20 000,50 €",
                        "Total 50 000,50 €", "Total des ressources (aide + cofinancement) 100 000,50 €")
                .contains("Objectifs d’impact", "CO2 évité 120,5 t/an", "Jalons", "Mise en service 30/06/2027")
                .contains("page 1 sur 1");
    }

    @Test
    void englishSheetUsesEnglishLabelsAndNumbers() {
        PdfText text = render(Locale.ENGLISH);

        assertThat(text.text)
                .contains("Dossier summary", "As of 28 Nov 2026", "Generated on", "applicant1@levier.example")
                .contains("Reference", "Applicant organisation", "Co-financing plan", "Impact targets", "Milestones")
                .contains("Total 100,000.50 €", "Total resources (fund + co-financing) 100,000.50 €")
                .contains("page 1 of 1")
                .doesNotContain("Plan de cofinancement");
    }

    @Test
    void emptySectionsSayNone() {
        DossierSheet empty = new DossierSheet("DK-2026-0008", "Vide", "Org", "1.1", "Brouillon", "", null,
                List.of(), List.of(), List.of(), List.of(), List.of());
        PdfText text = PdfText.of(renderer.pdf(ReportType.DOSSIER_SUMMARY, Locale.ENGLISH, header, Map.of(),
                List.of(empty)));

        assertThat(text.text).contains("None", "Total 0.00 €");
    }

    @Test
    void everyFontIsEmbeddedDejaVuSans() throws IOException {
        byte[] pdf = renderer.pdf(ReportType.DOSSIER_SUMMARY, Locale.FRENCH, header, Map.of(), List.of(sheet()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            assertThat(resources.getFontNames()).isNotEmpty();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
    }
}
