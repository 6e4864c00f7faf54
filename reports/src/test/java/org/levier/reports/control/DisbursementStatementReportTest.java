package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;
import org.levier.reports.control.DisbursementStatement.Kind;
import org.levier.reports.control.DisbursementStatement.Line;
import org.levier.reports.control.DisbursementStatement.Payment;

class DisbursementStatementReportTest {

    private final ReportRenderer renderer = new ReportRenderer();
    private final ReportHeader header = new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque", null, null,
            Instant.parse("2026-11-28T18:30:00Z"), "auditor@levier.example");

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    /** Grant: two tranches (one paid with 500.00 cancelled, one partly engaged); advance: one untouched tranche. */
    static List<Line> lines(String grant, String advance, String subtotal, String total) {
        return List.of(
                new Line(Kind.TRANCHE, "1. Commande (01/03/2027)", grant, eur("20000.00"), eur("0.00"),
                        eur("0.00"), eur("20000.00"), eur("500.00"), eur("0.00")),
                new Line(Kind.TRANCHE, "2. Mise en service (30/06/2027)", grant, eur("16000.00"), eur("1000.00"),
                        eur("2000.00"), eur("5000.00"), eur("0.00"), eur("8000.00")),
                new Line(Kind.SUBTOTAL, subtotal + " " + grant, null, eur("36000.00"), eur("1000.00"),
                        eur("2000.00"), eur("25000.00"), eur("500.00"), eur("8000.00")),
                new Line(Kind.TRANCHE, "3. Fin du projet (31/12/2028)", advance, eur("10000.50"), eur("0.00"),
                        eur("0.00"), eur("0.00"), eur("0.00"), eur("10000.50")),
                new Line(Kind.SUBTOTAL, subtotal + " " + advance, null, eur("10000.50"), eur("0.00"), eur("0.00"),
                        eur("0.00"), eur("0.00"), eur("10000.50")),
                new Line(Kind.TOTAL, total, null, eur("46000.50"), eur("1000.00"), eur("2000.00"), eur("25000.00"),
                        eur("500.00"), eur("18000.50")));
    }

    static Map<String, Object> parameters(String agreement, List<Payment> payments) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("DOSSIER", "DK-2026-0007 — Électrolyseur pilote du port — Société Hydrogène Côte d’Opale");
        parameters.put("AGREEMENT", agreement);
        parameters.put("PAYMENTS", payments);
        return parameters;
    }

    static List<Payment> payments(String grant) {
        return List.of(new Payment("1. Commande (01/03/2027)", grant, "15/03/2027", "VIR-2027-001",
                        eur("20000.00")),
                new Payment("2. Mise en service (30/06/2027)", grant, "10/07/2027", "VIR-2027-007", eur("5000.00")));
    }

    @Test
    void frenchStatementShowsEachTrancheSubtotalsTotalAndPayments() {
        PdfText text = PdfText.of(renderer.pdf(ReportType.DISBURSEMENT_STATEMENT, Locale.FRENCH, header,
                parameters("Convention signée le 01/12/2026", payments("Subvention")),
                lines("Subvention", "Avance remboursable", "Sous-total", "Total")));

        assertThat(text.pages).isEqualTo(1);
        assertThat(text.text)
                .contains("État des versements", "Programme DK-TEST — Fonds Énergie Dunkerque",
                        "Situation au 28 novembre 2026", "DK-2026-0007 — Électrolyseur pilote du port",
                        "Convention signée le 01/12/2026")
                .contains("Tranche Instrument Engagé Demandé Approuvé Versé Annulé Disponible")
                .contains("1. Commande (01/03/2027) Subvention 20 000,00 € 0,00 € 0,00 € 20 000,00 € 500,00 € 0,00 €",
                        "2. Mise en service (30/06/2027) Subvention 16 000,00 € 1 000,00 € 2 000,00 € 5 000,00 € 0,00 €"
                                + " 8 000,00 €",
                        "Sous-total Subvention 36 000,00 € 1 000,00 € 2 000,00 € 25 000,00 € 500,00 € 8 000,00 €",
                        "Sous-total Avance remboursable 10 000,50 € 0,00 € 0,00 € 0,00 € 0,00 € 10 000,50 €",
                        "Total 46 000,50 € 1 000,00 € 2 000,00 € 25 000,00 € 500,00 € 18 000,50 €")
                .contains("Versements effectués", "Date de valeur", "Référence bancaire",
                        "1. Commande (01/03/2027) Subvention 15/03/2027 VIR-2027-001 20 000,00 €",
                        "2. Mise en service (30/06/2027) Subvention 10/07/2027 VIR-2027-007 5 000,00 €")
                .contains("page 1 sur 1");
    }

    @Test
    void englishStatementUsesEnglishLabelsAndSaysWhenNothingWasPaid() {
        PdfText text = PdfText.of(renderer.pdf(ReportType.DISBURSEMENT_STATEMENT, Locale.ENGLISH, header,
                parameters("Agreement signed on 1 Dec 2026", List.of()),
                lines("Grant", "Repayable advance", "Subtotal", "Total")));

        assertThat(text.text)
                .contains("Disbursement statement", "As of 28 Nov 2026", "Agreement signed on 1 Dec 2026")
                .contains("Tranche Instrument Committed Requested Approved Paid Cancelled Available")
                .contains("Total 46,000.50 € 1,000.00 € 2,000.00 € 25,000.00 € 500.00 € 18,000.50 €")
                .contains("Payments made", "No payment", "page 1 of 1")
                .doesNotContain("État des versements");
    }

    @Test
    void xlsxHasOneRowPerLineWithNumericCells() throws IOException {
        byte[] xlsx = renderer.xlsx(ReportType.DISBURSEMENT_STATEMENT, Locale.FRENCH, header,
                parameters("Convention signée le 01/12/2026", payments("Subvention")),
                lines("Subvention", "Avance remboursable", "Sous-total", "Total"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("disbursement-statement");
            assertThat(numbers(row(sheet, "1. Commande (01/03/2027)", 0)))
                    .containsExactly(20000.00, 0.00, 0.00, 20000.00, 500.00, 0.00);
            assertThat(numbers(row(sheet, "2. Mise en service (30/06/2027)", 0)))
                    .containsExactly(16000.00, 1000.00, 2000.00, 5000.00, 0.00, 8000.00);
            assertThat(numbers(row(sheet, "Sous-total Subvention", 0)))
                    .containsExactly(36000.00, 1000.00, 2000.00, 25000.00, 500.00, 8000.00);
            assertThat(numbers(row(sheet, "Sous-total Avance remboursable", 0)))
                    .containsExactly(10000.50, 0.00, 0.00, 0.00, 0.00, 10000.50);
            assertThat(numbers(row(sheet, "Total", 0)))
                    .containsExactly(46000.50, 1000.00, 2000.00, 25000.00, 500.00, 18000.50);
            Row payment = row(sheet, "2. Mise en service (30/06/2027)", 1);
            assertThat(texts(payment)).contains("Subvention", "10/07/2027", "VIR-2027-007");
            assertThat(numbers(payment)).containsExactly(5000.00);
            assertThat(texts(row(sheet, "Tranche", 0))).containsExactly("Tranche", "Instrument", "Engagé",
                    "Demandé", "Approuvé", "Versé", "Annulé", "Disponible");
        }
    }

    /** The {@code skip}+1-th row whose first non-blank cell is {@code first}. */
    private static Row row(Sheet sheet, String first, int skip) {
        int seen = 0;
        for (Row row : sheet) {
            List<String> texts = texts(row);
            if (!texts.isEmpty() && texts.get(0).equals(first) && seen++ == skip) {
                return row;
            }
        }
        throw new AssertionError("no row starting with " + first);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                texts.add(cell.getStringCellValue().strip());
            }
        }
        return texts;
    }

    private static List<Double> numbers(Row row) {
        List<Double> numbers = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.NUMERIC) {
                numbers.add(cell.getNumericCellValue());
            }
        }
        return numbers;
    }
}
