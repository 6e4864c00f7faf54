package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.levier.applicant.control.CompanyIdentifiers;

/**
 * Applicant registration through the public API: sign-up, no sign-in before the e-mail is confirmed, confirmation
 * by the mailed token (delivered to an in-process SMTP server, and readable by admins in the outbox), the organisation in
 * {@code /me}; every bad input refused with a 4xx problem and nothing stored; joining an organisation only by a
 * member's invitation.
 */
@ExtendWith(PayaraServer.class)
class RegistrationIT {

    private static final String ADMIN = "admin@levier.example";
    private static final String PASSWORD = "Grue bleue sur le quai 7";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> TABLES = List.of("app_user", "user_role", "organisation", "email_confirmation",
            "organisation_invitation", "mail_outbox");

    @PayaraServer.Base
    URL base;

    private static SmtpInbox mailbox;

    @org.junit.jupiter.api.BeforeAll
    static void openMailbox() {
        mailbox = new SmtpInbox(SmtpInbox.configuredPort());
    }

    @org.junit.jupiter.api.AfterAll
    static void closeMailbox() throws java.io.IOException {
        mailbox.close();
    }

    @Test
    void theConfirmationMailIsDeliveredOverSmtpAndItsLinkConfirms() throws InterruptedException {
        String email = uniqueEmail();
        assertThat(register(email, PASSWORD, newSiret(), "MICRO").statusCode()).isEqualTo(201);

        SmtpInbox.Message mail = mailbox.awaitMessageTo(email, java.time.Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no confirmation mail reached the SMTP server"));
        assertThat(mail.headers()).contains("Subject:");
        Matcher link = TOKEN.matcher(mail.body());
        assertThat(link.find()).as(mail.body()).isTrue();
        assertThat(mail.body()).contains("/confirm.xhtml?token=" + link.group(1));

        assertThat(confirm(link.group(1)).statusCode()).isEqualTo(204);
        assertThat(Api.basic(base, email, PASSWORD).get("api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void registerThenConfirmThenSignInAndSeeTheOrganisation() {
        String email = uniqueEmail();
        String siret = newSiret();

        HttpResponse<String> registered = register(email, PASSWORD, siret, "SMALL");

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(registered.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("api/v1/me"));
        JsonObject pending = Api.json(registered);
        assertThat(pending.getString("email")).isEqualTo(email);
        assertThat(pending.getString("status")).isEqualTo("PENDING_CONFIRMATION");

        HttpResponse<String> beforeConfirmation = Api.basic(base, email, PASSWORD).get("api/v1/me");
        assertThat(beforeConfirmation.statusCode()).as("no sign-in before confirmation").isEqualTo(401);
        assertThat(Api.mediaType(beforeConfirmation)).isEqualTo("application/problem+json");
        HttpResponse<String> tokenBeforeConfirmation = Api.anonymous(base).postJson("api/v1/auth/token",
                "{\"email\":" + Api.quote(email) + ",\"password\":" + Api.quote(PASSWORD) + "}");
        assertThat(tokenBeforeConfirmation.statusCode()).as("the right password of an unconfirmed account is told so")
                .isEqualTo(403);
        assertThat(Api.json(tokenBeforeConfirmation).getString("type")).endsWith("account.unconfirmed");
        HttpResponse<String> wrongPasswordBeforeConfirmation = Api.anonymous(base).postJson("api/v1/auth/token",
                "{\"email\":" + Api.quote(email) + ",\"password\":\"not-the-password-9Q\"}");
        assertThat(wrongPasswordBeforeConfirmation.statusCode()).as("a wrong password learns nothing").isEqualTo(401);

        HttpResponse<String> wrongToken = confirm("A".repeat(43));
        assertThat(wrongToken.statusCode()).isEqualTo(422);
        assertThat(Api.json(wrongToken).getString("type")).endsWith("registration.token.invalid");

        String token = lastToken(email);
        assertThat(confirm(token).statusCode()).isEqualTo(204);
        assertThat(confirm(token).statusCode()).as("a token works once").isEqualTo(422);

        HttpResponse<String> me = Api.basic(base, email, PASSWORD).get("api/v1/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonObject profile = Api.json(me);
        assertThat(profile.getJsonArray("roles").getValuesAs(JsonString::getString)).containsExactly("APPLICANT");
        assertThat(profile.getString("locale")).isEqualTo("en");
        JsonObject organisation = profile.getJsonObject("organisation");
        assertThat(organisation.getString("siret")).isEqualTo(siret);
        assertThat(organisation.getString("siren")).isEqualTo(siret.substring(0, 9));
        assertThat(organisation.getString("sizeClass")).isEqualTo("SMALL");
        assertThat(organisation.getBoolean("demo")).isFalse();
    }

    @Test
    void theConfirmationMailIsInTheRegistrantsLanguageAndTheAuditNamesNoPassword() throws SQLException {
        String email = uniqueEmail();
        HttpResponse<String> registered = Api.anonymous(base).postJson("api/v1/registrations",
                registration(email, PASSWORD, newSiret(), "MICRO", "fr"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);

        JsonObject mail = lastMail(email);
        assertThat(mail.getString("subject")).contains("confirmez");
        assertThat(mail.getString("body")).contains("/confirm.xhtml?token=", "/api/v1/registrations/confirm");
        try (Connection db = Database.connect(); Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT changes FROM audit_event WHERE action = 'registration.created'"
                     + " AND actor = '" + email + "'")) {
            assertThat(rs.next()).as("registration audited").isTrue();
            assertThat(rs.getString(1)).contains(email).doesNotContain(PASSWORD);
        }
    }

    @Test
    void resendingGivesANewLinkAndRetiresTheOldOneWithoutRevealingAccounts() {
        String email = uniqueEmail();
        assertThat(register(email, PASSWORD, newSiret(), "MEDIUM").statusCode()).isEqualTo(201);
        String first = lastToken(email);

        HttpResponse<String> resent = Api.anonymous(base).postJson("api/v1/registrations/resend-confirmation",
                "{\"email\":" + Api.quote(email.toUpperCase(java.util.Locale.ROOT)) + "}");
        assertThat(resent.statusCode()).isEqualTo(202);
        HttpResponse<String> unknown = Api.anonymous(base).postJson("api/v1/registrations/resend-confirmation",
                "{\"email\":" + Api.quote(uniqueEmail()) + "}");
        assertThat(unknown.statusCode()).as("same answer for an unknown address").isEqualTo(202);

        String second = lastToken(email);
        assertThat(second).isNotEqualTo(first);
        assertThat(confirm(first).statusCode()).isEqualTo(422);
        assertThat(confirm(second).statusCode()).isEqualTo(204);
        assertThat(Api.basic(base, email, PASSWORD).get("api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswerAndItsOwnerIsWarned() throws SQLException {
        String email = uniqueEmail();
        assertThat(register(email, PASSWORD, newSiret(), "SMALL").statusCode()).isEqualTo(201);
        Map<String, Long> before = counts();

        HttpResponse<String> again = register(email, "Un autre mot de passe 9", newSiret(), "LARGE");

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(Api.json(again).getString("status")).isEqualTo("PENDING_CONFIRMATION");
        Map<String, Long> after = counts();
        assertThat(after.get("organisation")).as("no organisation created").isEqualTo(before.get("organisation"));
        assertThat(after.get("app_user")).isEqualTo(before.get("app_user"));
        assertThat(lastMail(email).getString("subject")).contains("someone tried to register");
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsStored() throws SQLException {
        String email = uniqueEmail();
        String siret = newSiret();
        Map<String, Long> before = counts();

        // Malformed JSON.
        assertProblem(post("{\"email\": " + Api.quote(email) + ", \"password\": "), 400);
        // Wrong JSON types for the form.
        assertProblem(post("[1,2,3]"), 400);
        // A weak password: every weakness of the password named on the field.
        HttpResponse<String> weak = register(email, "azertyuiop123", siret, "SMALL");
        assertThat(fields(assertProblem(weak, 422))).containsExactly("password");
        HttpResponse<String> containsEmail = register(email, email.substring(0, email.indexOf('@')) + "-Quai-77",
                siret, "SMALL");
        assertThat(fields(assertProblem(containsEmail, 422))).containsExactly("password");
        assertThat(fields(assertProblem(register(email, "Court7!", siret, "SMALL"), 422))).containsExactly("password");
        // A SIRET that fails its checksum.
        String badSiret = siret.substring(0, 13) + (char) ('0' + (siret.charAt(13) - '0' + 1) % 10);
        JsonObject bad = assertProblem(register(email, PASSWORD, badSiret, "SMALL"), 422);
        assertThat(bad.getString("type")).endsWith("registration.invalid");
        assertThat(fields(bad)).containsExactly("organisation.siret");
        // An unknown size class.
        assertThat(fields(assertProblem(register(email, PASSWORD, siret, "GIANT"), 422)))
                .containsExactly("organisation.sizeClass");
        // Missing fields: all reported at once.
        assertThat(fields(assertProblem(post("{}"), 422)))
                .contains("email", "password", "displayName", "organisation");
        assertThat(fields(assertProblem(post("{\"email\":\"not-an-address\",\"password\":\"x\",\"organisation\":{}}"),
                422))).contains("email", "password", "displayName", "organisation.legalName",
                "organisation.sizeClass", "organisation.siret");
        // A 10 MB text field.
        String huge = "x".repeat(10 * 1024 * 1024);
        HttpResponse<String> tooLarge = Api.anonymous(base).send(Api.anonymous(base).request("api/v1/registrations")
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        registration(email, PASSWORD, siret, "SMALL", "en").replace("\"displayName\":\"",
                                "\"displayName\":\"" + huge), StandardCharsets.UTF_8))
                .build());
        assertThat(tooLarge.statusCode()).isIn(400, 413);
        assertThat(Api.mediaType(tooLarge)).isEqualTo("application/problem+json");
        // A field just over its limit in a small body: 422 naming it.
        assertThat(fields(assertProblem(Api.anonymous(base).postJson("api/v1/registrations",
                registration(email, PASSWORD, siret, "SMALL", "en").replace("\"displayName\":\"",
                        "\"displayName\":\"" + "y".repeat(300))), 422))).containsExactly("displayName");
        // No JSON at all.
        HttpResponse<String> text = Api.anonymous(base).send(Api.anonymous(base).request("api/v1/registrations")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertThat(text.statusCode()).isEqualTo(415);

        assertThat(counts()).as("nothing stored by refused registrations").isEqualTo(before);
        assertThat(register(email, PASSWORD, siret, "SMALL").statusCode())
                .as("the same address and SIRET still register").isEqualTo(201);
    }

    @Test
    void theSiretOfARegisteredOrganisationIsRefusedWithAPointerToInvitations() throws SQLException {
        String siret = newSiret();
        assertThat(register(uniqueEmail(), PASSWORD, siret, "SMALL").statusCode()).isEqualTo(201);
        Map<String, Long> before = counts();

        JsonObject refused = assertProblem(register(uniqueEmail(), PASSWORD, siret, "SMALL"), 422);
        JsonObject bySiren = assertProblem(register(uniqueEmail(), PASSWORD, siret.substring(0, 9), "SMALL"), 422);

        assertThat(fields(refused)).containsExactly("organisation.siret");
        assertThat(refused.getJsonArray("violations").getJsonObject(0).getString("message")).contains("invite");
        assertThat(fields(bySiren)).containsExactly("organisation.siret");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aMemberInvitesAColleagueWhoJoinsTheSameOrganisation() throws SQLException {
        String member = uniqueEmail();
        assertThat(register(member, PASSWORD, newSiret(), "SMALL").statusCode()).isEqualTo(201);
        assertThat(confirm(lastToken(member)).statusCode()).isEqualTo(204);
        Api memberApi = Api.basic(base, member, PASSWORD);
        long organisationId = Api.json(memberApi.get("api/v1/me")).getJsonObject("organisation").getJsonNumber("id")
                .longValue();

        String colleague = uniqueEmail();
        HttpResponse<String> invited = memberApi.postJson("api/v1/organisations/me/invitations",
                "{\"email\":" + Api.quote(colleague) + ",\"displayName\":\"Paul Colleague\"}");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(202);
        assertThat(Api.json(invited).getString("status")).isEqualTo("INVITED");
        JsonObject invitationMail = lastMail(colleague);
        assertThat(invitationMail.getString("body")).contains("/accept-invitation.xhtml?token=");
        String token = token(invitationMail.getString("body"));

        Map<String, Long> before = counts();
        assertThat(fields(assertProblem(accept(token, "password123456", "Paul"), 422))).containsExactly("password");
        assertThat(counts()).isEqualTo(before);

        HttpResponse<String> joined = accept(token, PASSWORD, "Paul Colleague");
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
        assertThat(Api.json(joined).getJsonNumber("organisationId").longValue()).isEqualTo(organisationId);
        assertThat(accept(token, PASSWORD, "Paul").statusCode()).as("an invitation is accepted once").isEqualTo(422);

        HttpResponse<String> colleagueMe = Api.basic(base, colleague, PASSWORD).get("api/v1/me");
        assertThat(colleagueMe.statusCode()).as("confirmed by construction").isEqualTo(200);
        assertThat(Api.json(colleagueMe).getJsonObject("organisation").getJsonNumber("id").longValue())
                .isEqualTo(organisationId);
        assertThat(Api.json(memberApi.get("api/v1/me")).getJsonObject("organisation").getJsonNumber("id").longValue())
                .isEqualTo(organisationId);
    }

    @Test
    void onlyASignedInApplicantInvites() {
        String body = "{\"email\":" + Api.quote(uniqueEmail()) + ",\"displayName\":\"X\"}";

        assertThat(Api.anonymous(base).postJson("api/v1/organisations/me/invitations", body).statusCode())
                .isEqualTo(401);
        assertThat(Api.demo(base, Api.ANALYST).postJson("api/v1/organisations/me/invitations", body).statusCode())
                .isEqualTo(403);
        assertThat(Api.demo(base, "applicant1@levier.example")
                .postJson("api/v1/organisations/me/invitations", "{\"email\":\"nope\",\"displayName\":\"\"}")
                .statusCode()).isEqualTo(422);
    }

    @Test
    void theOutboxIsForAdministratorsOnly() {
        assertThat(Api.demo(base, Api.ANALYST).get("api/v1/admin/outbox").statusCode()).isEqualTo(403);
        assertThat(Api.anonymous(base).get("api/v1/admin/outbox").statusCode()).isEqualTo(401);
        HttpResponse<String> page = Api.demo(base, ADMIN).get("api/v1/admin/outbox?size=5");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Api.json(page).getInt("size")).isEqualTo(5);
    }

    // ---------------------------------------------------------------------------------------------------------

    private HttpResponse<String> register(String email, String password, String siret, String sizeClass) {
        return post(registration(email, password, siret, sizeClass, "en"));
    }

    private HttpResponse<String> post(String json) {
        return Api.anonymous(base).postJson("api/v1/registrations", json);
    }

    private HttpResponse<String> confirm(String token) {
        return Api.anonymous(base).postJson("api/v1/registrations/confirm", "{\"token\":" + Api.quote(token) + "}");
    }

    private HttpResponse<String> accept(String token, String password, String displayName) {
        return Api.anonymous(base).postJson("api/v1/registrations/accept-invitation",
                "{\"token\":" + Api.quote(token) + ",\"password\":" + Api.quote(password)
                        + ",\"displayName\":" + Api.quote(displayName) + "}");
    }

    private static String registration(String email, String password, String siret, String sizeClass, String locale) {
        return "{\"email\":" + Api.quote(email) + ",\"password\":" + Api.quote(password)
                + ",\"displayName\":\"Claire Martin\",\"locale\":" + Api.quote(locale)
                + ",\"organisation\":{\"legalName\":\"Hydrogène Test SAS\",\"legalForm\":\"SAS\",\"siret\":"
                + Api.quote(siret) + ",\"sizeClass\":" + Api.quote(sizeClass)
                + ",\"addressLine\":\"1 quai des Hollandais\",\"postalCode\":\"59140\",\"city\":\"Dunkerque\"}}";
    }

    private JsonObject lastMail(String recipient) {
        HttpResponse<String> outbox = Api.demo(base, ADMIN)
                .get("api/v1/admin/outbox?size=1&recipient=" + java.net.URLEncoder.encode(recipient, StandardCharsets.UTF_8));
        assertThat(outbox.statusCode()).as(outbox.body()).isEqualTo(200);
        var items = Api.json(outbox).getJsonArray("items");
        assertThat(items).as("a mail for " + recipient).isNotEmpty();
        JsonObject mail = items.getJsonObject(0);
        assertThat(mail.getString("recipient")).isEqualTo(recipient);
        return mail;
    }

    private String lastToken(String recipient) {
        return token(lastMail(recipient).getString("body"));
    }

    private static String token(String body) {
        Matcher matcher = TOKEN.matcher(body);
        assertThat(matcher.find()).as("a token link in: " + body).isTrue();
        return matcher.group(1);
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Api.mediaType(response)).isEqualTo("application/problem+json");
        JsonObject problem = Api.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        return problem;
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).distinct().toList();
    }

    private static Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = Database.connect(); Statement s = db.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String uniqueEmail() {
        return "it-" + System.nanoTime() + "-" + RANDOM.nextInt(1_000_000) + "@example.org";
    }

    /** A fictitious SIRET passing Luhn, unlikely to repeat (first digit 8: no real or demo prefix clash needed). */
    private static String newSiret() {
        return DossierFixtures.newSiret();
    }
}
