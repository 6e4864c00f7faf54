package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile requests (issue 17's findings): unbounded money and dates, deeply nested and wrongly shaped JSON, path
 * tricks around the page guard and a forged view state. Each answer is a 4xx — problem+json under the API — within
 * 1 s, with nothing stored; the exponent amount answers in under 50 ms once warm.
 */
@ExtendWith(PayaraServer.class)
class HardeningIT {

    private static final String APPLICANT = "applicant2@levier.example";
    private static final String DE_MINIMIS = "api/v1/organisations/me/de-minimis";
    private static final Duration BOUND = Duration.ofSeconds(1);

    @PayaraServer.Base
    URL base;

    private record Timed(HttpResponse<String> response, Duration took) {
    }

    private static Timed timed(java.util.function.Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> response = call.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
    }

    private int declarations(Api applicant) {
        HttpResponse<String> list = applicant.get(DE_MINIMIS);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Api.json(list).getJsonArray("items").size();
    }

    private static List<String> fields(HttpResponse<String> response) {
        return Api.json(response).getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
    }

    private static void assertProblem(Timed timed, int status, String what) {
        HttpResponse<String> response = timed.response();
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
        assertThat(Api.mediaType(response)).as(what).isEqualTo("application/problem+json");
        assertThat(timed.took()).as(what + " answered within 1 s").isLessThan(BOUND);
    }

    @Test
    void hostileAmountsAndDatesAre422NamingTheFieldFastAndStoreNothing() {
        Api applicant = Api.demo(base, APPLICANT);
        int before = declarations(applicant);
        String valid = "\"grantedOn\":\"2025-06-30\",\"grantingBody\":\"Région démo\"";
        // Warm-up: the first call of a path loads classes.
        applicant.postJson(DE_MINIMIS, "{\"amount\":\"1e100000000\"," + valid + "}");

        for (String amount : List.of("1e100000000", "1E5", "-0.001", "99999999999999.99", "NaN", " 1", "1_000")) {
            Timed timed = timed(() -> applicant.postJson(DE_MINIMIS,
                    "{\"amount\":" + Api.quote(amount) + "," + valid + "}"));
            assertProblem(timed, 422, "amount " + amount);
            assertThat(fields(timed.response())).as(amount).containsExactly("amount");
        }
        Timed exponentAsNumber = timed(() -> applicant.postJson(DE_MINIMIS, "{\"amount\":1e100000000," + valid + "}"));
        assertProblem(exponentAsNumber, 400, "amount as a JSON number 1e100000000: the contract says a string");

        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            Timed timed = timed(() -> applicant.postJson(DE_MINIMIS, "{\"amount\":\"1e100000000\"," + valid + "}"));
            assertProblem(timed, 422, "amount 1e100000000");
            best = Math.min(best, timed.took().toMillis());
        }
        assertThat(best).as("the 1e100000000 body after warm-up, ms").isLessThan(50);

        for (String date : List.of("-999999999-01-01", "0000-01-01", "2026-02-30", "+10000-01-01", "2025-6-30")) {
            Timed timed = timed(() -> applicant.postJson(DE_MINIMIS, "{\"grantedOn\":" + Api.quote(date)
                    + ",\"amount\":\"1000.00\",\"grantingBody\":\"Région démo\"}"));
            assertProblem(timed, 422, "grantedOn " + date);
            assertThat(fields(timed.response())).as(date).containsExactly("grantedOn");
        }
        assertThat(declarations(applicant)).as("nothing stored").isEqualTo(before);
    }

    @Test
    void malformedWronglyShapedAndDeeplyNestedBodiesAre400ProblemJson() {
        Api applicant = Api.demo(base, APPLICANT);
        Api director = Api.demo(base, Api.DIRECTOR);
        Api anonymous = Api.anonymous(base);
        int before = declarations(applicant);
        for (String body : List.of("[]", "null", "\"s\"", "42", "{", "{\"amount\":}", "[{}]")) {
            assertProblem(timed(() -> applicant.postJson(DE_MINIMIS, body)), 400, "de minimis body " + body);
        }
        String objects = "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000);
        String arrays = "[".repeat(1_000) + "]".repeat(1_000);
        Map<String, Api> endpoints = Map.of(
                "api/v1/auth/token", anonymous,
                "api/v1/registrations", anonymous,
                DE_MINIMIS, applicant,
                "api/v1/organisations/me/invitations", applicant,
                "api/v1/dossiers", applicant,
                "api/v1/dossiers/999999/agreement", director,
                "api/v1/dossiers/999999/disbursements", director,
                "api/v1/committees", director);
        anonymous.postJson("api/v1/auth/token", objects); // warm-up
        endpoints.forEach((path, api) -> {
            for (String body : List.of(objects, arrays)) {
                Timed timed = timed(() -> api.postJson(path, body));
                assertProblem(timed, 400, path + " nested 1,000 levels");
            }
        });
        assertThat(declarations(applicant)).as("nothing stored").isEqualTo(before);
    }

    @Test
    void everySpellingOfAProtectedPageRedirectsAnAnonymousVisitorToTheLogin() throws Exception {
        String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/";
        for (String path : List.of("app/staff/dossiers.xhtml", "faces/app/staff/dossiers.xhtml",
                "%61pp/staff/dossiers.xhtml", "/app/staff/dossiers.xhtml", "app//staff/dossiers.xhtml",
                "faces/%61pp/home.xhtml", "app/staff/dossiers.jsf")) {
            HttpResponse<String> response = raw(URI.create(root + path), "GET", null);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(302, 303);
            assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).contains("login.xhtml"));
            assertSecurityHeaders(response, path);
        }
        for (String path : List.of("no-such-page-" + System.nanoTime(), "no-such-page.xhtml", "%61pp/no-such.txt/x")) {
            HttpResponse<String> response = raw(URI.create(root + path), "GET", null);
            assertThat(response.statusCode()).as(path).isIn(302, 404);
            assertSecurityHeaders(response, path);
        }
    }

    @Test
    void aForgedViewStateIsA400PageNotA500() throws Exception {
        String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/";
        String forged = "login=login&login%3Aemail=x%40y.z&jakarta.faces.ViewState=forged%3A-42";
        // Warm-up: the first rendering of the error page compiles its Facelets.
        assertThat(raw(URI.create(root + "login.xhtml"), "POST", forged).statusCode()).isEqualTo(400);
        long start = System.nanoTime();
        HttpResponse<String> response = raw(URI.create(root + "login.xhtml"), "POST", forged);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("error-title");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
        assertSecurityHeaders(response, "forged view state");
    }

    // --- abuse limits (per client address: the tests' Payara trusts X-Forwarded-For from 127.0.0.1) ---

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /** A client address of its own (TEST-NET-3), so that no other test's requests count towards its limits. */
    private static String newClientAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0.113." + (n % 250 + 1);
    }

    private static HttpResponse<String> postFrom(Api api, String address, String path, String json) {
        return api.send(api.request(path).header("X-Forwarded-For", address)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    private static HttpResponse<String> getFrom(Api api, String address, String path) {
        return api.send(api.request(path).header("X-Forwarded-For", address).header("Accept", "application/json")
                .GET().build());
    }

    private static void assertTooManyRequests(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(429);
        assertThat(Api.mediaType(response)).as(what).isEqualTo("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).as(what)
                .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    }

    @Test
    void registrationsAndPasswordChoicesAreRateLimitedPerClientAddress() {
        Api anonymous = Api.anonymous(base);
        for (Map.Entry<String, Integer> limit : Map.of("api/v1/registrations", 30, "api/v1/auth/set-password", 20)
                .entrySet()) {
            String path = limit.getKey();
            String address = newClientAddress();
            for (int i = 1; i <= limit.getValue(); i++) {
                HttpResponse<String> refused = postFrom(anonymous, address, path, "{\"email\":\"x\"}");
                assertThat(refused.statusCode()).as(path + " #" + i + ": " + refused.body()).isBetween(400, 422);
            }
            assertTooManyRequests(postFrom(anonymous, address, path, "{\"email\":\"x\"}"), path + " beyond the limit");
            HttpResponse<String> elsewhere = postFrom(anonymous, newClientAddress(), path, "{\"email\":\"x\"}");
            assertThat(elsewhere.statusCode()).as("another address is not limited").isBetween(400, 422);
        }
    }

    @Test
    void anAddressThatFailsToSignInTooOftenGets429WithRetryAfter() {
        Api anonymous = Api.anonymous(base);
        String address = newClientAddress();
        // the budget of failed sign-ins per address the tests' server runs with (levier.limits.login.failures)
        int budget = Integer.getInteger("levier.it.login.failures", 30);
        for (int i = 1; i <= budget; i++) {
            HttpResponse<String> failed = postFrom(anonymous, address, "api/v1/auth/token",
                    "{\"email\":\"guess-" + i + "@levier.example\",\"password\":\"Not-The-Password-1\"}");
            assertThat(failed.statusCode()).as("attempt " + i + ": " + failed.body()).isEqualTo(401);
        }
        assertTooManyRequests(postFrom(anonymous, address, "api/v1/auth/token",
                "{\"email\":" + Api.quote(Api.AUDITOR) + ",\"password\":" + Api.quote(Api.demoPassword()) + "}"),
                "even the right password, from the address that guessed");
        HttpResponse<String> owner = postFrom(anonymous, newClientAddress(), "api/v1/auth/token",
                "{\"email\":" + Api.quote(Api.AUDITOR) + ",\"password\":" + Api.quote(Api.demoPassword()) + "}");
        assertThat(owner.statusCode()).as("from elsewhere: " + owner.body()).isIn(200, 201);
    }

    @Test
    void wrongPasswordsLockTheGuessingAddressOutOfTheAccountNotTheOwner() {
        String victim = "member3@levier.example";
        String attacker = newClientAddress();
        String owner = newClientAddress();
        Api wrong = Api.basic(base, victim, "wrong-" + Api.demoPassword());
        for (int attempt = 1; attempt <= 6; attempt++) {
            assertThat(getFrom(wrong, attacker, "api/v1/me").statusCode()).isEqualTo(401);
        }
        Api right = Api.demo(base, victim);
        assertThat(getFrom(right, attacker, "api/v1/me").statusCode())
                .as("the guessing address is locked out of the account, even with the right password").isEqualTo(401);
        HttpResponse<String> fromOwner = getFrom(right, owner, "api/v1/me");
        assertThat(fromOwner.statusCode()).as("the owner, elsewhere, still signs in: " + fromOwner.body())
                .isEqualTo(200);
    }

    @Test
    void metricsAreForOperatorsAndLogoutIsPostOnly() throws Exception {
        HttpResponse<String> anonymous = Api.anonymous(base).get("api/v1/metrics");
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(Api.mediaType(anonymous)).isEqualTo("application/problem+json");
        assertThat(Api.demo(base, APPLICANT).get("api/v1/metrics").statusCode()).isEqualTo(403);
        HttpResponse<String> auditor = Api.demo(base, Api.AUDITOR).get("api/v1/metrics");
        assertThat(auditor.statusCode()).as(auditor.body()).isEqualTo(200);
        assertThat(auditor.body()).contains("levier_jvm_heap_used_bytes");
        HttpResponse<String> payara = Api.anonymous(base).get("/metrics");
        assertThat(payara.statusCode()).as("Payara's public metrics are off: " + payara.body()).isEqualTo(403);
        assertThat(payara.body()).doesNotContain("jvm", "heap");

        String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/";
        assertThat(raw(URI.create(root + "logout"), "GET", null).statusCode()).as("GET /logout").isEqualTo(405);
        assertThat(raw(URI.create(root + "logout"), "POST", "").statusCode()).as("POST /logout").isIn(302, 303);
    }

    @Test
    void pagesAllowNoEvalNorInlineScriptsButThoseCarryingTheirNonce() throws Exception {
        String root = base.toExternalForm().endsWith("/") ? base.toExternalForm() : base.toExternalForm() + "/";
        HttpResponse<String> login = raw(URI.create(root + "login.xhtml"), "GET", null);
        assertThat(login.statusCode()).isEqualTo(200);
        List<String> policies = login.headers().allValues("Content-Security-Policy");
        assertThat(policies).as("one enforced policy").hasSize(1);
        String policy = policies.getFirst();
        assertThat(policy).doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");
        assertThat(login.headers().allValues("Content-Security-Policy-Report-Only")).as("nothing left to report")
                .isEmpty();
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertThat(scripts).doesNotContain("unsafe-inline").containsPattern("'nonce-[A-Za-z0-9+/=_-]+'");
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        java.util.regex.Matcher inline = java.util.regex.Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>")
                .matcher(login.body());
        int inlineScripts = 0;
        while (inline.find()) {
            inlineScripts++;
            assertThat(inline.group(1)).as("every inline script carries the page's nonce").contains(nonce);
        }
        assertThat(inlineScripts).isPositive();
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .as("served over plain HTTP here (LEVIER_PUBLIC_URL http): no HSTS").isEmpty();
        assertThat(login.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).containsIgnoringCase("HttpOnly"));
    }

    private static void assertSecurityHeaders(HttpResponse<String> response, String what) {
        assertThat(response.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as(what).isPresent();
        assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    }

    private static HttpResponse<String> raw(URI uri, String method, String form) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (form == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
