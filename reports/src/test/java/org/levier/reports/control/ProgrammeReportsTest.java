package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

/** The portfolio, leverage and annual templates filled with hand-made sheets: texts, figures, charts, XLSX cells. */
class ProgrammeReportsTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final Map<String, Object> target = Map.of(TargetLineCustomizer.TARGET, ProgrammeSheets.TARGET);

    private byte[] pdf(ReportType type, Locale locale, Object sheet) {
        return renderer.pdf(type, locale, ProgrammeSheets.HEADER, target, List.of(sheet));
    }

    @Test
    void frenchPortfolioShowsTotalsPerAxisActionInstrumentAndPipelineWithCharts() {
        byte[] pdf = pdf(ReportType.PORTFOLIO, Locale.FRENCH, ProgrammeSheets.portfolio());
        PdfText text = PdfText.of(pdf);

        assertThat(text.text)
                .contains("Rapport de portefeuille", "Programme DK-TEST — Fonds Énergie Dunkerque",
                        "Situation au 28 novembre 2026", "auditor@levier.example", "Versements comptés jusqu’à la date de situation incluse")
                .contains("Dotation du fonds 37 500 000,00 €", "Engagé (conventions signées) 1 500 000,00 €",
                        "Versé 300 000,50 €", "Reste à verser 1 199 999,50 €",
                        "Approuvé en comité, convention non signée 250 000,00 €",
                        "Consommation de la dotation 4,0 %", "Effet de levier (base engagée) 7,68",
                        "Effet de levier cible 7,68")
                .contains("Par axe", "1 – Énergie décarbonée 1 200 000,00 € 300 000,50 € 899 999,50 € 8,00",
                        "Total 1 500 000,00 € 300 000,50 € 1 199 999,50 €")
                .contains("Par action", "1 – Hydrogène vert 1 200 000,00 € 300 000,50 € 899 999,50 € "
                        + "2 400 000,00 € 50,0 % 8,00",
                        // an action without an envelope says so, and the definitions say what "—" means
                        "5 – Recyclage des métaux 300 000,00 € 0,00 € 300 000,00 € — 6,40",
                        "— : aucune fixée pour cette action")
                .contains("Par instrument", "Avance remboursable 500 000,00 € 0,00 € 500 000,00 €")
                .contains("Dossiers par statut", "Déposé 4", "Convention signée 2", "Total 6")
                .contains("page 1 sur 2", "page 2 sur 2");
        assertThat(text.pages).isEqualTo(2);
        assertThat(charts(pdf)).isEqualTo(2);
    }

    @Test
    void englishPortfolioUsesEnglishLabelsAndNumbers() {
        PdfText text = PdfText.of(pdf(ReportType.PORTFOLIO, Locale.ENGLISH, ProgrammeSheets.portfolio()));

        assertThat(text.text)
                .contains("Portfolio report", "As of 28 Nov 2026", "Payments counted up to and including the as-of date")
                .contains("Committed (signed agreements) 1,500,000.00 €", "Allotment consumption 4.0 %",
                        "Leverage (committed basis) 7.68", "Target leverage 7.68")
                .contains("By axis", "By action", "By instrument", "Dossiers by status")
                .contains("Total 1,500,000.00 € 300,000.50 € 1,199,999.50 €")
                .contains("page 1 of 2")
                .doesNotContain("Par axe");
    }

    @Test
    void leverageShowsEveryBasisAgainstTheTargetAndAChartWithTheTargetLine() {
        byte[] french = pdf(ReportType.LEVERAGE, Locale.FRENCH, ProgrammeSheets.leverage());
        PdfText text = PdfText.of(french);

        assertThat(text.text)
                .contains("Rapport sur l’effet de levier", "Total du programme par base, comparé à la cible")
                .contains("Engagé 1 500 000,00 € 11 520 000,00 € 10 020 000,00 € 4 000 000,00 € 7,68 6,68 2,67")
                .contains("Réalisé 0,00 € 0,00 € 0,00 € 0,00 €")
                .contains("Effet de levier cible 7,68", "Investissement total visé 288 000 000,00 €")
                .contains("Par axe — base « Engagé »",
                        "2 – Économie circulaire 300 000,00 € 1 920 000,00 € 1 620 000,00 € 1 000 000,00 € 6,40 "
                                + "5,40 3,33",
                        "Total du programme 1 500 000,00 € 11 520 000,00 €")
                // per source type no total cost or leverage of its own, as in the API
                .contains("Prêt bancaire 1 500 000,00 € 4 000 000,00 € 4 000 000,00 € 2,67 2,67")
                .contains("page 1 sur 2", "page 2 sur 2");
        assertThat(charts(french)).isEqualTo(1);

        PdfText english = PdfText.of(pdf(ReportType.LEVERAGE, Locale.ENGLISH, ProgrammeSheets.leverage()));
        assertThat(english.text).contains("Leverage report", "Target leverage 7.68", "Fund contribution",
                "Total project cost", "Multiplier", "Private lev.",
                "1,500,000.00 € 11,520,000.00 € 10,020,000.00 € 4,000,000.00 € 7.68 6.68 2.67", "page 2 of 2");
    }

    @Test
    void annualReportHoldsPortfolioAndLeverageForThePeriodAndImpactOnlyWhenGiven() {
        ReportHeader year = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque",
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31),
                ProgrammeSheets.HEADER.generatedAt(), "director1@levier.example");
        byte[] pdf = renderer.pdf(ReportType.ANNUAL, Locale.ENGLISH, year, target,
                List.of(new AnnualSheet(ProgrammeSheets.portfolio(), ProgrammeSheets.leverage(), null)));
        PdfText text = PdfText.of(pdf);

        assertThat(text.text)
                .contains("Annual programme report", "Period from 1 Jan 2026 to 31 Dec 2026",
                        "director1@levier.example")
                .contains("Annex A — Portfolio", "Committed (signed agreements) 1,500,000.00 €", "Dossiers by status")
                .contains("Annex B — Leverage in detail", "Target leverage 7.68", "Par axe — base « Engagé »")
                .contains("page 1 of " + text.pages)
                .doesNotContain("Indicator Target Actual Unit");
        assertThat(charts(pdf)).isEqualTo(3);

        PdfText withImpact = PdfText.of(renderer.pdf(ReportType.ANNUAL, Locale.FRENCH, year, target,
                List.of(new AnnualSheet(ProgrammeSheets.portfolio(), ProgrammeSheets.leverage(),
                        List.of(new AnnualSheet.Indicator("CO2 évité", "t/an", new BigDecimal("1200"),
                                new BigDecimal("850.5")))))));
        assertThat(withImpact.text).contains("Rapport annuel du programme", "Période du 1 janvier 2026",
                "4. Impact au regard des objectifs", "CO2 évité 1 200 850,5 t/an");
    }

    @Test
    void annualReportOpensWithTheYearInFiguresBesideThePreviousPeriodAndTheCumulativeTotals() {
        ReportHeader quarter = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque",
                java.time.LocalDate.of(2026, 10, 1), java.time.LocalDate.of(2026, 12, 31),
                ProgrammeSheets.HEADER.generatedAt(), "director1@levier.example");
        PdfText text = PdfText.of(renderer.pdf(ReportType.ANNUAL, Locale.FRENCH, quarter, target,
                List.of(new AnnualSheet(ProgrammeSheets.portfolio(), ProgrammeSheets.leverage(), null,
                        ProgrammeSheets.year(), "Période précédente : du 1 juillet 2026 au 30 septembre 2026."))));
        assertThat(text.text).contains("Période du 1 octobre 2026 au 31 décembre 2026", "L’année en chiffres",
                        "Flux Sur la période Période précédente Cumul à la fin de la période",
                        "Engagements (conventions signées) 1 200 000,00 € 800 000,00 € 9 500 000,00 €",
                        "Versements (date de valeur) 450 000,50 € 300 000,00 € 2 100 000,50 €",
                        "Reversements reçus 10 000,00 € 0,00 € 10 000,00 €",
                        "Période précédente : du 1 juillet 2026 au 30 septembre 2026.")
                .containsSubsequence("Flux Sur la période", "Annexe A — Portefeuille");
        assertThat(PdfText.of(renderer.pdf(ReportType.ANNUAL, Locale.FRENCH, quarter, target,
                List.of(new AnnualSheet(ProgrammeSheets.portfolio(), ProgrammeSheets.leverage(), null)))).text)
                .doesNotContain("Flux Sur la période");
    }

    @Test
    void chartsUseOnlyEmbeddedFonts() throws IOException {
        for (ReportType type : List.of(ReportType.PORTFOLIO, ReportType.LEVERAGE)) {
            Object sheet = type == ReportType.PORTFOLIO ? ProgrammeSheets.portfolio() : ProgrammeSheets.leverage();
            try (PDDocument document = Loader.loadPDF(pdf(type, Locale.FRENCH, sheet))) {
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        org.apache.pdfbox.pdmodel.font.PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(type + " " + font.getName()).isTrue();
                        assertThat(font.getName()).contains("DejaVuSans");
                    }
                }
            }
        }
    }

    @Test
    void aReportWithoutChartsHasNoDrawing() {
        assertThat(charts(renderer.pdf(ReportType.DOSSIER_SUMMARY, Locale.FRENCH, ProgrammeSheets.HEADER, Map.of(),
                List.of(new DossierSheet("R", "T", "O", "A", "S", "", null, List.of(), List.of(), List.of(),
                        List.of(), List.of()))))).isZero();
    }

    /** The numeric cells of the first row whose first cell is {@code label}, to 2 decimals. */
    static List<BigDecimal> numbers(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(row.getFirstCellNum());
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                List<BigDecimal> numbers = new java.util.ArrayList<>();
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        numbers.add(BigDecimal.valueOf(cell.getNumericCellValue())
                                .setScale(2, java.math.RoundingMode.HALF_EVEN));
                    }
                }
                return numbers;
            }
        }
        throw new AssertionError("no row " + label);
    }

    static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell).append(' ')));
        return text.toString();
    }

    /** Drawings (form or image XObjects: JFreeChart charts) over all pages. */
    @Test
    void thePortfolioTablesRepeatTheirColumnHeadersOnEveryPageTheySpan() {
        List<String> pages = AnnualReportTest.pages(renderer.pdf(ReportType.PORTFOLIO, Locale.ENGLISH,
                ProgrammeSheets.HEADER, target, List.of(ProgrammeSheets.portfolioWithActions(90))));
        List<String> withActions = pages.stream().filter(p -> p.contains("Action n° ")).toList();

        assertThat(withActions.size()).as("pages of the table by action").isGreaterThanOrEqualTo(2);
        assertThat(withActions).allSatisfy(p -> assertThat(p).contains("Committed Paid Left to pay Envelope"));
        assertThat(String.join("\n", withActions)).contains("Action n° 1 ", "Action n° 90 ");
    }

    @Test
    void theLeverageTablesRepeatTheirColumnHeadersOnEveryPageTheySpan() {
        LeverageSheet base = ProgrammeSheets.leverage();
        List<LeverageSheet.Line> lines = new java.util.ArrayList<>();
        for (int n = 1; n <= 90; n++) {
            lines.add(new LeverageSheet.Line(String.valueOf(n), "Groupe n° " + n, ProgrammeSheets.money("1000.00"),
                    ProgrammeSheets.money("7680.00"), ProgrammeSheets.money("6680.00"), ProgrammeSheets.money("0.00"),
                    new BigDecimal("7.6800"), new BigDecimal("6.6800"), null));
        }
        LeverageSheet.Section big = new LeverageSheet.Section("Par action — base « Engagé »", lines,
                base.getSections().getFirst().getTotal());
        LeverageSheet sheet = new LeverageSheet(List.of(base.getSections().getFirst(), big), base.getTotals(),
                base.getAxisChart(), base.getTarget(), base.getTargetTotalProjects(), base.getAllotment());
        List<String> pages = AnnualReportTest.pages(renderer.pdf(ReportType.LEVERAGE, Locale.ENGLISH,
                ProgrammeSheets.HEADER, target, List.of(sheet)));
        List<String> withRows = pages.stream().filter(p -> p.contains("Groupe n° ")).toList();

        assertThat(withRows.size()).as("pages of the table by action").isGreaterThanOrEqualTo(2);
        assertThat(withRows).allSatisfy(p -> assertThat(p).contains(
                "Group Fund contribution Total project cost Co-financing of which private Leverage"));
        String text = String.join("\n", pages);
        assertThat(text).contains("Groupe n° 1 ", "Groupe n° 90 ", "Par axe — base « Engagé »",
                "Par action — base « Engagé »", "Total du programme 1,500,000.00 €");
    }

    static int charts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int count = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject object = page.getResources().getXObject(name);
                    if (object != null) {
                        count++;
                    }
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
