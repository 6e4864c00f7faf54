package org.levier.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.levier.audit.control.Changes;
import org.levier.audit.entity.AuditEvent;

/**
 * One audit event per synthetic dossier ({@code dossier.synthetic}), built with the application's own
 * {@link AuditEvent} constructor (its chain hash) and {@link Changes#toJson}, chained from the current chain head,
 * written by a JDBC batch; {@link #flush()} sends the batch and moves the chain head ({@code last_seq},
 * {@code last_hash}) in the same transaction, so the application's {@code AuditTrail.verify()} accepts the trail.
 * The benchmark's alone: the demo portfolio records one event through the application's {@code AuditTrail}.
 */
final class SyntheticAudit implements AutoCloseable {

    private final Connection connection;
    private final Instant now;
    private final PreparedStatement insert;
    private long seq;
    private String hash;
    private long rows;
    private int pending;

    SyntheticAudit(Connection connection, Instant now) throws SQLException {
        this.connection = connection;
        this.now = now;
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
            r.next();
            this.seq = r.getLong(1);
            this.hash = r.getString(2);
        }
        this.insert = connection.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor, actor_role,"
                + " action, entity_type, entity_id, summary, changes, prev_hash, hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** The event of a generated dossier, one microsecond after the previous one. */
    void dossier(long dossierId, String reference, String status) throws SQLException {
        Instant at = now.plus(seq, ChronoUnit.MICROS);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("from", "DRAFT");
        changes.put("to", status);
        changes.put("synthetic", "true");
        AuditEvent event = new AuditEvent(seq + 1, at, SyntheticPortfolio.GENERATOR, null, "dossier.synthetic",
                "Dossier", String.valueOf(dossierId), "Dossier synthétique " + (reference == null ? dossierId
                        : reference) + " généré en " + status, Changes.toJson(changes), hash);
        Object[] values = {event.getSeq(), SyntheticPortfolio.utc(event.getOccurredAt()), event.getActor(),
                event.getActorRole(), event.getAction(), event.getEntityType(), event.getEntityId(),
                event.getSummary(), event.getChanges(), event.getPrevHash(), event.getHash()};
        for (int k = 0; k < values.length; k++) {
            insert.setObject(k + 1, values[k]);
        }
        insert.addBatch();
        pending++;
        rows++;
        seq = event.getSeq();
        hash = event.getHash();
    }

    /** Sends the pending events and moves the chain head to the last one. */
    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            insert.clearBatch();
            pending = 0;
        }
        try (PreparedStatement s = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            s.setLong(1, seq);
            s.setString(2, hash);
            s.executeUpdate();
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
