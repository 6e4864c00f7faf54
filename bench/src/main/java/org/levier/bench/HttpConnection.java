package org.levier.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection of the load generator, on a plain blocking socket: a request is a few bytes
 * written, an answer is its status line, headers and body read to the end (by {@code Content-Length} or chunked).
 * The JDK {@code HttpClient} would do, but on two shared cores its own asynchronous machinery costs about as much
 * CPU as the server's cheapest answer, which would flatter every ratio against the empty endpoint; this costs
 * next to nothing. The body is read and counted, not kept. A connection the server closes (or asks to close) is
 * opened again on the next request.
 */
final class HttpConnection implements AutoCloseable {

    /** What one request got: its status and the bytes of its body as sent (before any decoding). */
    record Answer(int status, long bodyBytes) {
    }

    private static final int TIMEOUT_MILLIS = 60_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** {@code GET pathAndQuery} with the given extra header lines (each {@code "Name: value"}). */
    Answer get(String pathAndQuery, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(128).append("GET ").append(pathAndQuery).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        byte[] bytes = request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        boolean reused = socket != null;
        try {
            return exchange(bytes);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            // A kept-alive connection the server had closed meanwhile: once more on a fresh one.
            return exchange(bytes);
        }
    }

    private Answer exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        Response response = readResponse(in);
        if (response.close()) {
            close();
        }
        return new Answer(response.status(), response.bodyBytes());
    }

    /** An answer as read: status, body bytes, whether the server closes the connection after it. */
    record Response(int status, long bodyBytes, boolean close) {
    }

    /** Reads one HTTP/1.1 answer to a GET from {@code input}, consuming its body. */
    static Response readResponse(InputStream input) throws IOException {
        String statusLine = line(input);
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        for (String header = line(input); !header.isEmpty(); header = line(input)) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).strip();
            String value = header.substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            }
        }
        long body;
        if (chunked) {
            body = chunks(input);
        } else if (length >= 0) {
            skip(input, length);
            body = length;
        } else if (status == 204 || status == 304 || status / 100 == 1) {
            body = 0;
        } else {
            body = input.transferTo(OutputStream.nullOutputStream());
            close = true;
        }
        return new Response(status, body, close);
    }

    private static long chunks(InputStream input) throws IOException {
        long total = 0;
        while (true) {
            String size = line(input);
            int extension = size.indexOf(';');
            long chunk = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
            if (chunk == 0) {
                // Trailers, if any, end with an empty line.
                while (!line(input).isEmpty()) {
                    // ignored
                }
                return total;
            }
            skip(input, chunk);
            total += chunk;
            if (!line(input).isEmpty()) {
                throw new IOException("chunk not followed by CRLF");
            }
        }
    }

    private static void skip(InputStream input, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = input.skip(left);
            if (skipped <= 0) {
                if (input.read() < 0) {
                    throw new EOFException("body cut short: " + left + " of " + bytes + " bytes missing");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static String line(InputStream input) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = input.read(); b != '\n'; b = input.read()) {
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket we are done with: nothing to do
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
