package org.levier.reports.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP of named files with its manifest: {@code manifest.json} (each file's path, size and SHA-256, and what the
 * pack is) and {@code SHA256SUMS} (the same hashes in the format {@code sha256sum -c} checks). Entries carry one fixed
 * time (the pack's), so the bytes depend on the contents only.
 */
public final class ZipPack {

    public static final String MANIFEST = "manifest.json";
    public static final String CHECKSUMS = "SHA256SUMS";

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public ZipPack add(String path, byte[] content) {
        if (files.putIfAbsent(path, content) != null) {
            throw new IllegalArgumentException("twice in the pack: " + path);
        }
        return this;
    }

    public static byte[] json(JsonObject object) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(out, StandardCharsets.UTF_8)) {
            writer.writeObject(object);
        }
        return out.toByteArray();
    }

    /** The ZIP: the files in the order added, then the manifest ({@code about}'s members first) and the checksums. */
    public byte[] zip(JsonObject about, Instant at) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        StringBuilder sums = new StringBuilder();
        files.forEach((path, content) -> {
            String hash = sha256(content);
            entries.add(Json.createObjectBuilder().add("path", path).add("bytes", content.length)
                    .add("sha256", hash));
            sums.append(hash).append("  ").append(path).append('\n');
        });
        var manifest = Json.createObjectBuilder(about).add("algorithm", "SHA-256").add("files", entries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entry(zip, file.getKey(), file.getValue(), at);
            }
            entry(zip, MANIFEST, json(manifest.build()), at);
            entry(zip, CHECKSUMS, sums.toString().getBytes(StandardCharsets.UTF_8), at);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String path, byte[] content, Instant at) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTime(at.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
