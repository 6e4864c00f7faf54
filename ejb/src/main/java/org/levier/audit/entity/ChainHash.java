package org.levier.audit.entity;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.levier.shared.control.Sha256;

/**
 * SHA-256 over the canonical form of an event: a version tag, then every field as {@code length:value} on its own
 * line (a null field is {@code -}), so no two different events share a form. The time is written to the
 * microsecond in UTC, the precision the database keeps.
 */
public final class ChainHash {

    /** The hash a chain starts from. */
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ChainHash() {
    }

    static String of(AuditEvent e) {
        StringBuilder form = new StringBuilder("levier-audit-v1\n");
        field(form, Long.toString(e.getSeq()));
        field(form, TIME.format(e.getOccurredAt()));
        field(form, e.getActor());
        field(form, e.getActorRole());
        field(form, e.getAction());
        field(form, e.getEntityType());
        field(form, e.getEntityId());
        field(form, e.getSummary());
        field(form, e.getChanges());
        field(form, e.getPrevHash());
        return sha256(form.toString());
    }

    private static void field(StringBuilder form, String value) {
        if (value == null) {
            form.append("-\n");
        } else {
            form.append(value.length()).append(':').append(value).append('\n');
        }
    }

    public static String sha256(String text) {
        return Sha256.hex(text);
    }
}
