package org.levier.web.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.levier.audit.entity.AuditEvent;

/**
 * Many audit events at once, straight into the audit tables by JDBC (the API would take hours for 100,000), with
 * valid links: each event is built as the application builds it ({@link AuditEvent}'s constructor computes its hash
 * over the canonical form), after the chain head taken {@code FOR UPDATE}, which then moves to the last one — so the
 * chain still verifies. Multi-row inserts of {@value #BATCH} rows, bind parameters only.
 */
final class AuditFixtures {

    static final String ACTOR = "bulk@levier.example";
    private static final int BATCH = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private AuditFixtures() {
    }

    /** The sequence numbers given to the first and last of the events inserted. */
    record Inserted(long firstSeq, long lastSeq) {
    }

    /** {@code count} events, one a minute from {@code start}: "Dossier #n", action dossier.moved. */
    static Inserted insertEvents(int count, Instant start) throws SQLException {
        try (Connection c = Database.connect()) {
            c.setAutoCommit(false);
            long seq;
            String prev;
            try (PreparedStatement head = c.prepareStatement(
                    "select last_seq, last_hash from audit_chain_head where id = 1 for update");
                 ResultSet row = head.executeQuery()) {
                row.next();
                seq = row.getLong(1);
                prev = row.getString(2);
            }
            long first = seq + 1;
            List<AuditEvent> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < count; i++) {
                seq++;
                AuditEvent event = new AuditEvent(seq, start.plusSeconds(60L * i), ACTOR, "ANALYST", "dossier.moved",
                        "Dossier", String.valueOf(i + 1), "Dossier #" + (i + 1) + " moved", null, prev);
                prev = event.getHash();
                batch.add(event);
                if (batch.size() == BATCH || i == count - 1) {
                    insert(c, batch);
                    batch.clear();
                }
            }
            try (PreparedStatement head = c.prepareStatement(
                    "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
                head.setLong(1, seq);
                head.setString(2, prev);
                head.executeUpdate();
            }
            c.commit();
            return new Inserted(first, seq);
        }
    }

    private static void insert(Connection c, List<AuditEvent> events) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into audit_event (seq, occurred_at, actor, actor_role, action,"
                + " entity_type, entity_id, summary, changes, prev_hash, hash) values ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (AuditEvent e : events) {
                s.setLong(p++, e.getSeq());
                s.setString(p++, TIME.format(e.getOccurredAt()));
                s.setString(p++, e.getActor());
                s.setString(p++, e.getActorRole());
                s.setString(p++, e.getAction());
                s.setString(p++, e.getEntityType());
                s.setString(p++, e.getEntityId());
                s.setString(p++, e.getSummary());
                s.setString(p++, e.getChanges());
                s.setString(p++, e.getPrevHash());
                s.setString(p++, e.getHash());
            }
            s.executeUpdate();
        }
    }
}
