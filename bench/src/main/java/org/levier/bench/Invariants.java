package org.levier.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.levier.audit.entity.AuditEvent;
import org.levier.audit.entity.ChainHash;
import org.levier.shared.control.SearchWords;

/**
 * Checks of the generated data by SQL (counts of rows breaking a rule: all must be 0) and of the audit chain (each
 * event re-hashed by the application's own {@link AuditEvent}, read in bounded batches).
 */
public final class Invariants {

    private Invariants() {
    }

    /** Rule → number of offending groups (0 when the rule holds). */
    public static Map<String, Long> money(Connection c, String programmeCode) throws SQLException {
        Map<String, Long> broken = new LinkedHashMap<>();
        broken.put("engaged (paid+approved+pending) <= committed, per agreement and instrument", count(c,
                "SELECT COUNT(*) FROM (SELECT ag.id, di.instrument, SUM(di.amount) AS engaged,"
                        + " MAX(CASE di.instrument WHEN 'GRANT' THEN ag.committed_grant"
                        + " WHEN 'REPAYABLE_ADVANCE' THEN ag.committed_advance ELSE ag.committed_equity END)"
                        + " AS committed FROM disbursement di JOIN agreement ag ON ag.id = di.agreement_id"
                        + " WHERE di.status <> 'CANCELLED' GROUP BY ag.id, di.instrument) x"
                        + " WHERE x.engaged > x.committed", null));
        broken.put("engaged <= tranche amount, per tranche", count(c,
                "SELECT COUNT(*) FROM (SELECT t.id, SUM(di.amount) AS engaged, MAX(t.amount) AS amount"
                        + " FROM disbursement di JOIN agreement_tranche t ON t.id = di.tranche_id"
                        + " WHERE di.status <> 'CANCELLED' GROUP BY t.id) x WHERE x.engaged > x.amount", null));
        broken.put("tranches add up to the commitment, per agreement", count(c,
                "SELECT COUNT(*) FROM agreement ag JOIN (SELECT t.agreement_id,"
                        + " SUM(t.amount) AS scheduled FROM agreement_tranche t GROUP BY t.agreement_id) s"
                        + " ON s.agreement_id = ag.id"
                        + " WHERE s.scheduled <> ag.committed_grant + ag.committed_advance + ag.committed_equity",
                null));
        broken.put("total commitments <= allotment", count(c,
                "SELECT COUNT(*) FROM programme p WHERE p.code = ? AND p.allotment < (SELECT COALESCE(SUM("
                        + "ag.committed_grant + ag.committed_advance + ag.committed_equity), 0) FROM agreement ag"
                        + " WHERE ag.programme_id = p.id) + (SELECT COALESCE(SUM(cd.approved_grant"
                        + " + cd.approved_advance + cd.approved_equity), 0) FROM committee_decision cd"
                        + " JOIN dossier d ON d.id = cd.approved_dossier_id WHERE d.programme_id = p.id"
                        + " AND d.status = 'APPROVED')", programmeCode));
        broken.put("in execution without a payment", count(c,
                "SELECT COUNT(*) FROM dossier d JOIN agreement ag ON ag.dossier_id = d.id"
                        + " WHERE d.status = 'IN_EXECUTION' AND NOT EXISTS (SELECT 1 FROM disbursement di"
                        + " WHERE di.agreement_id = ag.id AND di.status = 'PAID')", null));
        broken.put("agreement signed with a payment", count(c,
                "SELECT COUNT(*) FROM dossier d JOIN agreement ag ON ag.dossier_id = d.id"
                        + " WHERE d.status = 'AGREEMENT_SIGNED' AND EXISTS (SELECT 1 FROM disbursement di"
                        + " WHERE di.agreement_id = ag.id AND di.status = 'PAID')", null));
        broken.put("four eyes: approved by the requester", count(c,
                "SELECT COUNT(*) FROM disbursement WHERE approved_by = requested_by", null));
        return broken;
    }

    /**
     * Verifies the whole audit chain as the application does (sequence, link and hash of each event, then the
     * head): answers the number of events verified, or throws naming the first broken sequence.
     */
    public static long auditChain(Connection c) throws SQLException {
        long expectedSeq = 1;
        String expectedPrev = ChainHash.GENESIS;
        long after = 0;
        while (true) {
            int read = 0;
            try (PreparedStatement s = c.prepareStatement("SELECT seq, occurred_at, actor, actor_role, action,"
                    + " entity_type, entity_id, summary, changes, prev_hash, hash FROM audit_event WHERE seq > ?"
                    + " ORDER BY seq LIMIT 5000")) {
                s.setLong(1, after);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        read++;
                        long seq = r.getLong(1);
                        AuditEvent recomputed = new AuditEvent(seq,
                                r.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), r.getString(3),
                                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                                r.getString(9), r.getString(10));
                        if (seq != expectedSeq || !expectedPrev.equals(r.getString(10))
                                || !recomputed.getHash().equals(r.getString(11))) {
                            throw new IllegalStateException("audit chain broken at sequence " + seq);
                        }
                        expectedPrev = r.getString(11);
                        expectedSeq++;
                        after = seq;
                    }
                }
            }
            if (read == 0) {
                break;
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
             ResultSet r = s.executeQuery()) {
            r.next();
            if (r.getLong(1) != expectedSeq - 1 || !r.getString(2).equals(expectedPrev)) {
                throw new IllegalStateException("audit chain head does not match its last event (tail deleted?)");
            }
        }
        return expectedSeq - 1;
    }

    /**
     * Dossiers and organisations whose search words (migration 28's {@code dossier_word}, {@code organisation_word})
     * are not exactly those {@link SearchWords} gives for their texts today: 0 when the word tables match the rows.
     */
    public static long searchWords(Connection c) throws SQLException {
        return wordsDiffering(c, "SELECT id, title, reference FROM dossier", "dossier_word", "dossier_id")
                + wordsDiffering(c, "SELECT id, legal_name, siren, siret, foreign_registration FROM organisation",
                "organisation_word", "organisation_id");
    }

    private static long wordsDiffering(Connection c, String select, String wordTable, String idColumn)
            throws SQLException {
        long differing = 0;
        long after = 0;
        while (true) {
            Map<Long, Set<String>> expected = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(select + " WHERE id > ? ORDER BY id LIMIT 5000")) {
                s.setLong(1, after);
                try (ResultSet r = s.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        String[] texts = new String[columns - 1];
                        for (int i = 2; i <= columns; i++) {
                            texts[i - 2] = r.getString(i);
                        }
                        expected.put(r.getLong(1), SearchWords.of(texts));
                    }
                }
            }
            if (expected.isEmpty()) {
                return differing;
            }
            long last = expected.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
            Map<Long, Set<String>> stored = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + idColumn + ", word FROM " + wordTable
                    + " WHERE " + idColumn + " > ? AND " + idColumn + " <= ?")) {
                s.setLong(1, after);
                s.setLong(2, last);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        stored.computeIfAbsent(r.getLong(1), id -> new HashSet<>()).add(r.getString(2));
                    }
                }
            }
            for (Map.Entry<Long, Set<String>> row : expected.entrySet()) {
                if (!row.getValue().equals(stored.getOrDefault(row.getKey(), Set.of()))) {
                    differing++;
                }
            }
            after = last;
        }
    }

    static long count(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
