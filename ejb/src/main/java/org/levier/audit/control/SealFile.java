package org.levier.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The seals of the audit chain, kept outside the database: an append-only file of one JSON line per seal, each
 * carrying an HMAC-SHA256 of the sealed head (sequence and hash) under a key from the configuration
 * ({@code levier.audit.seal.key}, at least 32 characters) that the database never holds. Whoever rewrites the audit
 * table, even recomputing every hash, cannot forge a seal without the key, nor edit the file from the database.
 *
 * <p>Without a key (or with one too short) sealing is off, said once in the log; the key itself is never logged.
 */
@ApplicationScoped
public class SealFile {

    /** The file under the seal folder. */
    public static final String FILE_NAME = "audit-seals.jsonl";
    private static final int MIN_KEY_LENGTH = 32;
    private static final Logger LOG = System.getLogger(SealFile.class.getName());
    private static final Pattern LINE = Pattern.compile("\\{\"seq\":(\\d{1,18}),\"hash\":\"([0-9a-f]{64})\","
            + "\"sealedAt\":\"([0-9TZ:.\\-]{20,40})\",\"keyId\":\"([0-9a-f]{16})\",\"mac\":\"([0-9a-f]{64})\"}");

    /** One seal as read back: {@code authentic} when its MAC is the one the configured key gives. */
    public record Seal(long seq, String hash, Instant sealedAt, String keyId, String mac, boolean authentic) {
    }

    @Inject
    @ConfigProperty(name = "levier.audit.seal.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "levier.audit.seal.dir", defaultValue = "seals")
    String dir;

    private volatile boolean warned;

    /** Whether a usable key is configured. */
    public boolean enabled() {
        boolean usable = key.map(String::strip).filter(k -> k.length() >= MIN_KEY_LENGTH).isPresent();
        if (!usable && !warned) {
            warned = true;
            LOG.log(Level.WARNING, "Audit seals are off: set levier.audit.seal.key (LEVIER_AUDIT_SEAL_KEY) to a "
                    + "random secret of at least " + MIN_KEY_LENGTH + " characters kept outside the database");
        }
        return usable;
    }

    public Path file() {
        return Path.of(dir).toAbsolutePath().resolve(FILE_NAME);
    }

    /** Appends a seal of the head {@code (seq, hash)} and returns it. */
    public synchronized Seal append(long seq, String hash, Instant sealedAt) {
        String keyId = keyId();
        String mac = mac(seq, hash, sealedAt);
        String line = "{\"seq\":" + seq + ",\"hash\":\"" + hash + "\",\"sealedAt\":\"" + sealedAt
                + "\",\"keyId\":\"" + keyId + "\",\"mac\":\"" + mac + "\"}\n";
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit seal file " + file, e);
        }
        return new Seal(seq, hash, sealedAt, keyId, mac, true);
    }

    /** Every seal in the file, oldest first; a line that is not a seal is skipped (and logged). */
    public synchronized List<Seal> read() {
        Path file = file();
        List<Seal> seals = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return seals;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit seal file " + file, e);
        }
        for (String line : lines) {
            Matcher m = LINE.matcher(line.strip());
            if (!m.matches()) {
                if (!line.isBlank()) {
                    LOG.log(Level.WARNING, "A line of the audit seal file is not a seal: skipped");
                }
                continue;
            }
            long seq = Long.parseLong(m.group(1));
            Instant sealedAt;
            try {
                sealedAt = Instant.parse(m.group(3));
            } catch (RuntimeException e) {
                continue;
            }
            boolean authentic = enabled() && MessageDigest.isEqual(
                    mac(seq, m.group(2), sealedAt).getBytes(StandardCharsets.US_ASCII),
                    m.group(5).getBytes(StandardCharsets.US_ASCII));
            seals.add(new Seal(seq, m.group(2), sealedAt, m.group(4), m.group(5), authentic));
        }
        return seals;
    }

    /** A short public name of the key (not the key): shows which key sealed what, e.g. across a rotation. */
    public String keyId() {
        return hmac("levier-audit-seal-key-id").substring(0, 16);
    }

    String mac(long seq, String hash, Instant sealedAt) {
        return hmac("levier-audit-seal-v1\n" + seq + "\n" + hash + "\n" + sealedAt + "\n");
    }

    private String hmac(String message) {
        if (!enabled()) {
            throw new IllegalStateException("audit seals are off: no key configured");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.orElseThrow().strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
