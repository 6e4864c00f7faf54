package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

/** The impact template in PDF (text extracted with PDFBox) and XLSX (the sheet's cells), French and English. */
class ImpactReportTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final ReportHeader header = new ReportHeader("TI-DK", "Territoire d'innovation Dunkerque", null, null,
            Instant.parse("2026-11-28T18:30:00Z"), "auditor@levier.example");

    static List<ImpactRow> rows(String programme, String axis) {
        return List.of(
                new ImpactRow(programme, "Émissions de CO2 évitées", "t/year", new BigDecimal("1250.5000"),
                        new BigDecimal("70.0000"), new BigDecimal("0.0560"), 3, 1),
                new ImpactRow(programme, "Emplois créés", "jobs", new BigDecimal("8.0000"), new BigDecimal("6.0000"),
                        new BigDecimal("0.7500"), 1, 1),
                new ImpactRow(axis, "Émissions de CO2 évitées", "t/year", new BigDecimal("1250.5000"),
                        new BigDecimal("70.0000"), new BigDecimal("0.0560"), 3, 1));
    }

    @Test
    void frenchPdfShowsSectionsFiguresInFrenchFormatAndPageXOfY() {
        byte[] pdf = renderer.pdf(ReportType.IMPACT, Locale.FRENCH, header, Map.of("RULE", "Règle de calcul"),
                rows("Programme, par indicateur", "Axe 3 — Santé"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfText text = PdfText.of(pdf);
        assertThat(text.text)
                .contains("Impact : objectifs et réalisations", "Programme TI-DK")
                .contains("Règle de calcul", "Programme, par indicateur", "Axe 3 — Santé")
                .contains("Indicateur", "Objectif", "Réalisé", "Atteint")
                .contains("Émissions de CO2 évitées", "t/year")
                .containsPattern("1\\s250,5")
                .contains("75,0 %", "5,6 %")
                .containsPattern("page 1 sur 1");
    }

    @Test
    void englishPdfUsesEnglishLabelsAndNumbers() {
        PdfText text = PdfText.of(renderer.pdf(ReportType.IMPACT, Locale.ENGLISH, header, Map.of("RULE", "Rule"),
                rows("Programme, by indicator", "Axis 3 — Health")));
        assertThat(text.text).contains("Impact: targets and results", "Target", "Actual", "Reached", "1,250.5",
                "75.0 %", "5.6 %").containsPattern("page 1 of 1");
    }

    @Test
    void anEmptyProgrammeStillShowsTheHeaderAndSaysSo() {
        PdfText text = PdfText.of(renderer.pdf(ReportType.IMPACT, Locale.ENGLISH, header, Map.of("RULE", "Rule"),
                List.of()));
        assertThat(text.text).contains("Impact: targets and results", "No impact target");
    }

    @Test
    void xlsxIsADataWorkbookWithTheSameFiguresAsNumbers() throws IOException {
        byte[] xlsx = DataWorkbooks.impact(rows("Programme, by indicator", "Axis 3 — Health"),
                java.time.LocalDate.of(2026, 11, 28), ReportRenderer.bundle(Locale.ENGLISH));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(xlsx))) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("As of");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter()).isNotNull();
            List<Double> numbers = new java.util.ArrayList<>();
            List<String> texts = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                sheet.getRow(r).forEach(c -> {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        numbers.add(c.getNumericCellValue());
                    } else if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                });
            }
            // Target, actual and ratio as numbers, not text.
            assertThat(numbers).contains(1250.5, 70.0, 0.75, 0.056);
            assertThat(texts).contains("Axis 3 — Health", "Emplois créés");
        }
    }
}
