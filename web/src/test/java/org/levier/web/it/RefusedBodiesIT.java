package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the hostile-input suite found (issue 17, item 7): a body refused before it was read hung Java's own client
 * over HTTP/2 (h2c) until it gave up; a resend-confirmation body without its address and a standing committee body
 * without its list were accepted (202, and 200 unseating every member).
 */
@ExtendWith(PayaraServer.class)
class RefusedBodiesIT {

    private static final String RESEND = "api/v1/registrations/resend-confirmation";

    @PayaraServer.Base
    URL base;

    private static List<String> fields(HttpResponse<String> response) {
        return Api.json(response).getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
    }

    @Test
    void aBodyRefusedUnreadIsAnsweredOverHttp2AndOnTheSameConnectionAfterwards() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        Api anonymous = Api.anonymous(base);
        String large = "{\"email\":\"" + "x".repeat(1_000_000) + "\"}";
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer;
            try {
                answer = http.send(HttpRequest.newBuilder(anonymous.uri(RESEND)).timeout(Duration.ofSeconds(15))
                        .header("Content-Type", "application/json").header("X-Forwarded-For", "198.19.200." + i)
                        .POST(HttpRequest.BodyPublishers.ofString(i == 0 ? "{}" : large, StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new AssertionError("request " + i + " was not answered", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            assertThat(answer.statusCode()).as("request " + i + ": " + answer.body()).isEqualTo(i == 0 ? 422 : 413);
            assertThat(Api.mediaType(answer)).isEqualTo("application/problem+json");
        }
    }

    @Test
    void aResendWithoutAVisibleAddressIs422NamingIt() {
        Api anonymous = Api.anonymous(base);
        int client = 0;
        for (String body : List.of("{}", "{\"email\":null}", "{\"email\":\"\\uFEFF\"}", "{\"email\":\"a\\u202Eb\"}")) {
            HttpResponse<String> answer = resend(anonymous, body, ++client);
            assertThat(answer.statusCode()).as(body + ": " + answer.body()).isEqualTo(422);
            assertThat(fields(answer)).as(body).containsExactly("email");
        }
        HttpResponse<String> known = resend(anonymous, "{\"email\":\"nobody@levier.example\"}", ++client);
        assertThat(known.statusCode()).as("an address, known or not: " + known.body()).isEqualTo(202);
    }

    private static HttpResponse<String> resend(Api anonymous, String body, int client) {
        return anonymous.send(anonymous.request(RESEND)
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.19.201." + client)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    @Test
    void aStandingCommitteeBodyWithoutItsListIs422AndUnseatsNobody() {
        Api director = Api.demo(base, Api.DIRECTOR);
        String path = "api/v1/programmes/TI-DK/committee-members";
        String before = Api.json(director.get("api/v1/programmes/TI-DK")).toString();
        for (String body : List.of("{}", "{\"emails\":null}", "{\"members\":[]}", "{\"emails\":[\"a\\u0000b\"]}")) {
            HttpResponse<String> answer = director.send(director.request(path)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
            assertThat(answer.statusCode()).as(body + ": " + answer.body()).isEqualTo(422);
            assertThat(fields(answer).getFirst()).as(body).startsWith("emails");
        }
        assertThat(Api.json(director.get("api/v1/programmes/TI-DK")).toString()).isEqualTo(before);
    }
}
