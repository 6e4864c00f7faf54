package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The programme reports' data workbooks, read back with Apache POI: data, not page layout. */
class DataWorkbooksTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    @Test
    void portfolioIsOneFrozenFilteredHeaderThenOneRowPerPositionWithNumbersAndDates() throws IOException {
        byte[] xlsx = DataWorkbooks.portfolio(ProgrammeSheets.portfolio(), AS_OF,
                ReportRenderer.bundle(Locale.ENGLISH));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("As of", "Breakdown", "Code", "Label", "Committed", "Paid",
                    "Left to pay", "Envelope", "Envelope used", "Leverage");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J" + (sheet.getLastRowNum() + 1));
            assertThat(sheet.getMergedRegions()).isEmpty();
            int positions = ProgrammeSheets.portfolio().getAxes().size() + ProgrammeSheets.portfolio().getActions()
                    .size() + ProgrammeSheets.portfolio().getInstruments().size();
            assertThat(sheet.getLastRowNum()).isEqualTo(positions);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
                assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(AS_OF);
                assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            }
            PortfolioSheet.Position first = ProgrammeSheets.portfolio().getAxes().getFirst();
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(first.getKey());
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue())
                    .isEqualTo(first.getCommitted().doubleValue());
        }
    }
}
