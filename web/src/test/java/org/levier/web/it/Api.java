package org.levier.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small black-box client for the deployed application: plain {@link HttpClient} (no cookies kept, so each call
 * authenticates on its own), Basic or Bearer credentials, JSON bodies as JSON-P objects.
 */
public final class Api {

    /** Every demo account shares this password (test.sh generates it per run; failsafe passes it on). */
    public static final String AUDITOR = "auditor@levier.example";
    public static final String DIRECTOR = "director1@levier.example";
    public static final String ANALYST = "analyst@levier.example";

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** {@code base}: the application's root that {@link PayaraServer} gives a test (context root and a slash). */
    public static Api anonymous(URL base) {
        return new Api(toUri(base), null);
    }

    public static Api basic(URL base, String email, String password) {
        String pair = email + ":" + password;
        return new Api(toUri(base), "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
    }

    public static Api bearer(URL base, String token) {
        return new Api(toUri(base), "Bearer " + token);
    }

    /** The demo password of this run. */
    public static String demoPassword() {
        String password = System.getProperty("levier.it.demo.password");
        if (password == null || password.isBlank() || password.startsWith("${")) {
            throw new IllegalStateException("levier.it.demo.password is not set: run the tests with ./test.sh");
        }
        return password;
    }

    public static Api demo(URL base, String email) {
        return basic(base, email, demoPassword());
    }

    private static URI toUri(URL base) {
        String text = base.toExternalForm();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }

    /**
     * {@code "api/v1/health"} (no leading slash) is relative to the application's context root; {@code "/openapi"}
     * (leading slash) is on the server's root, where Payara serves MicroProfile OpenAPI, Health and Metrics.
     */
    public URI uri(String path) {
        return base.resolve(path);
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("HTTP " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.uri(), e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON object (HTTP " + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** A JSON string literal for building request bodies. */
    public static String quote(String text) {
        return Json.createValue(text).toString();
    }

    /** The media type without parameters, lower case, or "" when absent. */
    public static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type")
                .map(value -> value.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT))
                .orElse("");
    }
}
