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
import java.util.HashMap;
import java.util.Map;
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

        try (Connection db = Database.connect()) {
            long k;
            String original;
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT seq, summary FROM audit_event ORDER BY seq DESC LIMIT 1")) {
                assertThat(rs.next()).isTrue();
                k = rs.getLong(1);
                original = rs.getString(2);
            }
            try {
                assertThat(update(db, "UPDATE audit_event SET summary = ? WHERE seq = ?", original + " (altered)", k))
                        .isEqualTo(1);

                JsonObject tampered = verify();

                assertThat(tampered.getBoolean("valid")).as(tampered.toString()).isFalse();
                assertThat(tampered.getJsonNumber("firstBrokenSequence").longValue()).isEqualTo(k);
            } finally {
                update(db, "UPDATE audit_event SET summary = ? WHERE seq = ?", original, k);
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
