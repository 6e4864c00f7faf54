package org.levier.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small streaming writer of Office Open XML workbooks (.xlsx): the fixed parts first, then the sheet's
 * rows written to the zip as they come (nothing kept in memory but the current row), closed by {@link #close()}.
 *
 * <p>Cells: {@link String} as inline strings (never formulas, so nothing is evaluated); {@link BigDecimal} as an
 * exact number ({@link BigDecimal#toPlainString()}) shown with 2 decimals (money); {@link Ratio} as an exact number
 * shown with 4 decimals; other {@link Number}s as plain numbers; {@code null} as an empty cell; anything else as
 * its text; a {@link LocalDate} as a date (a serial day number shown {@code yyyy-mm-dd}). The header row is bold,
 * frozen (it stays in view while scrolling) and carries an autofilter over the columns written. Characters XML 1.0
 * forbids are dropped. A workbook of several sheets ({@link #XlsxWriter(OutputStream, List)}) writes them one after
 * the other ({@link #nextSheet()}), each with its own header row.
 */
public final class XlsxWriter implements AutoCloseable {

    /** A ratio cell (leverage, consumption): shown with 4 decimals. */
    public record Ratio(BigDecimal value) {
    }

    static final int STYLE_BOLD = 1;
    static final int STYLE_MONEY = 2;
    static final int STYLE_RATIO = 3;
    static final int STYLE_DATE = 4;
    static final String DATE_FORMAT = "yyyy-mm-dd";
    /** Day 0 of the spreadsheet date serials (1900 date system, with its 1900 leap-year quirk folded in). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    static final String MONEY_FORMAT = "#,##0.00";
    static final String RATIO_FORMAT = "0.0000";

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final ZipOutputStream zip;
    private final int sheets;
    private int sheet;
    private int rowNumber;
    private int columns;
    private boolean closed;

    /** Starts a workbook of one sheet named {@code sheetName} (at most 31 characters, no {@code []:*?/\}). */
    public XlsxWriter(OutputStream out, String sheetName) {
        this(out, List.of(sheetName));
    }

    /** Starts a workbook of the sheets {@code sheetNames}, in order: rows go to the first until {@link #nextSheet}. */
    public XlsxWriter(OutputStream out, List<String> sheetNames) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.sheets = sheetNames.size();
        try {
            part("[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                    """ + sheetParts() + "</Types>");
            part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\"><Relationship Id=\"rId1\""
                    + " Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>" + sheets(sheetNames)
                    + "</sheets></workbook>");
            part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                    + sheetRelationships()
                    + "<Relationship Id=\"rIdStyles\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            part("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<styleSheet xmlns=\"" + MAIN + "\">"
                    + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"" + MONEY_FORMAT + "\"/>"
                    + "<numFmt numFmtId=\"165\" formatCode=\"" + RATIO_FORMAT + "\"/>"
                    + "<numFmt numFmtId=\"166\" formatCode=\"" + DATE_FORMAT + "\"/></numFmts>"
                    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                    + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                    + "</cellStyleXfs>"
                    + "<cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                    + " applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                    + " applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                    + " applyNumberFormat=\"1\"/></cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                    + "</styleSheet>");
            openSheet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sheetParts() {
        StringBuilder parts = new StringBuilder();
        for (int i = 1; i <= sheets; i++) {
            parts.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return parts.toString();
    }

    private static String sheets(List<String> names) {
        StringBuilder sheets = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sheets.append("<sheet name=\"").append(escape(sheetName(names.get(i)))).append("\" sheetId=\"")
                    .append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return sheets.toString();
    }

    private String sheetRelationships() {
        StringBuilder relationships = new StringBuilder();
        for (int i = 1; i <= sheets; i++) {
            relationships.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        return relationships.toString();
    }

    /** Opens the next sheet's part: its header row (the first row) frozen. */
    private void openSheet() throws IOException {
        sheet++;
        rowNumber = 0;
        columns = 0;
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheet + ".xml"));
        write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\"><sheetViews><sheetView workbookViewId=\"0\"" + (sheet == 1 ? " tabSelected=\"1\"" : "")
                + "><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView>"
                + "</sheetViews><sheetData>");
    }

    /** Ends the current sheet (its autofilter over the rows written). */
    private void finishSheet() throws IOException {
        write("</sheetData>" + (rowNumber > 0 && columns > 0
                ? "<autoFilter ref=\"A1:" + column(columns - 1) + rowNumber + "\"/>" : "") + "</worksheet>");
        zip.closeEntry();
    }

    /** Ends the current sheet and starts the next one of the names given: its own header row, frozen, filtered. */
    public XlsxWriter nextSheet() {
        if (sheet >= sheets) {
            throw new IllegalStateException("the workbook has " + sheets + " sheet(s)");
        }
        try {
            finishSheet();
            openSheet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The header row: bold inline strings. */
    public XlsxWriter header(List<String> titles) {
        return row(titles, true);
    }

    public XlsxWriter row(List<?> cells) {
        return row(cells, false);
    }

    private XlsxWriter row(List<?> cells, boolean bold) {
        rowNumber++;
        columns = Math.max(columns, cells.size());
        StringBuilder xml = new StringBuilder(64 + cells.size() * 48);
        xml.append("<row r=\"").append(rowNumber).append("\">");
        for (int i = 0; i < cells.size(); i++) {
            cell(xml, column(i) + rowNumber, cells.get(i), bold);
        }
        write(xml.append("</row>").toString());
        return this;
    }

    private static void cell(StringBuilder xml, String reference, Object value, boolean bold) {
        if (value == null || value instanceof Ratio(BigDecimal ratio) && ratio == null) {
            return;
        }
        xml.append("<c r=\"").append(reference).append('"');
        switch (value) {
            case Ratio(BigDecimal ratio) -> xml.append(" s=\"").append(STYLE_RATIO).append("\"><v>")
                    .append(ratio.toPlainString()).append("</v></c>");
            case LocalDate date -> xml.append(" s=\"").append(STYLE_DATE).append("\"><v>")
                    .append(java.time.temporal.ChronoUnit.DAYS.between(EPOCH, date)).append("</v></c>");
            case BigDecimal money -> xml.append(" s=\"").append(STYLE_MONEY).append("\"><v>")
                    .append(money.toPlainString()).append("</v></c>");
            case Number number -> xml.append(bold ? " s=\"" + STYLE_BOLD + "\"" : "").append("><v>")
                    .append(number).append("</v></c>");
            default -> xml.append(" t=\"inlineStr\"").append(bold ? " s=\"" + STYLE_BOLD + "\"" : "")
                    .append("><is><t xml:space=\"preserve\">").append(escape(value.toString()))
                    .append("</t></is></c>");
        }
    }

    /** Column letters of a 0-based index: A..Z, AA.. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** Finishes the sheet and the zip (the underlying stream is closed too). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            finishSheet();
            while (sheet < sheets) { // sheets declared but never reached: empty, so that the workbook stays whole
                openSheet();
                finishSheet();
            }
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void write(String text) {
        try {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sheetName(String name) {
        String cleaned = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /** XML text: markup characters escaped, characters XML 1.0 forbids dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
