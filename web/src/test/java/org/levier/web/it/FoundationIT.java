package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation over HTTP: health, OpenAPI, the Dunkerque programme and its open call as the demo auditor sees
 * them, and RFC 9457 problem+json for every kind of bad request (never an HTML page, never a stack trace).
 */
@ExtendWith(PayaraServer.class)
class FoundationIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @PayaraServer.Base
    URL base;

    private Api auditor() {
        return Api.demo(base, Api.AUDITOR);
    }

    @Test
    void healthAnswersUpWithoutLoginWhenTheDatabaseAnswers() {
        HttpResponse<String> response = Api.anonymous(base).get("api/v1/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Api.json(response).getString("status")).isEqualTo("UP");
    }

    @Test
    void microProfileHealthAndOpenApiDescribeTheApplication() {
        Api anonymous = Api.anonymous(base);
        HttpResponse<String> health = anonymous.send(anonymous.request("/health").GET().build());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");

        HttpResponse<String> openapi = anonymous.send(anonymous.request("/openapi").GET().build());
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body())
                .contains("/api/v1/health")
                .contains("/api/v1/programmes")
                .contains("/api/v1/calls")
                .contains("/api/v1/audit");
    }

    @Test
    void dunkerqueProgrammeHasItsAllotmentTargetAxesAndActions() {
        HttpResponse<String> response = auditor().get("api/v1/programmes/TI-DK");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject programme = Api.json(response);
        assertThat(programme.getString("code")).isEqualTo("TI-DK");
        assertThat(programme.getString("name")).isEqualTo("Dunkerque, l'énergie créative");
        assertThat(programme.getString("allotment")).isEqualTo("37500000.00");
        assertThat(programme.getString("targetTotalProjects")).isEqualTo("288000000.00");
        assertThat(programme.getString("currency")).isEqualTo("EUR");
        assertThat(programme.get("targetLeverage").toString()).contains("7.68");

        JsonArray axes = programme.getJsonArray("axes");
        assertThat(axes).hasSize(4);
        assertThat(axes.getJsonObject(0).getInt("number")).isEqualTo(1);
        assertThat(axes.getJsonObject(0).getString("title")).isEqualTo("Écologie industrielle et territoriale");
        assertThat(axes.getJsonObject(0).getString("titleEn")).isEqualTo("Industrial and territorial ecology");
        int actions = 0;
        boolean someActionHasLeaders = false;
        for (JsonValue axis : axes) {
            JsonArray axisActions = axis.asJsonObject().getJsonArray("actions");
            actions += axisActions.size();
            for (JsonValue action : axisActions) {
                JsonObject a = action.asJsonObject();
                assertThat(a.getString("title")).isNotBlank();
                assertThat(a.containsKey("number")).isTrue();
                someActionHasLeaders |= !a.isNull("leaders") && !a.getJsonArray("leaders").isEmpty();
            }
        }
        assertThat(actions).isEqualTo(15);
        assertThat(someActionHasLeaders).as("actions carry their leaders").isTrue();
    }

    @Test
    void programmesListNamesDunkerque() {
        HttpResponse<String> response = auditor().get("api/v1/programmes");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Api.mediaType(response)).isEqualTo("application/json");
        assertThat(response.body()).contains("\"TI-DK\"").contains("37500000.00");
    }

    @Test
    void theDemoCallIsOpen() {
        HttpResponse<String> response = auditor().get("api/v1/calls?open=true");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject page = Api.json(response);
        JsonArray items = page.getJsonArray("items");
        assertThat(items).isNotEmpty();
        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(items.size());
        JsonObject call = items.getJsonObject(0);
        assertThat(call.getString("code")).isNotBlank();
        assertThat(call.getString("title")).isNotBlank();
        assertThat(call.getString("opensAt")).isNotBlank();
        assertThat(call.getString("closesAt")).isNotBlank();
        assertThat(call.getString("minAmount")).matches("\\d+\\.\\d{2}");
        assertThat(call.getString("maxAmount")).matches("\\d+\\.\\d{2}");
        assertThat(call.getJsonArray("instruments")).isNotEmpty();
        assertThat(call.getJsonArray("actionNumbers")).isNotEmpty();
    }

    @Test
    void unknownProgrammeIsProblemJson404() {
        assertProblem(auditor().get("api/v1/programmes/NO-SUCH-PROGRAMME"), 404);
    }

    @Test
    void unknownPathIsProblemJson404() {
        assertProblem(auditor().get("api/v1/no-such-resource"), 404);
    }

    @Test
    void unconvertibleQueryParameterIsProblemJson400() {
        assertProblem(auditor().get("api/v1/audit?page=abc"), 400);
    }

    @Test
    void wrongMethodIsProblemJson405() {
        Api auditor = auditor();
        assertProblem(auditor.send(auditor.request("api/v1/health").DELETE().build()), 405);
    }

    @Test
    void wrongMediaTypeIsProblemJson415() {
        Api anonymous = Api.anonymous(base);
        HttpResponse<String> response = anonymous.send(anonymous.request("api/v1/auth/token")
                .header("Content-Type", "text/plain")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("email=someone", StandardCharsets.UTF_8))
                .build());
        assertProblem(response, 415);
    }

    @Test
    void malformedJsonIsProblemJson400NeverA500() {
        HttpResponse<String> response = Api.anonymous(base).postJson("api/v1/auth/token", "{\"email\": \"a@b.example\", ");
        assertProblem(response, 400);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Api.mediaType(response)).isEqualTo(PROBLEM_JSON);
        JsonObject problem = Api.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.containsKey("type")).isTrue();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
    }
}
