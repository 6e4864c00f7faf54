package org.levier.document.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an upload is, decided from its bytes only (never from its name or the type the client claims): PDF, PNG,
 * JPEG, OpenDocument and Office Open XML files, CSV text. Anything else, an executable renamed {@code .pdf}
 * included, has no type here and is refused.
 *
 * <p>Office files are ZIP archives, told apart by their entry names read from the ZIP central directory, without
 * inflating anything (a compressed bomb costs nothing here): OpenDocument stores its media type, uncompressed, as
 * the first entry {@code mimetype}; Office Open XML has {@code [Content_Types].xml} and its {@code word/},
 * {@code xl/} or {@code ppt/} part.
 */
public final class ContentTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String CSV = "text/csv";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    private static final byte[] PDF_MAGIC = ascii("%PDF-");
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
    private static final int ZIP_END_SIGNATURE = 0x06054b50;
    private static final int ZIP_CENTRAL_SIGNATURE = 0x02014b50;
    private static final String ODF_PREFIX = "application/vnd.oasis.opendocument.";
    private static final Pattern ODF_TYPE = Pattern.compile("application/vnd\\.oasis\\.opendocument\\.[a-z.-]{1,40}");
    private static final char[] CSV_DELIMITERS = {',', ';', '\t'};
    /** More entries than any office file has: a pathological archive is not worth reading further. */
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private ContentTypes() {
    }

    /** The media type of the bytes, or empty when they are none of the accepted kinds. */
    public static Optional<String> detect(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        if (startsWith(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, ZIP_LOCAL)) {
            return office(bytes);
        }
        return isCsv(bytes) ? Optional.of(CSV) : Optional.empty();
    }

    // --- ZIP-based office files ---

    private static Optional<String> office(byte[] zip) {
        Optional<String> odf = odfMimetype(zip);
        if (odf.isPresent()) {
            return odf;
        }
        List<String> names = centralDirectoryNames(zip);
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
            return Optional.of(DOCX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
            return Optional.of(XLSX);
        }
        if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
            return Optional.of(PPTX);
        }
        return Optional.empty();
    }

    /** The first local entry {@code mimetype}, stored (method 0), holding an OpenDocument media type. */
    private static Optional<String> odfMimetype(byte[] zip) {
        if (zip.length < 30) {
            return Optional.empty();
        }
        int method = u16(zip, 8);
        long size = u32(zip, 18);
        int nameLength = u16(zip, 26);
        int extraLength = u16(zip, 28);
        int nameStart = 30;
        if (method != 0 || nameLength != 8 || nameStart + nameLength > zip.length
                || !"mimetype".equals(new String(zip, nameStart, nameLength, StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        long dataStart = (long) nameStart + nameLength + extraLength;
        if (size < ODF_PREFIX.length() || size > 100 || dataStart + size > zip.length) {
            return Optional.empty();
        }
        String type = new String(zip, (int) dataStart, (int) size, StandardCharsets.US_ASCII);
        return ODF_TYPE.matcher(type).matches() && centralDirectoryNames(zip).contains("content.xml")
                ? Optional.of(type) : Optional.empty();
    }

    /** Entry names from the central directory (found through the end record), or empty when it is not sound. */
    private static List<String> centralDirectoryNames(byte[] zip) {
        int end = -1;
        for (int i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 0xFFFF; i--) {
            if (s32(zip, i) == ZIP_END_SIGNATURE) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int entries = u16(zip, end + 10);
        long offset = u32(zip, end + 16);
        List<String> names = new ArrayList<>();
        long at = offset;
        for (int i = 0; i < Math.min(entries, MAX_ZIP_ENTRIES); i++) {
            if (at < 0 || at + 46 > end || s32(zip, (int) at) != ZIP_CENTRAL_SIGNATURE) {
                return List.of();
            }
            int p = (int) at;
            int nameLength = u16(zip, p + 28);
            int extraLength = u16(zip, p + 30);
            int commentLength = u16(zip, p + 32);
            if (p + 46L + nameLength > end) {
                return List.of();
            }
            names.add(new String(zip, p + 46, nameLength, StandardCharsets.UTF_8));
            at = p + 46L + nameLength + extraLength + commentLength;
        }
        return names;
    }

    // --- CSV ---

    /**
     * UTF-8 text (an optional BOM), no NUL nor other control characters than tab and line breaks, whose records
     * (quotes understood) all have the same number of fields, at least two, split by one of {@code , ; TAB}.
     */
    static boolean isCsv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F) {
                return false;
            }
        }
        for (char delimiter : CSV_DELIMITERS) {
            if (consistent(text, delimiter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean consistent(String text, char delimiter) {
        int expected = -1;
        int fields = 1;
        boolean quoted = false;
        boolean recordHasContent = false;
        int records = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
                recordHasContent = true;
            } else if (c == delimiter) {
                fields++;
                recordHasContent = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (recordHasContent) {
                    if (expected < 0) {
                        expected = fields;
                    } else if (fields != expected) {
                        return false;
                    }
                    records++;
                }
                fields = 1;
                recordHasContent = false;
            } else {
                recordHasContent = true;
            }
        }
        if (quoted) {
            return false;
        }
        if (recordHasContent) {
            if (expected >= 0 && fields != expected) {
                return false;
            }
            expected = expected < 0 ? fields : expected;
            records++;
        }
        return records > 0 && expected >= 2;
    }

    // --- bytes ---

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return at + 1 < b.length ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : 0;
    }

    private static long u32(byte[] b, int at) {
        return s32(b, at) & 0xFFFFFFFFL;
    }

    private static int s32(byte[] b, int at) {
        return at >= 0 && at + 3 < b.length
                ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24 : 0;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
