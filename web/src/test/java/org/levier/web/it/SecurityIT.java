package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authentication and the protections around it: 401 problem+json with a Basic challenge, account lockout,
 * bearer tokens, security headers, stateless API calls and the redirect of protected pages to the login page.
 */
@ExtendWith(PayaraServer.class)
class SecurityIT {

    /** The one demo account this test locks; no other test signs in with it. */
    private static final String LOCKED_VICTIM = "member3@levier.example";
    /** More than any sensible lockout threshold, few enough to stay quick. */
    private static final int FAILED_ATTEMPTS = 10;

    @PayaraServer.Base
    URL base;

    @Test
    void noCredentialsIs401ProblemJsonWithABasicChallenge() {
        HttpResponse<String> response = Api.anonymous(base).get("api/v1/programmes");

        assertUnauthorized(response);
    }

    @Test
    void wrongPasswordIs401ProblemJson() {
        HttpResponse<String> response = Api.basic(base, Api.AUDITOR, "not-" + Api.demoPassword()).get("api/v1/me");

        assertUnauthorized(response);
    }

    @Test
    void unknownUserIs401ProblemJson() {
        HttpResponse<String> response = Api.basic(base, "nobody-" + System.nanoTime() + "@levier.example",
                Api.demoPassword()).get("api/v1/me");

        assertUnauthorized(response);
    }

    @Test
    void meDescribesTheSignedInUserWithoutOpeningASession() {
        HttpResponse<String> response = Api.demo(base, Api.AUDITOR).get("api/v1/me");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject me = Api.json(response);
        assertThat(me.getString("email")).isEqualTo(Api.AUDITOR);
        assertThat(me.getString("displayName")).isNotBlank();
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("AUDITOR");
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("the API is stateless: no session cookie")
                .noneMatch(cookie -> cookie.toUpperCase(Locale.ROOT).startsWith("JSESSIONID"));
    }

    @Test
    void aTokenFromAuthTokenAuthenticatesAsBearer() {
        HttpResponse<String> issued = Api.anonymous(base).postJson("api/v1/auth/token",
                "{\"email\":" + Api.quote(Api.DIRECTOR) + ",\"password\":" + Api.quote(Api.demoPassword()) + "}");

        assertThat(issued.statusCode()).as(issued.body()).isIn(200, 201);
        JsonObject token = Api.json(issued);
        assertThat(token.getString("tokenType")).isEqualToIgnoringCase("Bearer");
        assertThat(Instant.parse(token.getString("expiresAt"))).isAfter(Instant.now());
        String value = token.getString("token");
        assertThat(value).hasSizeGreaterThanOrEqualTo(32).doesNotContain(Api.demoPassword());

        HttpResponse<String> me = Api.bearer(base, value).get("api/v1/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(Api.json(me).getString("email")).isEqualTo(Api.DIRECTOR);

        HttpResponse<String> forged = Api.bearer(base, value + "x").get("api/v1/me");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(Api.mediaType(forged)).isEqualTo("application/problem+json");
    }

    @Test
    void aTokenCanAlsoBeAskedForWithABasicHeaderAndNoBody() {
        Api analyst = Api.demo(base, Api.ANALYST);
        HttpResponse<String> issued = analyst.send(analyst.request("api/v1/auth/token")
                .header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());

        assertThat(issued.statusCode()).as(issued.body()).isIn(200, 201);
        HttpResponse<String> me = Api.bearer(base, Api.json(issued).getString("token")).get("api/v1/me");
        assertThat(Api.json(me).getString("email")).isEqualTo(Api.ANALYST);
    }

    @Test
    void aTokenIsRefusedForAWrongPassword() {
        HttpResponse<String> response = Api.anonymous(base).postJson("api/v1/auth/token",
                "{\"email\":" + Api.quote(Api.ANALYST) + ",\"password\":\"wrong-password-123\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Api.mediaType(response)).isEqualTo("application/problem+json");
        assertThat(response.body()).doesNotContain("\"token\"");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        Api right = Api.demo(base, LOCKED_VICTIM);
        assertThat(right.get("api/v1/me").statusCode()).as("the victim can sign in before the attack").isEqualTo(200);

        Api wrong = Api.basic(base, LOCKED_VICTIM, "wrong-" + Api.demoPassword());
        for (int attempt = 1; attempt <= FAILED_ATTEMPTS; attempt++) {
            assertUnauthorized(wrong.get("api/v1/me"));
        }

        HttpResponse<String> locked = right.get("api/v1/me");
        assertUnauthorized(locked);
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        for (String path : List.of("api/v1/health", "login.xhtml")) {
            HttpResponse<String> response = Api.anonymous(base).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
        }
    }

    @Test
    void theLoginPageSessionCookieIsHttpOnlyAndSameSite() {
        HttpResponse<String> response = Api.anonymous(base).get("login.xhtml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("login:email").contains("login:password");
        List<String> sessionCookies = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.toUpperCase(Locale.ROOT).startsWith("JSESSIONID"))
                .toList();
        assertThat(sessionCookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie.toLowerCase(Locale.ROOT))
                .contains("httponly").contains("samesite"));
    }

    @Test
    void aProtectedPageRedirectsToTheLoginPage() {
        Api anonymous = Api.anonymous(base);
        HttpResponse<String> response = anonymous.send(anonymous.request("app/programme.xhtml").GET().build());

        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("login.xhtml"));
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(Api.mediaType(response)).isEqualTo("application/problem+json");
        assertThat(Api.json(response).getInt("status")).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic").contains("realm=\"Levier\""));
    }
}
