package org.levier.web.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How a file leaves the application, for the API and the pages alike. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * {@code Content-Disposition} of a download: an ASCII fallback name (quotes, backslashes, percent signs,
     * semicolons and non-ASCII characters replaced) and the exact name in RFC 5987 form for the browsers that read it.
     */
    public static String attachment(String fileName) {
        return disposition("attachment", fileName);
    }

    /** The same for a file meant to be shown in the browser (open data). */
    public static String inline(String fileName) {
        return disposition("inline", fileName);
    }

    private static String disposition(String kind, String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                && c != '%' && c != ';' ? (char) c : '_'));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
