package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What the money ITs share: a dossier of applicant1 brought to APPROVED with a committee decision, an agreement
 * signed on it, and small HTTP helpers.
 *
 * <p>TEMPORARY: the committee's REST API (branch {@code instructapi}) and the due-diligence REST it needs before a
 * dossier can reach COMMITTEE are not in this branch yet, so {@link #approve} writes, through JDBC, exactly the rows
 * that {@code Committees.decide} writes for an approval (an open session, the agenda item, the decision with its
 * amounts, tally and conditions) plus the dossier's moves SUBMITTED → ... → APPROVED and its status. It writes no
 * audit event (the chain stays valid: events are only appended). Everything after APPROVED goes through the API.
 * Replace it with the REST flow (screening, due diligence, committee session, votes, decision) once it exists.
 */
final class MoneyFixtures {

    static final String APPLICANT1 = DossierFixtures.APPLICANT1;
    static final String APPLICANT2 = DossierFixtures.APPLICANT2;
    static final String DIRECTOR1 = "director1@levier.example";
    static final String DIRECTOR2 = "director2@levier.example";
    static final String ANALYST = "analyst@levier.example";
    static final String AUDITOR = "auditor@levier.example";

    /** An approved dossier: its id, the id of an evidence document uploaded while it was a draft. */
    record Approved(long dossierId, long evidenceId, long actionId) {
    }

    private MoneyFixtures() {
    }

    /**
     * A draft requesting {@code grant}, {@code advance} and {@code equity} whose financing plan balances: the fund
     * pays a quarter of the cost, own funds the rest (intensity 25 %).
     */
    static String draft(long callId, int actionNumber, String title, String grant, String advance, String equity) {
        BigDecimal fund = new BigDecimal(grant).add(new BigDecimal(advance)).add(new BigDecimal(equity));
        BigDecimal cost = fund.multiply(BigDecimal.valueOf(4));
        BigDecimal own = cost.subtract(fund);
        return """
                {"callId": %d, "actionNumber": %d, "title": %s, "summary": "Money IT",
                 "startDate": "2027-01-01", "endDate": "2028-12-31",
                 "requested": {"GRANT": "%s", "REPAYABLE_ADVANCE": "%s", "EQUITY": "%s"},
                 "budgetLines": [{"category": "EQUIPMENT", "label": "Plant", "amount": "%s"}],
                 "cofinancing": [{"sourceType": "OWN_FUNDS", "funder": "Applicant", "amount": "%s",
                                  "status": "COMMITTED"}],
                 "impactTargets": [{"indicator": "CO2_AVOIDED", "target": "10"}],
                 "milestones": [{"title": "Commissioning", "dueDate": "2027-06-30"}]}
                """.formatted(callId, actionNumber, Api.quote(title), grant, advance, equity, cost.toPlainString(),
                own.toPlainString());
    }

    /**
     * Creates, documents and submits a dossier of {@code applicant} through the API, then records the committee's
     * approval of the amounts requested with {@code conditions} (see the class comment).
     */
    static Approved approvedDossier(Api applicant, int actionNumber, String title, String grant, String advance,
                                    String equity, List<String> conditions) throws SQLException {
        long callId = DossierFixtures.demoCallId(applicant);
        HttpResponse<String> created = applicant.postJson("api/v1/dossiers",
                draft(callId, actionNumber, title, grant, advance, equity));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject dossier = Api.json(created);
        long id = dossier.getJsonNumber("id").longValue();
        HttpResponse<String> evidence = DossierFixtures.upload(applicant, id, "OTHER", "invoice.pdf",
                DossierFixtures.minimalPdf());
        assertThat(evidence.statusCode()).as(evidence.body()).isEqualTo(201);
        HttpResponse<String> submitted = applicant.postJson("api/v1/dossiers/" + id + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        approve(id, grant, advance, equity, conditions);
        return new Approved(id, Api.json(evidence).getJsonNumber("id").longValue(),
                dossier.getJsonNumber("actionId").longValue());
    }

    /** The rows of {@code Committees.decide} for an approval, and the dossier's moves to APPROVED (one transaction). */
    static void approve(long dossierId, String grant, String advance, String equity, List<String> conditions)
            throws SQLException {
        try (Connection db = Database.connect()) {
            db.setAutoCommit(false);
            try {
                long session = insert(db, "INSERT INTO committee_session (version, title, held_on, status, created_by,"
                        + " created_at, opened_at) VALUES (0, ?, UTC_DATE(), 'OPEN', ?, UTC_TIMESTAMP(6),"
                        + " UTC_TIMESTAMP(6))", "IT session for dossier " + dossierId, DIRECTOR1);
                long item = insert(db, "INSERT INTO committee_agenda_item (version, session_id, dossier_id, position,"
                        + " added_by, added_at) VALUES (0, ?, ?, 0, ?, UTC_TIMESTAMP(6))", session, dossierId,
                        DIRECTOR1);
                for (String member : List.of("member1@levier.example", "member2@levier.example",
                        "member3@levier.example")) {
                    insert(db, "INSERT INTO committee_member (session_id, member_email, present_since)"
                            + " VALUES (?, ?, UTC_TIMESTAMP(6))", session, member);
                    insert(db, "INSERT INTO committee_vote (agenda_item_id, member_email, choice, cast_at)"
                            + " VALUES (?, ?, 'FOR', UTC_TIMESTAMP(6))", item, member);
                }
                String[] path = {"SUBMITTED", "ELIGIBILITY_REVIEW", "DUE_DILIGENCE", "COMMITTEE"};
                for (int i = 0; i + 1 < path.length; i++) {
                    insert(db, "INSERT INTO dossier_transition (dossier_id, from_status, to_status, actor,"
                            + " actor_role, reason, occurred_at) VALUES (?, ?, ?, ?, 'ANALYST', 'IT fixture',"
                            + " UTC_TIMESTAMP(6))", dossierId, path[i], path[i + 1], ANALYST);
                }
                long decision = insert(db, "INSERT INTO committee_decision (agenda_item_id, session_id, dossier_id,"
                        + " outcome, approved_dossier_id, approved_grant, approved_advance, approved_equity,"
                        + " members_eligible, members_present, votes_for, votes_against, votes_abstain, decided_by,"
                        + " decided_at) VALUES (?, ?, ?, 'APPROVED', ?, ?, ?, ?, 3, 3, 3, 0, 0, ?,"
                        + " UTC_TIMESTAMP(6))", item, session, dossierId, dossierId, new BigDecimal(grant),
                        new BigDecimal(advance), new BigDecimal(equity), DIRECTOR1);
                for (int i = 0; i < conditions.size(); i++) {
                    insert(db, "INSERT INTO committee_decision_condition (decision_id, position, condition_text)"
                            + " VALUES (?, ?, ?)", decision, i, conditions.get(i));
                }
                insert(db, "INSERT INTO dossier_transition (dossier_id, from_status, to_status, actor, actor_role,"
                        + " reason, occurred_at) VALUES (?, 'COMMITTEE', 'APPROVED', ?, 'FUND_DIRECTOR',"
                        + " 'IT fixture: committee decision', UTC_TIMESTAMP(6))", dossierId, DIRECTOR1);
                try (PreparedStatement update = db.prepareStatement("UPDATE dossier SET status = 'APPROVED',"
                        + " version = version + 1, updated_at = UTC_TIMESTAMP(6) WHERE id = ? AND status = 'SUBMITTED'")) {
                    update.setLong(1, dossierId);
                    assertThat(update.executeUpdate()).as("dossier %d was SUBMITTED", dossierId).isEqualTo(1);
                }
                db.commit();
            } catch (SQLException | RuntimeException | Error e) {
                db.rollback();
                throw e;
            }
        }
    }

    /** Signs with one tranche per instrument requested, dated 2027-03-01 ("signedOn" 2026-12-01). */
    static JsonObject sign(Api director, long dossierId, String body) {
        HttpResponse<String> signed = director.postJson("api/v1/dossiers/" + dossierId + "/agreement", body);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        return Api.json(signed);
    }

    /** A signature body: {@code tranches} as JSON objects, {@code conditions} added to the committee's. */
    static String agreementBody(String tranches, String conditions) {
        return "{\"signedOn\": \"2026-12-01\", \"tranches\": [" + tranches + "], \"conditions\": [" + conditions + "]}";
    }

    static String tranche(String instrument, String amount, String plannedOn, String milestone) {
        return "{\"instrument\": \"" + instrument + "\", \"amount\": \"" + amount + "\", \"plannedOn\": \""
                + plannedOn + "\", \"milestone\": " + Api.quote(milestone) + "}";
    }

    /** The id of the tranche at {@code position} of a read agreement. */
    static long trancheId(JsonObject agreement, int position) {
        return agreement.getJsonArray("tranches").getJsonObject(position).getJsonNumber("id").longValue();
    }

    static long id(HttpResponse<String> response) {
        return Api.json(response).getJsonNumber("id").longValue();
    }

    static HttpResponse<String> requestDisbursement(Api api, long dossierId, long trancheId, String amount,
                                                    String idempotencyKey, Long evidence) {
        var builder = api.request("api/v1/dossiers/" + dossierId + "/disbursements")
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        String body = "{\"trancheId\": " + trancheId + ", \"amount\": \"" + amount + "\""
                + (evidence == null ? "" : ", \"evidence\": [" + evidence + "]") + "}";
        return api.send(builder.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> approve(Api director, long disbursementId) {
        return director.postJson("api/v1/disbursements/" + disbursementId + "/approve", "");
    }

    static HttpResponse<String> pay(Api director, long disbursementId, String valueDate) {
        return director.postJson("api/v1/disbursements/" + disbursementId + "/pay",
                "{\"valueDate\": \"" + valueDate + "\", \"bankReference\": \"VIR-" + disbursementId + "\"}");
    }

    static HttpResponse<String> cancel(Api api, long disbursementId, String reason) {
        return api.postJson("api/v1/disbursements/" + disbursementId + "/cancel",
                "{\"reason\": " + Api.quote(reason) + "}");
    }

    /** Marks every condition precedent of the dossier's agreement as met. */
    static JsonObject meetAllConditions(Api staff, long dossierId) {
        JsonObject agreement = Api.json(staff.get("api/v1/dossiers/" + dossierId + "/agreement"));
        for (var c : agreement.getJsonArray("conditions")) {
            JsonObject condition = c.asJsonObject();
            if (!condition.getBoolean("met")) {
                HttpResponse<String> met = staff.postJson("api/v1/dossiers/" + dossierId + "/agreement/conditions/"
                        + condition.getJsonNumber("id").longValue() + "/met", "{\"metOn\": \"2026-12-15\"}");
                assertThat(met.statusCode()).as(met.body()).isEqualTo(200);
                agreement = Api.json(met);
            }
        }
        return agreement;
    }

    /** The problem type's key ({@code https://levier.example/problems/<key>}). */
    static String problemKey(HttpResponse<String> response) {
        String type = Api.json(response).getString("type", "");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /** One number read straight from the database. */
    static BigDecimal decimal(String sql, Object... parameters) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                BigDecimal value = rows.getBigDecimal(1);
                return value == null ? BigDecimal.ZERO.setScale(2) : value;
            }
        }
    }

    static void execute(String sql, Object... parameters) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, parameters);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
