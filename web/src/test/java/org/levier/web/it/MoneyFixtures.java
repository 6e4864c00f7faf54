package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the money ITs share: a dossier of applicant1 brought to APPROVED through the instruction API (screening, due
 * diligence, four-eyes review, committee session, votes and decision: the gates and the audit trail as in
 * production), an agreement signed on it, small HTTP helpers and reads under the API (JDBC, the tests' own user).
 */
final class MoneyFixtures {

    static final String APPLICANT1 = DossierFixtures.APPLICANT1;
    static final String APPLICANT2 = DossierFixtures.APPLICANT2;
    static final String DIRECTOR1 = "director1@levier.example";
    static final String DIRECTOR2 = "director2@levier.example";
    static final String ANALYST = "analyst@levier.example";
    static final String AUDITOR = "auditor@levier.example";
    static final String MEMBER1 = "member1@levier.example";
    static final String MEMBER2 = "member2@levier.example";

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

    /** The demo accounts the journey to an approved dossier needs, each with a bearer token. */
    record Actors(Api applicant, Api analyst, Api director1, Api director2, Api member1, Api member2) {

        static Actors of(java.net.URL base) {
            Api anonymous = Api.anonymous(base);
            return new Actors(bearer(base, anonymous, APPLICANT1), bearer(base, anonymous, ANALYST),
                    bearer(base, anonymous, DIRECTOR1), bearer(base, anonymous, DIRECTOR2),
                    bearer(base, anonymous, MEMBER1), bearer(base, anonymous, MEMBER2));
        }

        private static Api bearer(java.net.URL base, Api anonymous, String email) {
            return Api.bearer(base, DossierFixtures.token(anonymous, email));
        }
    }

    /**
     * Creates, documents and submits a dossier of the applicant, then takes it through the instruction as the
     * demo accounts would, all through the API: screening (every item satisfied), due diligence (every item
     * satisfied, every budget line eligible, risks rated), the analyst's recommendation of the amounts requested
     * with {@code conditions}, director2's second review, the move to COMMITTEE, a committee session of member1 and
     * member2 who both vote for, and director1's decision approving the amounts requested with {@code conditions}.
     */
    static Approved approvedDossier(Actors who, int actionNumber, String title, String grant, String advance,
                                    String equity, List<String> conditions) {
        long callId = DossierFixtures.demoCallId(who.applicant());
        return approvedDossier(who, draft(callId, actionNumber, title, grant, advance, equity), title, grant, advance,
                equity, conditions);
    }

    /** The same journey from a draft body of the caller's (its own financing plan), requesting those amounts. */
    static Approved approvedDossier(Actors who, String draftBody, String title, String grant, String advance,
                                    String equity, List<String> conditions) {
        Approved inCommittee = inCommittee(who, draftBody, grant, advance, equity, conditions);
        long id = inCommittee.dossierId();
        String path = "api/v1/dossiers/" + id;
        String amounts = amounts(grant, advance, equity);
        String conditionList = conditions.stream().map(Api::quote).collect(Collectors.joining(","));
        JsonObject session = ok(who.director1().postJson("api/v1/committees", "{\"title\": "
                + Api.quote("Committee for " + title) + ", \"heldOn\": \"" + LocalDate.now().plusDays(7)
                + "\", \"members\": [\"" + MEMBER1 + "\", \"" + MEMBER2 + "\"]}"), 201);
        String sessionPath = "api/v1/committees/" + session.getJsonNumber("id").longValue();
        ok(who.director1().postJson(sessionPath + "/agenda", "{\"dossierId\": " + id + "}"), 200);
        ok(who.director1().postJson(sessionPath + "/open", ""), 200);
        for (Api member : List.of(who.member1(), who.member2())) {
            ok(member.postJson(sessionPath + "/votes", "{\"dossierId\": " + id + ", \"choice\": \"FOR\"}"), 200);
        }
        ok(who.director1().postJson(sessionPath + "/decisions", "{\"dossierId\": " + id + ", \"outcome\":"
                + " \"APPROVED\", \"approved\": " + amounts + ", \"conditions\": [" + conditionList + "],"
                + " \"reasons\": \"Approved as recommended\"}"), 201);
        ok(who.director1().postJson(sessionPath + "/close", ""), 200);
        assertThat(Api.json(who.analyst().get(path)).getString("status")).isEqualTo("APPROVED");
        return inCommittee;
    }

    /**
     * The first part of that journey: the dossier created, documented, submitted, screened, through due diligence
     * with the analyst's recommendation of the amounts requested and its second review, and sent to COMMITTEE.
     */
    static Approved inCommittee(Actors who, String draftBody, String grant, String advance, String equity,
                                List<String> conditions) {
        Api applicant = who.applicant();
        JsonObject dossier = ok(applicant.postJson("api/v1/dossiers", draftBody), 201);
        long id = dossier.getJsonNumber("id").longValue();
        JsonObject evidence = ok(DossierFixtures.upload(applicant, id, "OTHER", "invoice.pdf",
                DossierFixtures.minimalPdf()), 201);
        ok(applicant.postJson("api/v1/dossiers/" + id + "/submit", ""), 200);

        String path = "api/v1/dossiers/" + id;
        String file = path + "/due-diligence";
        ok(who.analyst().postJson(path + "/screening/start", ""), 200);
        ok(DossierFixtures.put(who.analyst(), file, satisfyAll(ok(who.analyst().get(file), 200), false)), 200);
        ok(who.analyst().postJson(path + "/screening/eligible", "{\"comment\": \"eligible\"}"), 200);
        ok(DossierFixtures.put(who.analyst(), file, satisfyAll(ok(who.analyst().get(file), 200), true)), 200);
        String amounts = amounts(grant, advance, equity);
        String conditionList = conditions.stream().map(Api::quote).collect(Collectors.joining(","));
        JsonObject recommended = ok(who.analyst().postJson(file + "/recommendation", "{\"outcome\": \"APPROVE\","
                + " \"amounts\": " + amounts + ", \"conditions\": [" + conditionList + "],"
                + " \"rationale\": \"Sound project\"}"), 200);
        ok(who.director2().postJson(file + "/review", "{\"outcome\": \"APPROVED\", \"comment\": \"Agreed\","
                + " \"version\": " + recommended.getJsonNumber("version") + "}"), 200);
        ok(who.analyst().postJson(file + "/send-to-committee", ""), 200);
        assertThat(Api.json(who.analyst().get(path)).getString("status")).isEqualTo("COMMITTEE");
        return new Approved(id, evidence.getJsonNumber("id").longValue(),
                dossier.getJsonNumber("actionId").longValue());
    }

    /** A batch setting every pending checklist item SATISFIED (and, in due diligence, lines and risks). */
    private static String satisfyAll(JsonObject file, boolean dueDiligence) {
        StringBuilder batch = new StringBuilder("{\"version\": " + file.getJsonNumber("version") + ", \"items\": [");
        String separator = "";
        List<JsonObject> items = file.getJsonArray("checklist").stream()
                .flatMap(category -> category.asJsonObject().getJsonArray("items").stream())
                .map(item -> item.asJsonObject()).toList();
        for (JsonObject i : items) {
            if ("PENDING".equals(i.getString("status"))) {
                batch.append(separator).append("{\"id\": ").append(i.getJsonNumber("id"))
                        .append(", \"status\": \"SATISFIED\"}");
                separator = ",";
            }
        }
        batch.append("]");
        if (dueDiligence) {
            batch.append(", \"budgetLines\": [");
            separator = "";
            for (var line : file.getJsonArray("budgetLines")) {
                batch.append(separator).append("{\"id\": ").append(line.asJsonObject().getJsonNumber("id"))
                        .append(", \"eligible\": true}");
                separator = ",";
            }
            batch.append("], \"risks\": {\"FINANCIAL\": 2, \"TECHNICAL\": 2, \"MARKET\": 2, \"GOVERNANCE\": 1}");
        }
        return batch.append("}").toString();
    }

    /** {@code {"GRANT": "…", …}} with the instruments of a positive amount only. */
    private static String amounts(String grant, String advance, String equity) {
        List<String> members = new ArrayList<>();
        if (new BigDecimal(grant).signum() > 0) {
            members.add("\"GRANT\": \"" + grant + "\"");
        }
        if (new BigDecimal(advance).signum() > 0) {
            members.add("\"REPAYABLE_ADVANCE\": \"" + advance + "\"");
        }
        if (new BigDecimal(equity).signum() > 0) {
            members.add("\"EQUITY\": \"" + equity + "\"");
        }
        return "{" + String.join(", ", members) + "}";
    }

    private static JsonObject ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.request().method() + " " + response.request().uri() + ": "
                + response.body()).isEqualTo(status);
        return Api.json(response);
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

    /** The fund's today (Europe/Paris), as ISO text: the latest value date a payment may have. */
    static String today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Paris")).toString();
    }

    /**
     * Pays through the API on today's date (a value date is a fact: not after today, not before the approval, which
     * is today), then, when the test's dataset needs a payment on another day ({@code valueDate}), moves its value
     * date there in the database: test data of the past or the future that the API rightly refuses to record. The
     * answer is the API's (value date today); a refusal is returned as is, nothing moved.
     */
    static HttpResponse<String> pay(Api director, long disbursementId, String valueDate) {
        verifiedAccountFor(disbursementId);
        HttpResponse<String> paid = director.postJson("api/v1/disbursements/" + disbursementId + "/pay",
                "{\"valueDate\": \"" + today() + "\", \"bankReference\": \"VIR-" + disbursementId + "\"}");
        if (paid.statusCode() == 200 && valueDate != null && !valueDate.equals(today())) {
            try {
                execute("UPDATE disbursement SET paid_on = ? WHERE id = ?", java.sql.Date.valueOf(valueDate),
                        disbursementId);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return paid;
    }

    /**
     * Test data: the beneficiary organisation of the disbursement gets a verified bank account in force when it has
     * no account in force at all (a director pays by hand only to a verified account; the declare-and-verify journey
     * itself is PaymentsIT's). A change awaiting verification is left as it is. Concurrent calls insert one account
     * (the live key is unique: INSERT IGNORE).
     */
    static void verifiedAccountFor(long disbursementId) {
        verifiedAccountOf("SELECT ag.organisation_id FROM disbursement d JOIN agreement ag ON ag.id = d.agreement_id"
                + " WHERE d.id = ?", disbursementId);
    }

    /** {@link #verifiedAccountFor}, for the organisation of a dossier. */
    static void verifiedAccountForDossier(long dossierId) {
        verifiedAccountOf("SELECT organisation_id FROM dossier WHERE id = ?", dossierId);
    }

    private static void verifiedAccountOf(String organisationQuery, long id) {
        try (Connection db = Database.connect()) {
            long organisation;
            try (PreparedStatement query = db.prepareStatement(organisationQuery)) {
                bind(query, id);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return;
                    }
                    organisation = rows.getLong(1);
                }
            }
            try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM bank_account"
                    + " WHERE live_organisation_id = ?")) {
                bind(query, organisation);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
            }
            byte[] pdf = DossierFixtures.minimalPdf();
            try (PreparedStatement evidence = db.prepareStatement("INSERT INTO bank_evidence (organisation_id,"
                    + " file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)"
                    + " VALUES (?, 'rib.pdf', 'application/pdf', ?, ?, ?, 'fixture', UTC_TIMESTAMP(6))",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                bind(evidence, organisation, (long) pdf.length, java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(pdf)), pdf);
                evidence.executeUpdate();
                try (ResultSet keys = evidence.getGeneratedKeys();
                     PreparedStatement account = db.prepareStatement("INSERT IGNORE INTO bank_account"
                             + " (organisation_id, live_organisation_id, iban, bic, holder, evidence_id, status,"
                             + " declared_by, declared_at, verified_by, verified_at) VALUES (?, ?,"
                             + " 'FR1420041010050500013M02606', 'PSSTFRPPLIL', 'Fixture holder', ?, 'VERIFIED',"
                             + " 'fixture-applicant', UTC_TIMESTAMP(6), 'fixture-analyst', UTC_TIMESTAMP(6))")) {
                    keys.next();
                    bind(account, organisation, organisation, keys.getLong(1));
                    account.executeUpdate();
                }
            }
        } catch (SQLException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of a document of the dossier (the evidence of a condition met). */
    static long anyDocumentOf(long dossierId) {
        try {
            return decimal("SELECT MIN(id) FROM document WHERE dossier_id = ?", dossierId).longValueExact();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> cancel(Api api, long disbursementId, String reason) {
        return api.postJson("api/v1/disbursements/" + disbursementId + "/cancel",
                "{\"reason\": " + Api.quote(reason) + "}");
    }

    /** Marks every condition precedent of the dossier's agreement as met today, evidenced by one of its documents. */
    static JsonObject meetAllConditions(Api staff, long dossierId) {
        long evidence = anyDocumentOf(dossierId);
        JsonObject agreement = Api.json(staff.get("api/v1/dossiers/" + dossierId + "/agreement"));
        for (var c : agreement.getJsonArray("conditions")) {
            JsonObject condition = c.asJsonObject();
            if (!condition.getBoolean("met")) {
                HttpResponse<String> met = staff.postJson("api/v1/dossiers/" + dossierId + "/agreement/conditions/"
                        + condition.getJsonNumber("id").longValue() + "/met", "{\"metOn\": \"" + today()
                        + "\", \"evidenceDocumentId\": " + evidence + "}");
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

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
