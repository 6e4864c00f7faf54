package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook our writer produces, read back by Apache POI (what Excel and LibreOffice read too). */
class XlsxWriterTest {

    @Test
    void moneyAndRatiosAreExactNumbersWithTheirFormatsAndTheHeaderIsBold() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, "Leverage / axes")) {
            xlsx.header(List.of("axis", "label", "committed", "leverage", "dossiers"));
            xlsx.row(List.of("1", "Hydrogène & <CO2>", new BigDecimal("37500000.00"),
                    new XlsxWriter.Ratio(new BigDecimal("7.6800")), 12));
            xlsx.row(Arrays.asList("2", "=HYPERLINK(\"x\")", new BigDecimal("0.10"),
                    new XlsxWriter.Ratio(null), null));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Leverage _ axes");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);

            XSSFRow header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("axis");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("dossiers");
            assertThat(header.getCell(2).getCellStyle().getFont().getBold()).isTrue();

            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Hydrogène & <CO2>");
            assertThat(first.getCell(1).getCellStyle().getFont().getBold()).isFalse();
            XSSFCell money = first.getCell(2);
            assertThat(money.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(money.getNumericCellValue()).isEqualTo(37_500_000.00);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            // The stored text is the exact decimal, not a binary approximation.
            assertThat(money.getCTCell().getV()).isEqualTo("37500000.00");
            XSSFCell ratio = first.getCell(3);
            assertThat(ratio.getNumericCellValue()).isEqualTo(7.68);
            assertThat(ratio.getCTCell().getV()).isEqualTo("7.6800");
            assertThat(ratio.getCellStyle().getDataFormatString()).isEqualTo("0.0000");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(12.0);

            XSSFRow second = sheet.getRow(2);
            // A formula-looking text stays text: inline strings are never evaluated.
            assertThat(second.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(second.getCell(2).getCTCell().getV()).isEqualTo("0.10");
            assertThat(second.getCell(3)).isNull();
            assertThat(second.getCell(4)).isNull();
        }
    }

    @Test
    void manyRowsStreamAndColumnsBeyondZ() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, "Dossiers")) {
            xlsx.header(List.of("n"));
            for (int i = 1; i <= 5000; i++) {
                xlsx.row(List.of(i, new BigDecimal(i + ".25")));
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5000);
            assertThat(sheet.getRow(5000).getCell(1).getCTCell().getV()).isEqualTo("5000.25");
        }
        assertThat(XlsxWriter.column(0)).isEqualTo("A");
        assertThat(XlsxWriter.column(25)).isEqualTo("Z");
        assertThat(XlsxWriter.column(26)).isEqualTo("AA");
        assertThat(XlsxWriter.column(701)).isEqualTo("ZZ");
        assertThat(XlsxWriter.column(702)).isEqualTo("AAA");
        assertThat(XlsxWriter.escape("a\u0001b\"")).isEqualTo("ab&quot;");
    }
}
