package org.levier.reports.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 (with a byte-order mark, so spreadsheet programs read accents right), CRLF line ends; every
 * field quoted when it holds a separator, a quote or a line break. A field starting with {@code = + - @} is prefixed
 * with an apostrophe so that a spreadsheet never evaluates it as a formula.
 */
public final class CsvWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public CsvWriter() {
        this(true);
    }

    private CsvWriter(boolean byteOrderMark) {
        if (byteOrderMark) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
    }

    /** A writer for data meant for programs (open data): no byte-order mark, which validators read as a character. */
    public static CsvWriter withoutByteOrderMark() {
        return new CsvWriter(false);
    }

    public CsvWriter row(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        out.writeBytes(line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
