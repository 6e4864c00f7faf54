package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;

class ProgrammeReportsTest {

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void dump() throws IOException {
        Map<String, Object> p = Map.of(TargetLineCustomizer.TARGET, ProgrammeSheets.TARGET);
        byte[] pdf = renderer.pdf(ReportType.PORTFOLIO, Locale.FRENCH, ProgrammeSheets.HEADER, p, List.of(ProgrammeSheets.portfolio()));
        Files.write(Path.of("/tmp/rprog-scratch/portfolio.pdf"), pdf);
        System.out.println(PdfText.of(pdf).text);
        pdf = renderer.pdf(ReportType.LEVERAGE, Locale.ENGLISH, ProgrammeSheets.HEADER, p, List.of(ProgrammeSheets.leverage()));
        Files.write(Path.of("/tmp/rprog-scratch/leverage.pdf"), pdf);
        System.out.println(PdfText.of(pdf).text);
        pdf = renderer.pdf(ReportType.ANNUAL, Locale.ENGLISH, ProgrammeSheets.HEADER, p, List.of(new AnnualSheet(ProgrammeSheets.portfolio(), ProgrammeSheets.leverage(), null)));
        Files.write(Path.of("/tmp/rprog-scratch/annual.pdf"), pdf);
        System.out.println(PdfText.of(pdf).text);
        for (String n : List.of("portfolio", "leverage", "annual")) {
            try (PDDocument d = Loader.loadPDF(Files.readAllBytes(Path.of("/tmp/rprog-scratch/" + n + ".pdf")))) {
                org.apache.pdfbox.rendering.PDFRenderer r = new org.apache.pdfbox.rendering.PDFRenderer(d);
                for (int i = 0; i < d.getNumberOfPages(); i++) {
                    javax.imageio.ImageIO.write(r.renderImageWithDPI(i, 70), "png", new java.io.File("/tmp/rprog-scratch/" + n + i + ".png"));
                }
            }
        }
        byte[] x = renderer.xlsx(ReportType.PORTFOLIO, Locale.FRENCH, ProgrammeSheets.HEADER, p, List.of(ProgrammeSheets.portfolio()));
        Files.write(Path.of("/tmp/rprog-scratch/portfolio.xlsx"), x);
        dumpX(x);
        x = renderer.xlsx(ReportType.LEVERAGE, Locale.FRENCH, ProgrammeSheets.HEADER, p, List.of(ProgrammeSheets.leverage()));
        dumpX(x);
    }

    static void dumpX(byte[] x) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x))) {
            System.out.println("sheets " + wb.getNumberOfSheets());
            Sheet s = wb.getSheetAt(0);
            for (Row r : s) {
                StringBuilder b = new StringBuilder(r.getRowNum() + ": ");
                for (Cell c : r) {
                    b.append(c.getColumnIndex()).append('=').append(c.getCellType() == CellType.NUMERIC ? "N:" + c.getNumericCellValue() : c.toString()).append(" | ");
                }
                System.out.println(b);
            }
        }
    }
}
