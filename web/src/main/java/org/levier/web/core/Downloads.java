package org.levier.web.core;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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

    /** Sends a stored file from a page's download servlet: its type and size, as an attachment, never cached. */
    public static void send(HttpServletResponse response, String contentType, String fileName, byte[] content)
            throws IOException {
        response.setContentType(contentType);
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", attachment(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }

    /** A record id given as a request parameter; null when absent or not a number (the servlet answers 404). */
    public static Long id(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
