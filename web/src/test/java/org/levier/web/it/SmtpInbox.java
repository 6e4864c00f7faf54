package org.levier.web.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal SMTP server inside the test JVM, on loopback: enough of RFC 5321 for Levier's Jakarta Mail client to
 * deliver (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS, no auth). The deployed application is configured
 * with its port by the test set-up (PayaraServer), so a test can read what a user would find in the mailbox.
 */
final class SmtpInbox implements AutoCloseable {

    /** One delivered message: envelope recipients and the decoded text body. */
    record Message(List<String> recipients, String headers, String body) {
    }

    private final ServerSocket server;
    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    SmtpInbox(int port) {
        try {
            server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on SMTP port " + port, e);
        }
        acceptor = Thread.ofVirtual().start(this::acceptLoop);
    }

    static int configuredPort() {
        return Integer.parseInt(System.getProperty("levier.it.smtp.port", "2525"));
    }

    /** Waits for a message to the recipient, up to the timeout. */
    Optional<Message> awaitMessageTo(String recipient, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<Message> found = messages.stream()
                    .filter(m -> m.recipients().stream().anyMatch(r -> r.equalsIgnoreCase(recipient)))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> converse(socket));
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 levier-test-smtp ready");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT)
                        : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 levier-test-smtp");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        Matcher m = Pattern.compile("<([^>]*)>").matcher(line);
                        recipients.add(m.find() ? m.group(1) : line.substring(8).trim());
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        StringBuilder data = new StringBuilder();
                        String dataLine;
                        while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
                            data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append("\r\n");
                        }
                        messages.add(parse(List.copyOf(recipients), data.toString()));
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    case "RSET", "NOOP" -> reply(out, "250 OK");
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to deliver
        }
    }

    private static Message parse(List<String> recipients, String data) {
        int split = data.indexOf("\r\n\r\n");
        String headers = split < 0 ? data : data.substring(0, split);
        String body = split < 0 ? "" : data.substring(split + 4);
        String encoding = header(headers, "Content-Transfer-Encoding").toLowerCase(Locale.ROOT);
        if (encoding.equals("base64")) {
            body = new String(Base64.getMimeDecoder().decode(body), StandardCharsets.UTF_8);
        } else if (encoding.equals("quoted-printable")) {
            body = decodeQuotedPrintable(body);
        }
        return new Message(recipients, headers, body);
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).trim();
            }
        }
        return "";
    }

    private static String decodeQuotedPrintable(String text) {
        String joined = text.replace("=\r\n", "");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length()) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        acceptor.interrupt();
    }
}
