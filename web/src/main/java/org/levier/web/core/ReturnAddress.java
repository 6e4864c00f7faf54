package org.levier.web.core;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where a sign-in may send the user back ({@code next=}): a page of this application under {@code /app/}, as a path
 * relative to the context root with its query, and nothing else. Never another host (no open redirect): refused
 * are scheme-relative addresses ({@code //evil}), absolute ones ({@code https://evil}, or {@code ://} anywhere),
 * backslashes ({@code /\evil}, which browsers read as a slash), whitespace and control characters (browsers drop a
 * tab or a line break, turning {@code /<tab>/evil} into {@code //evil}), fragments, dot segments, and the same
 * tricks percent-encoded once or several times ({@code /%2F%2Fevil}, {@code %2F%5Cevil}, {@code /%252F/evil}).
 * Shared by the authentication mechanism (which builds the address) and the login page (which follows it).
 */
public final class ReturnAddress {

    /** The login page's parameter naming the return address. */
    public static final String PARAMETER = "next";

    private static final String PAGES = "/app/";
    private static final int MAX_LENGTH = 2000;
    private static final int DECODING_ROUNDS = 4;

    private ReturnAddress() {
    }

    /** The address when it is a page of this application; empty when it must not be followed. */
    public static Optional<String> accept(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.contains("://") || candidate.indexOf('#') >= 0 || !plain(candidate)) {
            return Optional.empty();
        }
        int query = candidate.indexOf('?');
        String path = query < 0 ? candidate : candidate.substring(0, query);
        String decoded = path;
        for (int round = 0; round <= DECODING_ROUNDS; round++) {
            if (!safePath(decoded)) {
                return Optional.empty();
            }
            if (decoded.indexOf('%') < 0) {
                return Optional.of(candidate);
            }
            try {
                decoded = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        return Optional.empty(); // still encoded after several rounds: no page is spelt that way
    }

    private static boolean safePath(String path) {
        if (!path.startsWith(PAGES) || path.startsWith("//") || path.indexOf('\\') >= 0 || path.contains("//")
                || path.contains("://") || !plain(path)) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** No whitespace, no control character (raw or decoded), no backslash. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) || c == '\\'
                    || Character.getType(c) == Character.FORMAT) {
                return false;
            }
        }
        return true;
    }
}
