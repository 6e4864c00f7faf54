package org.levier.document.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an upload into memory, but never more than the limit plus one byte: a larger upload stops there. */
public final class BoundedRead {

    private BoundedRead() {
    }

    /** @throws ContentTooLarge as soon as more than {@code maxBytes} arrive */
    public static byte[] atMost(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int read;
            while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - total + 1))) > 0) {
                total += read;
                if (total > maxBytes) {
                    throw new ContentTooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
        return out.toByteArray();
    }
}
