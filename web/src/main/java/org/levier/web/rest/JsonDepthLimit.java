package org.levier.web.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON request body read through a nesting bound: as the bytes go by, brackets outside strings are counted, and
 * a body nested deeper than {@value #MAX_DEPTH} arrays or objects fails with {@link TooDeep} (400) before any JSON
 * parser builds a structure of it (no API body is nested more than 4 levels; a parser fed 1,000 levels failed with
 * 500). UTF-8 continuation bytes never look like ASCII brackets or quotes, so scanning bytes is exact.
 */
final class JsonDepthLimit extends FilterInputStream {

    static final int MAX_DEPTH = 64;
    /** No API number needs more characters (an amount has at most 17); a longer one is refused unread. */
    static final int MAX_NUMBER = 64;

    /** A body nested too deeply: 400, never 500. */
    static final class TooDeep extends IOException {

        private static final long serialVersionUID = 1L;

        TooDeep() {
            super("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    /** A number written with more than {@value #MAX_NUMBER} characters: 400, never parsed. */
    static final class NumberTooLong extends IOException {

        private static final long serialVersionUID = 1L;

        NumberTooLong() {
            super("a JSON number longer than " + MAX_NUMBER + " characters");
        }
    }

    private int depth;
    private int numberLength;
    private boolean inString;
    private boolean escaped;

    JsonDepthLimit(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            scan(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            scan(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes are not scanned: read them instead, so the count stays exact.
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void scan(int b) throws IOException {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (b == '\\') {
                escaped = true;
            } else if (b == '"') {
                inString = false;
            }
            return;
        }
        int before = numberLength;
        numberLength = 0;
        switch (b) {
            case '"' -> inString = true;
            case '[', '{' -> {
                if (++depth > MAX_DEPTH) {
                    throw new TooDeep();
                }
            }
            case ']', '}' -> depth = Math.max(0, depth - 1);
            default -> {
                // other bytes do not change the nesting; a number's characters are counted
                if (b >= '0' && b <= '9' || b == '.' || b == 'e' || b == 'E' || b == '+' || b == '-') {
                    numberLength = before + 1;
                    if (numberLength > MAX_NUMBER) {
                        throw new NumberTooLong();
                    }
                    return;
                }
            }
        }
    }
}
