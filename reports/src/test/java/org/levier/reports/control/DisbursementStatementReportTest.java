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
    void xlsxIsADataWorkbookOfPositionsThenPayments() throws IOException {
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 11, 28);
        List<Line> lines = List.of(
                new Line(Kind.TRANCHE, "1. Commande (1 mars 2027)", "Subvention", eur("20000.00"), eur("0.00"),
                        eur("0.00"), eur("20000.00"), eur("500.00"), eur("0.00"), 1, "Commande",
                        java.time.LocalDate.of(2027, 3, 1), "GRANT"),
                new Line(Kind.SUBTOTAL, "Sous-total Subvention", null, eur("20000.00"), eur("0.00"), eur("0.00"),
                        eur("20000.00"), eur("500.00"), eur("0.00"), null, null, null, "GRANT"),
                new Line(Kind.TOTAL, "Total", null, eur("20000.00"), eur("0.00"), eur("0.00"), eur("20000.00"),
                        eur("500.00"), eur("0.00"), null, null, null, null));
        List<Payment> payments = List.of(new Payment("1. Commande (1 mars 2027)", "Subvention", "15 mars 2027",
                "VIR-2027-001", eur("20000.00"), 1, "GRANT", java.time.LocalDate.of(2027, 3, 15)));
        byte[] xlsx = DataWorkbooks.statement(lines, payments, asOf, ReportRenderer.bundle(Locale.FRENCH));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            org.apache.poi.xssf.usermodel.XSSFSheet positions = workbook.getSheetAt(0);
            assertThat(positions.getSheetName()).isEqualTo("État des versements");
            assertThat(texts(positions.getRow(0))).containsExactly("Situation au", "Type de ligne", "Ligne",
                    "N° de tranche", "Jalon", "Date prévue", "Code instrument", "Instrument", "Engagé", "Demandé",
                    "Approuvé", "Versé", "Annulé", "Disponible");
            assertThat(positions.getPaneInformation().isFreezePane()).isTrue();
            assertThat(positions.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N4");
            assertThat(positions.getMergedRegions()).isEmpty();
            Row tranche = positions.getRow(1);
            assertThat(tranche.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(asOf);
            assertThat(tranche.getCell(1).getStringCellValue()).isEqualTo("TRANCHE");
            assertThat(tranche.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(tranche.getCell(5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2027, 3, 1));
            assertThat(tranche.getCell(6).getStringCellValue()).isEqualTo("GRANT");
            assertThat(tranche.getCell(7).getStringCellValue()).isEqualTo("Subvention");
            assertThat(numbers(tranche)).containsExactly((double) asOf.toEpochDay() + 25569, 1.0,
                    (double) java.time.LocalDate.of(2027, 3, 1).toEpochDay() + 25569, 20000.00, 0.00, 0.00,
                    20000.00, 500.00, 0.00);
            assertThat(positions.getRow(3).getCell(1).getStringCellValue()).isEqualTo("TOTAL");

            org.apache.poi.xssf.usermodel.XSSFSheet paid = workbook.getSheetAt(1);
            assertThat(paid.getSheetName()).isEqualTo("Versements effectués");
            assertThat(texts(paid.getRow(0))).containsExactly("N° de tranche", "Tranche", "Code instrument",
                    "Instrument", "Date de valeur", "Référence bancaire", "Montant");
            assertThat(paid.getPaneInformation().isFreezePane()).isTrue();
            assertThat(paid.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G2");
            assertThat(paid.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2027, 3, 15));
            assertThat(paid.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(20000.00);
        }
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
