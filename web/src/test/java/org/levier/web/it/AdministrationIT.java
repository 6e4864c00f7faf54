package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fund administration through the API on MariaDB: programmes with axes, actions and envelopes (never below what
 * signed agreements commit), calls created, opened, applied to and guarded, staff invited by e-mail who choose a
 * password and sign in, the segregation-of-duties rules on roles, disabling that ends Basic and Bearer access at
 * once, and standing committee members seated by default. Every refusal is checked to have stored nothing.
 */
@ExtendWith(PayaraServer.class)
class AdministrationIT {

    private static final String ADMIN = "admin@levier.example";
    private static final String PASSWORD = "Phare rouge sur la digue 42";
    private static final Pattern TOKEN = Pattern.compile("set-password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PayaraServer.Base
    URL base;

    private static SmtpInbox mailbox;

    @BeforeAll
    static void openMailbox() {
        mailbox = new SmtpInbox(SmtpInbox.configuredPort());
    }

    @AfterAll
    static void closeMailbox() throws java.io.IOException {
        mailbox.close();
    }

    // --- programmes -------------------------------------------------------------------------------------------

    @Test
    void aProgrammeWithTwoAxesThreeActionsAndEnvelopesIsCreatedReadAndRevisedWithItsVersion() throws SQLException {
        String code = uniqueCode("ADM");
        HttpResponse<String> created = director().postJson("api/v1/programmes", programme(code, "2000000.00",
                "500000.00", "300000.00", "200000.00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(code));

        JsonObject read = Api.json(Api.demo(base, Api.AUDITOR).get("api/v1/programmes/" + code));
        assertThat(read.getString("allotment")).isEqualTo("2000000.00");
        assertThat(read.getString("targetTotalProjects")).isEqualTo("10000000.00");
        assertThat(read.getString("targetLeverage")).isEqualTo("5.00");
        assertThat(read.getString("startDate")).isEqualTo("2027-01-01");
        assertThat(read.getString("endDate")).isEqualTo("2030-12-31");
        JsonArray axes = read.getJsonArray("axes");
        assertThat(axes).hasSize(2);
        assertThat(axes.getJsonObject(0).getJsonArray("actions")).hasSize(2);
        assertThat(axes.getJsonObject(1).getJsonArray("actions")).hasSize(1);
        assertThat(axes.getJsonObject(0).getJsonArray("actions").getJsonObject(1).getString("envelope"))
                .isEqualTo("300000.00");
        String programmeId = String.valueOf(count("SELECT id FROM programme WHERE code = ?", code));
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'programme.created' AND entity_id = ?",
                programmeId)).isEqualTo(1);

        long version = read.getJsonNumber("version").longValue();
        HttpResponse<String> revised = DossierFixtures.put(admin(), "api/v1/programmes/" + code,
                withVersion(programme(code, "2500000.00", "600000.00", "300000.00", "200000.00"), version));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(Api.json(revised).getString("allotment")).isEqualTo("2500000.00");
        assertThat(Api.json(revised).getJsonNumber("version").longValue()).isGreaterThan(version);

        HttpResponse<String> stale = DossierFixtures.put(director(), "api/v1/programmes/" + code,
                withVersion(programme(code, "9000000.00", "600000.00", "300000.00", "200000.00"), version));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(decimal("SELECT allotment FROM programme WHERE code = ?", code)).isEqualTo("2500000.00");
    }

    @Test
    void aProgrammeBreakingItsRulesIsRefusedWithEveryViolationAndNothingStored() throws SQLException {
        String code = uniqueCode("BAD");
        long before = count("SELECT COUNT(*) FROM programme");
        // envelopes 2,100,000 above the allotment of 2,000,000; end before start; duplicate action number
        String body = """
                {"code": "%s", "name": "Refused", "allotment": "2000000.00", "targetTotalProjects": "10000000.00",
                 "startDate": "2027-01-01", "endDate": "2026-12-31",
                 "axes": [{"number": 1, "title": "A", "actions": [{"number": 1, "title": "a", "envelope": "1100000.00"},
                                                                 {"number": 1, "title": "b", "envelope": "1000000.00"}]}]}
                """.formatted(code);
        HttpResponse<String> refused = director().postJson("api/v1/programmes", body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(fields(refused)).contains("endDate", "axes[0].actions[1].number");
        assertThat(director().postJson("api/v1/programmes", programme("bad code", "1.00", "1.00", null, null))
                .statusCode()).isEqualTo(422);
        assertThat(director().postJson("api/v1/programmes", programme("TI-DK", "10.00", null, null, null))
                .body()).contains("already used");
        assertThat(Api.demo(base, Api.ANALYST).postJson("api/v1/programmes", programme(code, "10.00", null, null,
                null)).statusCode()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM programme")).isEqualTo(before);
    }

    @Test
    void allotmentOrEnvelopeBelowWhatApprovalsReserveOrAgreementsCommitIsRefusedNamingTheFigure() throws SQLException {
        String code = uniqueCode("COM");
        assertThat(director().postJson("api/v1/programmes", programme(code, "2000000.00", "500000.00", null,
                null)).statusCode()).isEqualTo(201);
        long callId = Api.json(director().postJson("api/v1/calls", call(code, "AAP-1", openNow(), List.of(1, 2, 3),
                "\"GRANT\", \"REPAYABLE_ADVANCE\"", ""))).getJsonNumber("id").longValue();
        MoneyFixtures.Actors who = MoneyFixtures.Actors.of(base);
        MoneyFixtures.Approved approved = MoneyFixtures.approvedDossier(who,
                MoneyFixtures.draft(callId, 1, "Admin IT committed", "400000.00", "0.00", "0.00"),
                "Admin IT committed", "400000.00", "0.00", "0.00", List.of());
        // Approved, not yet signed: the committee's reservation holds the money already.
        long reservedVersion = Api.json(director().get("api/v1/programmes/" + code)).getJsonNumber("version")
                .longValue();
        HttpResponse<String> belowReserved = DossierFixtures.put(director(), "api/v1/programmes/" + code,
                withVersion(programme(code, "300000.00", null, null, null), reservedVersion));
        assertThat(belowReserved.statusCode()).as(belowReserved.body()).isEqualTo(422);
        assertThat(MoneyFixtures.problemKey(belowReserved)).isEqualTo("programme.below-committed");
        assertThat(belowReserved.body()).contains("\"allotment\"", "400000.00", "reserved by committee approvals");
        MoneyFixtures.sign(who.director1(), approved.dossierId(), MoneyFixtures.agreementBody(
                MoneyFixtures.tranche("GRANT", "400000.00", "2027-03-01", "Start"), ""));
        long version = Api.json(director().get("api/v1/programmes/" + code)).getJsonNumber("version").longValue();
        long events = count("SELECT COUNT(*) FROM audit_event");

        HttpResponse<String> allotment = DossierFixtures.put(director(), "api/v1/programmes/" + code,
                withVersion(programme(code, "300000.00", null, null, null), version));
        assertThat(allotment.statusCode()).as(allotment.body()).isEqualTo(422);
        assertThat(MoneyFixtures.problemKey(allotment)).isEqualTo("programme.below-committed");
        assertThat(allotment.body()).contains("\"allotment\"").contains("400000.00");

        HttpResponse<String> envelope = DossierFixtures.put(director(), "api/v1/programmes/" + code,
                withVersion(programme(code, "2000000.00", "350000.00", null, null), version));
        assertThat(envelope.statusCode()).as(envelope.body()).isEqualTo(422);
        assertThat(envelope.body()).contains("axes[0].actions[0].envelope").contains("400000.00");

        HttpResponse<String> removal = DossierFixtures.put(director(), "api/v1/programmes/" + code, withVersion(
                """
                {"code": "%s", "name": "Admin IT", "allotment": "2000000.00", "targetTotalProjects": "10000000.00",
                 "startDate": "2027-01-01", "endDate": "2030-12-31",
                 "axes": [{"number": 2, "title": "Mobility", "actions": [{"number": 3, "title": "Buses"}]}]}
                """.formatted(code), version));
        assertThat(removal.statusCode()).as(removal.body()).isEqualTo(422);
        assertThat(MoneyFixtures.problemKey(removal)).isEqualTo("programme.action-in-use");

        assertThat(decimal("SELECT allotment FROM programme WHERE code = ?", code)).isEqualTo("2000000.00");
        assertThat(decimal("SELECT a.envelope FROM programme_action a JOIN programme p ON p.id = a.programme_id"
                + " WHERE p.code = ? AND a.number = 1", code)).isEqualTo("500000.00");
        assertThat(count("SELECT COUNT(*) FROM programme_action a JOIN programme p ON p.id = a.programme_id"
                + " WHERE p.code = ?", code)).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM audit_event")).isEqualTo(events);

        HttpResponse<String> atCommitted = DossierFixtures.put(director(), "api/v1/programmes/" + code,
                withVersion(programme(code, "400000.00", "400000.00", null, null), version));
        assertThat(atCommitted.statusCode()).as(atCommitted.body()).isEqualTo(200);
    }

    // --- calls ------------------------------------------------------------------------------------------------

    @Test
    void aCallIsCreatedOpenedAppliedToGuardedAndClosed() throws SQLException {
        String code = uniqueCode("CAL");
        assertThat(director().postJson("api/v1/programmes", programme(code, "2000000.00", null, null, null))
                .statusCode()).isEqualTo(201);
        String later = LocalDate.now().plusDays(30) + "T09:00";
        HttpResponse<String> created = admin().postJson("api/v1/calls", call(code, "AAP-2027", later,
                List.of(1, 3), "\"GRANT\"", "\"BUSINESS_PLAN\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject call = Api.json(created);
        long id = call.getJsonNumber("id").longValue();
        assertThat(call.getString("status")).isEqualTo("PLANNED");
        assertThat(call.getJsonArray("actionNumbers").toString()).isEqualTo("[1,3]");
        assertThat(call.getJsonArray("mandatoryDocuments").toString()).isEqualTo("[\"BUSINESS_PLAN\"]");
        assertThat(call.getBoolean("defaultChecklist")).isFalse();
        assertThat(call.getJsonArray("checklist").getJsonObject(0).getString("code")).isEqualTo("FIN_PLAN");
        assertThat(call.getJsonObject("maxIntensity").getString("SMALL")).isEqualTo("0.7000");

        Api applicant = Api.demo(base, DossierFixtures.APPLICANT1);
        HttpResponse<String> tooEarly = applicant.postJson("api/v1/dossiers", DossierFixtures.balancedDraft(id,
                "Too early"));
        assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(422);
        assertThat(tooEarly.body()).contains("is not open");

        HttpResponse<String> opened = director().postJson("api/v1/calls/" + id + "/open", "");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        assertThat(Api.json(opened).getString("status")).isEqualTo("OPEN");

        long dossierId = DossierFixtures.createDraft(applicant, id, "Admin IT application").getJsonNumber("id")
                .longValue();
        assertThat(DossierFixtures.upload(applicant, dossierId, "BUSINESS_PLAN", "plan.pdf",
                DossierFixtures.minimalPdf()).statusCode()).isEqualTo(201);
        HttpResponse<String> submitted = applicant.postJson("api/v1/dossiers/" + dossierId + "/submit", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(Api.json(submitted).getString("reference")).startsWith(code + "-");

        long version = Api.json(director().get("api/v1/calls/" + id)).getJsonNumber("version").longValue();
        HttpResponse<String> losing = DossierFixtures.put(director(), "api/v1/calls/" + id,
                withVersion(call(code, "AAP-2027", openNow(), List.of(3), "\"REPAYABLE_ADVANCE\"",
                        "\"BUSINESS_PLAN\""), version));
        assertThat(losing.statusCode()).as(losing.body()).isEqualTo(422);
        assertThat(MoneyFixtures.problemKey(losing)).isEqualTo("call.in-use");
        assertThat(fields(losing)).containsExactly("actions", "instruments");
        assertThat(losing.body()).contains("[1]").contains("GRANT");
        assertThat(count("SELECT COUNT(*) FROM call_action WHERE call_id = ?", id)).isEqualTo(2);

        HttpResponse<String> keeping = DossierFixtures.put(director(), "api/v1/calls/" + id,
                withVersion(call(code, "AAP-2027", openNow(), List.of(1, 2, 3), "\"GRANT\", \"EQUITY\"",
                        "\"BUSINESS_PLAN\""), version));
        assertThat(keeping.statusCode()).as(keeping.body()).isEqualTo(200);
        assertThat(Api.json(keeping).getJsonArray("instruments")).hasSize(2);

        HttpResponse<String> closed = director().postJson("api/v1/calls/" + id + "/close", "");
        assertThat(Api.json(closed).getString("status")).isEqualTo("CLOSED");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'CallForProjects' AND entity_id = ?"
                + " AND action IN ('call.created', 'call.opened', 'call.revised', 'call.closed')",
                String.valueOf(id))).isEqualTo(4);

        HttpResponse<String> bad = director().postJson("api/v1/calls", """
                {"programme": "%s", "code": "X", "title": "", "opensAt": "2027-13-01T00:00", "closesAt": "tomorrow",
                 "actions": [9], "instruments": ["GIFT"], "aidRegime": "NONE", "minAmount": "5.00",
                 "maxAmount": "1.00", "mandatoryDocuments": ["SELFIE"],
                 "checklist": [{"code": "X1", "category": "ELIGIBILITY", "label": "x"}]}
                """.formatted(code));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
        assertThat(fields(bad)).contains("title", "opensAt", "closesAt", "actions[0]", "instruments[0]",
                "aidRegime", "mandatoryDocuments[0]", "checklist[0].category");
        assertThat(count("SELECT COUNT(*) FROM call_for_projects c JOIN programme p ON p.id = c.programme_id"
                + " WHERE p.code = ?", code)).isEqualTo(1);
    }

    // --- people -----------------------------------------------------------------------------------------------

    @Test
    void anInvitedAnalystChoosesAPasswordThroughTheMailedLinkAndSignsIn() throws SQLException {
        String email = uniqueEmail();
        HttpResponse<String> invited = invite(email, "\"ANALYST\"");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(Api.json(invited).getBoolean("passwordChosen")).isFalse();
        String token = tokenMailedTo(email);
        assertThat(Api.basic(base, email, PASSWORD).get("api/v1/me").statusCode()).isEqualTo(401);

        Api anonymous = Api.anonymous(base);
        HttpResponse<String> weak = anonymous.postJson("api/v1/auth/set-password",
                "{\"token\": \"" + token + "\", \"password\": \"short\"}");
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(422);
        HttpResponse<String> chosen = anonymous.postJson("api/v1/auth/set-password",
                "{\"token\": \"" + token + "\", \"password\": " + Api.quote(PASSWORD) + "}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(204);
        assertThat(anonymous.postJson("api/v1/auth/set-password", "{\"token\": \"" + token + "\", \"password\": "
                + Api.quote(PASSWORD + "!") + "}").statusCode()).isEqualTo(422);

        HttpResponse<String> me = Api.basic(base, email, PASSWORD).get("api/v1/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(Api.json(me).getJsonArray("roles").toString()).isEqualTo("[\"ANALYST\"]");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action IN ('staff.invited', 'staff.password.set')"
                + " AND entity_id = ?", String.valueOf(Api.json(invited).getJsonNumber("id").longValue())))
                .isEqualTo(2);
        JsonArray list = Api.json(admin().get("api/v1/admin/users")).getJsonArray("items");
        assertThat(list.stream().map(JsonValue::asJsonObject).filter(u -> u.getString("email").equals(email))
                .findFirst().orElseThrow().getBoolean("passwordChosen")).isTrue();
    }

    @Test
    void rolesFollowTheSegregationRulesAndEveryRefusalStoresNothing() throws SQLException {
        long adminId = userId(ADMIN);
        HttpResponse<String> self = DossierFixtures.put(admin(), "api/v1/admin/users/" + adminId + "/roles",
                "{\"roles\": [\"ADMIN\", \"AUDITOR\"]}");
        assertThat(self.statusCode()).as(self.body()).isEqualTo(422);
        assertThat(MoneyFixtures.problemKey(self)).isEqualTo("staff.self-change");
        assertThat(admin().postJson("api/v1/admin/users/" + adminId + "/disable", "").statusCode()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM user_role WHERE user_id = ? AND role = 'AUDITOR'", adminId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE id = ? AND enabled = TRUE", adminId)).isEqualTo(1);

        String mixed = uniqueEmail();
        HttpResponse<String> adminAndAnalyst = invite(mixed, "\"ADMIN\", \"ANALYST\"");
        assertThat(adminAndAnalyst.statusCode()).as(adminAndAnalyst.body()).isEqualTo(422);
        assertThat(MoneyFixtures.problemKey(adminAndAnalyst)).isEqualTo("staff.roles.invalid");
        assertThat(invite(mixed, "\"APPLICANT\"").statusCode()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE email = ?", mixed)).isZero();
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", mixed)).isZero();

        String member = uniqueEmail();
        long id = Api.json(invite(member, "\"COMMITTEE_MEMBER\"")).getJsonNumber("id").longValue();
        HttpResponse<String> directorAdmin = DossierFixtures.put(admin(), "api/v1/admin/users/" + id + "/roles",
                "{\"roles\": [\"ADMIN\", \"FUND_DIRECTOR\"]}");
        assertThat(directorAdmin.statusCode()).as(directorAdmin.body()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM user_role WHERE user_id = ? AND role = 'COMMITTEE_MEMBER'", id))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM user_role WHERE user_id = ?", id)).isEqualTo(1);

        HttpResponse<String> granted = DossierFixtures.put(admin(), "api/v1/admin/users/" + id + "/roles",
                "{\"roles\": [\"COMMITTEE_MEMBER\", \"AUDITOR\"]}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        assertThat(Api.json(granted).getJsonArray("roles").toString())
                .isEqualTo("[\"AUDITOR\",\"COMMITTEE_MEMBER\"]");
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", member)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'staff.roles.changed' AND entity_id = ?",
                String.valueOf(id))).isEqualTo(1);

        assertThat(DossierFixtures.put(director(), "api/v1/admin/users/" + id + "/roles",
                "{\"roles\": [\"AUDITOR\"]}").statusCode()).isEqualTo(403);
        assertThat(director().get("api/v1/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void disablingEndsBasicAndBearerAccessAtOnceAndEnablingRestoresBasicOnly() throws SQLException {
        String email = uniqueEmail();
        long id = Api.json(invite(email, "\"AUDITOR\"")).getJsonNumber("id").longValue();
        assertThat(Api.anonymous(base).postJson("api/v1/auth/set-password", "{\"token\": \"" + tokenMailedTo(email)
                + "\", \"password\": " + Api.quote(PASSWORD) + "}").statusCode()).isEqualTo(204);
        Api basic = Api.basic(base, email, PASSWORD);
        assertThat(basic.get("api/v1/me").statusCode()).isEqualTo(200);
        Api bearer = Api.bearer(base, Api.json(Api.anonymous(base).postJson("api/v1/auth/token",
                "{\"email\": " + Api.quote(email) + ", \"password\": " + Api.quote(PASSWORD) + "}"))
                .getString("token"));
        assertThat(bearer.get("api/v1/me").statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = admin().postJson("api/v1/admin/users/" + id + "/disable", "");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(Api.json(disabled).getBoolean("enabled")).isFalse();
        assertThat(basic.get("api/v1/me").statusCode()).isEqualTo(401);
        assertThat(bearer.get("api/v1/me").statusCode()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM api_token WHERE user_id = ? AND revoked = FALSE", id)).isZero();

        assertThat(admin().postJson("api/v1/admin/users/" + id + "/enable", "").statusCode()).isEqualTo(200);
        assertThat(basic.get("api/v1/me").statusCode()).isEqualTo(200);
        assertThat(bearer.get("api/v1/me").statusCode()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action IN ('staff.disabled', 'staff.enabled')"
                + " AND entity_id = ?", String.valueOf(id))).isEqualTo(2);
    }

    @Test
    void aSessionPlannedForAProgrammeWithoutMembersSeatsItsStandingCommittee() {
        String code = uniqueCode("COM");
        assertThat(director().postJson("api/v1/programmes", programme(code, "1000000.00", null, null, null))
                .statusCode()).isEqualTo(201);
        HttpResponse<String> notMember = DossierFixtures.put(admin(), "api/v1/programmes/" + code
                + "/committee-members", "{\"emails\": [\"" + MoneyFixtures.MEMBER1 + "\", \"" + Api.ANALYST + "\"]}");
        assertThat(notMember.statusCode()).as(notMember.body()).isEqualTo(422);
        HttpResponse<String> seated = DossierFixtures.put(admin(), "api/v1/programmes/" + code
                + "/committee-members", "{\"emails\": [\"" + MoneyFixtures.MEMBER1 + "\", \"" + MoneyFixtures.MEMBER2
                + "\"]}");
        assertThat(seated.statusCode()).as(seated.body()).isEqualTo(200);
        assertThat(Api.json(seated).getJsonArray("committeeMembers")).hasSize(2);

        HttpResponse<String> session = director().postJson("api/v1/committees", "{\"title\": \"Standing " + code
                + "\", \"heldOn\": \"" + LocalDate.now().plusDays(10) + "\", \"programme\": \"" + code + "\"}");
        assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
        assertThat(Api.json(session).getJsonArray("members").stream()
                .map(m -> m.asJsonObject().getString("email")).toList())
                .containsExactlyInAnyOrder(MoneyFixtures.MEMBER1, MoneyFixtures.MEMBER2);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private Api admin() {
        return Api.demo(base, ADMIN);
    }

    private Api director() {
        return Api.demo(base, Api.DIRECTOR);
    }

    private HttpResponse<String> invite(String email, String roles) {
        return admin().postJson("api/v1/admin/users", "{\"email\": " + Api.quote(email)
                + ", \"displayName\": \"Admin IT\", \"roles\": [" + roles + "]}");
    }

    /** The token of the set-password link in the invitation waiting in the outbox. */
    private String tokenMailedTo(String email) {
        HttpResponse<String> outbox = admin().get("api/v1/admin/outbox?recipient=" + email);
        assertThat(outbox.statusCode()).as(outbox.body()).isEqualTo(200);
        JsonArray mails = Api.json(outbox).getJsonArray("items");
        assertThat(mails).hasSize(1);
        Matcher link = TOKEN.matcher(mails.getJsonObject(0).getString("body"));
        assertThat(link.find()).as(mails.toString()).isTrue();
        return link.group(1);
    }

    /** Axis 1 (actions 1 and 2), axis 2 (action 3); envelopes as given (null: none). */
    static String programme(String code, String allotment, String envelope1, String envelope2, String envelope3) {
        return """
                {"code": %s, "name": "Admin IT programme (test)", "allotment": "%s",
                 "targetTotalProjects": "10000000.00", "startDate": "2027-01-01", "endDate": "2030-12-31",
                 "axes": [{"number": 1, "title": "Énergie", "titleEn": "Energy",
                           "actions": [{"number": 1, "title": "Chaleur", "envelope": %s},
                                       {"number": 2, "title": "Hydrogène", "envelope": %s}]},
                          {"number": 2, "title": "Mobilité", "actions": [{"number": 3, "title": "Bus",
                                                                          "envelope": %s}]}]}
                """.formatted(Api.quote(code), allotment, money(envelope1), money(envelope2), money(envelope3));
    }

    private static String money(String amount) {
        return amount == null ? "null" : "\"" + amount + "\"";
    }

    static String call(String programme, String code, String opensAt, List<Integer> actions, String instruments,
                       String documents) {
        return """
                {"programme": "%s", "code": "%s", "title": "Appel à projets %s", "opensAt": "%s",
                 "closesAt": "%s", "actions": %s, "instruments": [%s], "aidRegime": "GBER",
                 "minAmount": "10000.00", "maxAmount": "1000000.00", "mandatoryDocuments": [%s],
                 "maxIntensity": {"SMALL": "0.70", "MEDIUM": "0.60", "LARGE": "0.50", "MICRO": "0.70"},
                 "checklist": [{"code": "FIN_PLAN", "category": "FINANCIAL", "label": "Financing plan"},
                               {"code": "KYC_OWNERS", "category": "KYC", "label": "Beneficial owners"}]}
                """.formatted(programme, code, code, opensAt, LocalDate.now().plusYears(1) + "T18:00:00+01:00",
                actions, instruments, documents);
    }

    private static String openNow() {
        return LocalDate.now().minusDays(1) + "T00:00:00Z";
    }

    private static String withVersion(String body, long version) {
        int end = body.lastIndexOf('}');
        return body.substring(0, end) + ", \"version\": " + version + "}";
    }

    private static List<String> fields(HttpResponse<String> response) {
        return Api.json(response).getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field")).toList();
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(RANDOM.nextLong(36L * 36 * 36 * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
    }

    private static String uniqueEmail() {
        return "staff-" + Long.toHexString(RANDOM.nextLong()) + "@levier.example";
    }

    private static long userId(String email) throws SQLException {
        return count("SELECT id FROM app_user WHERE email = ?", email);
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String decimal(String sql, Object... parameters) throws SQLException {
        return MoneyFixtures.decimal(sql, parameters).toPlainString();
    }
}
