package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.audit.entity.AuditEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hash-chained audit trail on the real MariaDB/MySQL server: it verifies after logins and failed logins,
 * names the first event altered behind the application's back, and keeps every instant to the microsecond.
 * Tests compute what they need from the data they read (other classes may have added events before).
 */
@ExtendWith(PayaraServer.class)
class AuditTrailIT {

    @PayaraServer.Base
    URL base;

    private Api auditor() {
        return Api.demo(base, Api.AUDITOR);
    }

    /** Audited activity: a token issued (a login) and failed logins. */
    private void signInAndFail() {
        HttpResponse<String> token = Api.anonymous(base).postJson("api/v1/auth/token",
                "{\"email\":" + Api.quote(Api.AUDITOR) + ",\"password\":" + Api.quote(Api.demoPassword()) + "}");
        assertThat(token.statusCode()).as(token.body()).isIn(200, 201);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> failed = Api.basic(base, "intruder-" + System.nanoTime() + "@levier.example",
                    "Wrong-Password-1").get("api/v1/me");
            assertThat(failed.statusCode()).isEqualTo(401);
        }
    }

    private JsonObject verify() {
        HttpResponse<String> response = auditor().get("api/v1/audit/verify");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response);
    }

    @Test
    void theChainVerifiesAfterLoginsAndFailedLogins() throws SQLException {
        signInAndFail();

        JsonObject verification = verify();

        assertThat(verification.getBoolean("valid")).as(verification.toString()).isTrue();
        long stored = count("SELECT COUNT(*) FROM audit_event");
        assertThat(verification.getJsonNumber("events").longValue()).isPositive().isLessThanOrEqualTo(stored);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action LIKE '%fail%'"))
                .as("failed logins are audited").isPositive();
    }

    @Test
    void verifyNamesTheFirstEventAlteredInTheDatabase() throws SQLException {
        signInAndFail();
        JsonObject before = verify();
        assertThat(before.getBoolean("valid")).as(before.toString()).isTrue();

        try (Connection db = Database.connectAsAdministrator()) {
            long k;
            String original;
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT seq, summary FROM audit_event ORDER BY seq DESC LIMIT 1")) {
                assertThat(rs.next()).isTrue();
                k = rs.getLong(1);
                original = rs.getString(2);
            }
            try {
                assertThat(update(db, "UPDATE " + auditTable() + " SET summary = ? WHERE seq = ?", original + " (altered)", k))
                        .isEqualTo(1);

                JsonObject tampered = verify();

                assertThat(tampered.getBoolean("valid")).as(tampered.toString()).isFalse();
                assertThat(tampered.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(k);
            } finally {
                update(db, "UPDATE " + auditTable() + " SET summary = ? WHERE seq = ?", original, k);
            }
        }

        JsonObject restored = verify();
        assertThat(restored.getBoolean("valid")).as(restored.toString()).isTrue();
    }

    @Test
    void instantsSurviveTheRoundTripThroughTheDatabaseToTheMicrosecond() throws SQLException {
        signInAndFail();

        Map<Long, Instant> stored = new HashMap<>();
        try (Connection db = Database.connect();
             Statement st = db.createStatement();
             // Formatted by the server, so the driver cannot round what the column holds.
             ResultSet rs = st.executeQuery(
                     "SELECT seq, DATE_FORMAT(occurred_at, '%Y-%m-%dT%H:%i:%s.%f') FROM audit_event")) {
            while (rs.next()) {
                stored.put(rs.getLong(1), LocalDateTime.parse(rs.getString(2)).toInstant(ZoneOffset.UTC));
            }
        }
        assertThat(stored).hasSizeGreaterThanOrEqualTo(3);
        assertThat(stored.values())
                .as("a few events, written with a microsecond clock: at least one has sub-millisecond digits")
                .anySatisfy(instant -> assertThat(instant.getNano() % 1_000_000).isNotZero());

        int compared = 0;
        boolean someApiInstantHasMicros = false;
        for (int page = 0; compared < stored.size() && page < 20; page++) {
            HttpResponse<String> response = auditor().get("api/v1/audit?page=" + page + "&size=100");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject result = Api.json(response);
            if (result.getJsonArray("items").isEmpty()) {
                break;
            }
            for (JsonValue item : result.getJsonArray("items")) {
                JsonObject event = item.asJsonObject();
                long seq = event.getJsonNumber("seq").longValue();
                String occurredAt = event.getString("occurredAt");
                assertThat(occurredAt).as("ISO-8601 in UTC").endsWith("Z");
                Instant fromApi = Instant.parse(occurredAt);
                if (stored.containsKey(seq)) {
                    assertThat(fromApi).as("event %d", seq).isEqualTo(stored.get(seq));
                    compared++;
                }
                someApiInstantHasMicros |= occurredAt.matches(".*\\.\\d{6}Z");
                assertThat(event.getString("hash")).hasSize(64);
                assertThat(event.getString("prevHash")).hasSize(64);
                assertThat(event.getString("action")).isNotBlank();
                assertThat(event.getString("actor")).isNotBlank();
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(3);
        assertThat(someApiInstantHasMicros).as("the API writes microseconds").isTrue();

        JsonObject verification = verify();
        assertThat(verification.getBoolean("valid")).as(verification.toString()).isTrue();
    }

    @Test
    void theApplicationsAccountCanReadAndAppendAuditRowsButNeverChangeOrDeleteThem() throws SQLException {
        signInAndFail();
        long events = count("SELECT COUNT(*) FROM audit_event");
        assertThat(events).isPositive();

        try (Connection db = Database.connect(); Statement st = db.createStatement()) {
            for (String sql : List.of(
                    "UPDATE audit_event SET summary = 'rewritten' WHERE seq = 1",
                    "DELETE FROM audit_event WHERE seq = 1",
                    "UPDATE " + auditTable() + " SET summary = 'rewritten' WHERE seq = 1",
                    "DELETE FROM " + auditTable() + " WHERE seq = 1",
                    "TRUNCATE TABLE " + auditTable(),
                    "DROP TABLE " + auditTable())) {
                assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> st.executeUpdate(sql)))
                        .as(sql).isInstanceOf(SQLException.class)
                        .hasMessageMatching("(?is).*(denied|lack rights).*");
            }
        }
        assertThat(count("SELECT COUNT(*) FROM audit_event")).isGreaterThanOrEqualTo(events);
        JsonObject verification = verify();
        assertThat(verification.getBoolean("valid")).as(verification.toString()).isTrue();
    }

    @Test
    void aRewriteThatRecomputesEveryHashIsCaughtAtTheFirstSealThatNoLongerMatches() throws Exception {
        signInAndFail();
        signInAndFail();
        HttpResponse<String> sealed = auditor().postJson("api/v1/audit/seals", "");
        assertThat(sealed.statusCode()).as(sealed.body()).isEqualTo(200);
        long s = Api.json(sealed).getJsonNumber("seq").longValue();
        String keyId = Api.json(sealed).getString("keyId");

        HttpResponse<String> listed = auditor().get("api/v1/audit/seals");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<Long> sealedSeqs = new ArrayList<>();
        for (JsonValue seal : jakarta.json.Json.createReader(new java.io.StringReader(listed.body())).readArray()) {
            assertThat(seal.asJsonObject().getBoolean("authentic")).as(seal.toString()).isTrue();
            sealedSeqs.add(seal.asJsonObject().getJsonNumber("seq").longValue());
        }
        assertThat(sealedSeqs).contains(s);
        assertThat(Api.demo(base, Api.ANALYST).get("api/v1/audit/seals").statusCode()).isEqualTo(403);
        Path file = Path.of(System.getProperty("levier.it.seal.dir"), "audit-seals.jsonl");
        assertThat(Files.readString(file)).as("kept outside the database").contains("\"seq\":" + s + ",")
                .contains(keyId).doesNotContain(System.getenv().getOrDefault("LEVIER_IT_SEAL_KEY", "no key here"));
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = 'auditors@levier.example'"))
                .as("each seal is mailed to the auditors").isPositive();

        JsonObject before = verify();
        assertThat(before.getBoolean("valid")).as(before.toString()).isTrue();
        assertThat(before.getJsonNumber("sealedUpTo").longValue()).isGreaterThanOrEqualTo(s);

        // The event just before the seal (not itself sealed) is rewritten, then every hash after it is recomputed
        // and the chain head moved: the links all hold, only the seal kept outside the database tells.
        long k = s - 1;
        assertThat(sealedSeqs).doesNotContain(k);
        List<String[]> originals = new ArrayList<>();
        try (Connection db = Database.connectAsAdministrator()) {
            db.setAutoCommit(false);
            try {
                rewriteAndRecompute(db, k, originals);
                db.commit();

                JsonObject tampered = verify();

                assertThat(tampered.getBoolean("valid")).as(tampered.toString()).isFalse();
                assertThat(tampered.getJsonNumber("firstBrokenSequence").longValue()).as(tampered.toString())
                        .isEqualTo(s);
            } finally {
                restore(db, originals);
                db.commit();
            }
        }
        JsonObject restored = verify();
        assertThat(restored.getBoolean("valid")).as(restored.toString()).isTrue();
    }

    /** Rewrites event {@code k}'s summary, recomputes the hash of it and of every later event, moves the head. */
    private static void rewriteAndRecompute(Connection db, long k, List<String[]> originals) throws SQLException {
        String head;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
            rs.next();
            head = rs.getString(1);
        }
        String prev = null;
        try (PreparedStatement ps = db.prepareStatement("SELECT seq, DATE_FORMAT(occurred_at,"
                + " '%Y-%m-%dT%H:%i:%s.%f'), actor, actor_role, action, entity_type, entity_id, summary, changes,"
                + " prev_hash, hash FROM " + auditTable() + " WHERE seq >= ? ORDER BY seq")) {
            ps.setLong(1, k);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    originals.add(new String[] {Long.toString(seq), rs.getString(8), rs.getString(10),
                            rs.getString(11), head});
                    String summary = seq == k ? rs.getString(8) + " (rewritten)" : rs.getString(8);
                    AuditEvent event = new AuditEvent(seq, LocalDateTime.parse(rs.getString(2))
                            .toInstant(ZoneOffset.UTC), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), summary, rs.getString(9),
                            prev == null ? rs.getString(10) : prev);
                    prev = event.getHash();
                    try (PreparedStatement up = db.prepareStatement("UPDATE " + auditTable()
                            + " SET summary = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                        up.setString(1, summary);
                        up.setString(2, event.getPrevHash());
                        up.setString(3, event.getHash());
                        up.setLong(4, seq);
                        up.executeUpdate();
                    }
                }
            }
        }
        try (PreparedStatement up = db.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1")) {
            up.setString(1, prev);
            up.executeUpdate();
        }
    }

    private static void restore(Connection db, List<String[]> originals) throws SQLException {
        for (String[] row : originals) {
            try (PreparedStatement up = db.prepareStatement("UPDATE " + auditTable()
                    + " SET summary = ?, prev_hash = ?, hash = ? WHERE seq = ?")) {
                up.setString(1, row[1]);
                up.setString(2, row[2]);
                up.setString(3, row[3]);
                up.setLong(4, Long.parseLong(row[0]));
                up.executeUpdate();
            }
        }
        if (!originals.isEmpty()) {
            try (PreparedStatement up = db.prepareStatement(
                    "UPDATE audit_chain_head SET last_hash = ? WHERE id = 1")) {
                up.setString(1, originals.get(0)[4]);
                up.executeUpdate();
            }
        }
    }

    /** The audit rows' own table, in the audit database the application may only read and append to. */
    private static String auditTable() {
        return "`" + System.getProperty("levier.it.db.user") + "_audit`.audit_event";
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = Database.connect();
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int update(Connection db, String sql, String summary, long seq) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setString(1, summary);
            ps.setLong(2, seq);
            return ps.executeUpdate();
        }
    }
}
