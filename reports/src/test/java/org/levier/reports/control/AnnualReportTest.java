package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

/**
 * The annual report as a funder reads it: cover page, contents, the year in figures, leverage against the target,
 * the supported projects by axis in a table whose column headers repeat on every page it spans, impact, recoveries,
 * the audit chain, definitions, then the portfolio and leverage annexes.
 */
class AnnualReportTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final Map<String, Object> target = Map.of(TargetLineCustomizer.TARGET, ProgrammeSheets.TARGET);
    private final ReportHeader year = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque", LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31), ProgrammeSheets.HEADER.generatedAt(), "director1@levier.example");

    private byte[] annual(Locale locale, int projects) {
        return renderer.pdf(ReportType.ANNUAL, locale, year, target, List.of(new AnnualSheet(
                ProgrammeSheets.portfolio(), ProgrammeSheets.leverage(),
                List.of(new AnnualSheet.Indicator("CO2 évité", "t/an", new BigDecimal("1200"), new BigDecimal("850.5"))),
                ProgrammeSheets.fourFlows(), "Période précédente : du 1 janvier 2025 au 31 décembre 2025.",
                ProgrammeSheets.sections(projects))));
    }

    @Test
    void aCoverPageAndContentsThenTheSectionsInOrderThenTheAnnexes() {
        byte[] pdf = annual(Locale.FRENCH, 6);
        List<String> pages = pages(pdf);

        // The cover: title, programme, period, no running header; then the contents.
        assertThat(pages.getFirst()).contains("Rapport annuel du programme", "DK-TEST — Fonds Énergie Dunkerque",
                "Période du 1 janvier 2026 au 31 décembre 2026", "Sommaire")
                .containsSubsequence("1. L’année en chiffres", "2. Effet de levier au regard de l’objectif",
                        "3. Projets soutenus, par axe", "4. Impact au regard des objectifs",
                        "5. Sommes revenues au fonds (reversements)", "6. Chaîne d’audit", "7. Définitions",
                        "Annexe A — Portefeuille", "Annexe B — Effet de levier détaillé")
                .doesNotContain("Engagements (conventions signées)");
        String text = String.join("\n", pages.subList(1, pages.size()));
        assertThat(text)
                .containsSubsequence("1. L’année en chiffres", "2. Effet de levier au regard de l’objectif",
                        "3. Projets soutenus, par axe", "4. Impact au regard des objectifs",
                        "5. Sommes revenues au fonds", "6. Chaîne d’audit", "7. Définitions",
                        "Annexe A — Portefeuille", "Annexe B — Effet de levier détaillé")
                .contains("Cofinancements levés (conventions signées) 8 016 000,00 € 4 000 000,00 € 63 460 000,00 €")
                .contains("Période 1 200 000,00 € 9 216 000,00 € 7,68", "Objectif 288 000 000,00 € 7,68")
                .contains("Axe 1 — Énergie décarbonée", "Axe 2 — Économie circulaire",
                        "Bénéficiaire n° 1 1. Hydrogène vert 2 500 000,00 € 1 250 000,00 €", "En exécution",
                        "CO2 évité : 5 000 / 4 000 t/an", "Emplois créés : 8 / 10 emplois")
                .contains("Reversements reçus : 10 000,00 € sur la période, 12 500,00 € en cumul",
                        "15 novembre 2026 DK-2026-0001 Hydrogène Côte d'Opale 3 000,00 €")
                .contains("Chaîne d’audit vérifiée à la production du rapport : 1 234 événements, intacte.")
                .contains("² Versé : versements payés", "³ En cours de versement", "⁴ Disponible",
                        "⁵ Reste à verser");
        // Charts: leverage against the target, its cumulative trend, and the annexes' three.
        assertThat(ProgrammeReportsTest.charts(pdf)).isEqualTo(5);
    }

    @Test
    void theProjectsTableRepeatsItsColumnHeadersOnEveryPageItSpans() {
        List<String> pages = pages(annual(Locale.ENGLISH, 120));
        List<String> withProjects = pages.stream().filter(p -> p.contains("Bénéficiaire n° ")).toList();

        assertThat(withProjects.size()).as("pages of the projects table").isGreaterThanOrEqualTo(3);
        // (the text extraction glues "²" to the next header: cells are positioned, not spaced)
        assertThat(withProjects).allSatisfy(p -> assertThat(p).contains("Beneficiary Action Committed ¹ Paid ²",
                "Status Impact: actual / target"));
        assertThat(String.join("\n", pages)).contains("Supported projects by axis", "Bénéficiaire n° 120",
                "Leverage against the target", "Definitions", "Cumulative at the end of the period");
    }

    @Test
    void theAnnexesTablesRepeatTheirColumnHeadersOnEveryPageTheySpan() {
        // 90 actions: the portfolio annex's table by action runs over several pages.
        PortfolioSheet portfolio = ProgrammeSheets.portfolioWithActions(90);
        List<String> pages = pages(renderer.pdf(ReportType.ANNUAL, Locale.FRENCH, year, target,
                List.of(new AnnualSheet(portfolio, ProgrammeSheets.leverage(), null))));
        List<String> withActions = pages.stream().filter(p -> p.contains("Action n° ")).toList();

        assertThat(withActions.size()).as("pages of the table by action").isGreaterThanOrEqualTo(2);
        assertThat(withActions).allSatisfy(p -> assertThat(p).contains(
                "Axe, action ou instrument Engagé Versé Reste à verser Enveloppe"));
        assertThat(String.join("\n", withActions)).contains("Action n° 1 ", "Action n° 90 ");
    }

    @Test
    void withoutItsOwnSectionsTheReportStillHasItsCoverYearAndAnnexes() {
        PdfText text = PdfText.of(renderer.pdf(ReportType.ANNUAL, Locale.ENGLISH, year, target,
                List.of(new AnnualSheet(ProgrammeSheets.portfolio(), ProgrammeSheets.leverage(), null))));
        assertThat(text.text).contains("Contents", "Annex A — Portfolio", "Annex B — Leverage in detail",
                        "7. Definitions")
                .doesNotContain("Received on", "Leverage: previous period");
    }

    /** The text of each page. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " "));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
