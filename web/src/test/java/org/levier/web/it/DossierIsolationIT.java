package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.DossierFixtures.APPLICANT1;
import static org.levier.web.it.DossierFixtures.APPLICANT2;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Isolation between organisations through the API: for applicant2 (another organisation), applicant1's dossier
 * and its documents do not exist (404 on every path, never 403, which would confirm they exist), and its list
 * holds only its own organisation's dossiers. The fund's staff and auditors see both.
 */
@ExtendWith(PayaraServer.class)
class DossierIsolationIT {

    @PayaraServer.Base
    URL base;

    @Test
    void anotherOrganisationsDossierAndDocumentsAreNotFound() {
        Api owner = Api.demo(base, APPLICANT1);
        Api other = Api.demo(base, APPLICANT2);
        long callId = DossierFixtures.demoCallId(owner);
        JsonObject dossier = DossierFixtures.createDraft(owner, callId, "Confidential project");
        long id = dossier.getJsonNumber("id").longValue();
        long version = dossier.getJsonNumber("version").longValue();
        HttpResponse<String> uploaded = DossierFixtures.upload(owner, id, "BUSINESS_PLAN", "secret.pdf",
                DossierFixtures.minimalPdf());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long documentId = Api.json(uploaded).getJsonNumber("id").longValue();
        String path = "api/v1/dossiers/" + id;

        List<HttpResponse<?>> attempts = List.of(
                other.get(path),
                other.get(path + "/history"),
                other.get(path + "/documents"),
                DossierFixtures.download(other, path + "/documents/" + documentId),
                DossierFixtures.put(other, path, "{\"version\": " + version + ", "
                        + DossierFixtures.balancedDraft(callId, "Taken over").substring(1)),
                other.postJson(path + "/submit", ""),
                other.postJson(path + "/transitions", "{\"to\":\"WITHDRAWN\"}"),
                DossierFixtures.upload(other, id, "OTHER", "intruder.pdf", DossierFixtures.minimalPdf()));
        for (HttpResponse<?> attempt : attempts) {
            assertThat(attempt.statusCode()).as(attempt.request().method() + " " + attempt.request().uri())
                    .isEqualTo(404);
            assertThat(Api.mediaType(attempt)).isEqualTo("application/problem+json");
        }

        JsonObject list = Api.json(other.get("api/v1/dossiers?size=500"));
        assertThat(list.getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(row -> row.getJsonNumber("id").longValue())).doesNotContain(id);
        long otherOrganisation = Api.json(other.get("api/v1/me")).getJsonObject("organisation")
                .getJsonNumber("id").longValue();
        assertThat(list.getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(row -> row.getJsonNumber("organisationId").longValue())).allMatch(o -> o == otherOrganisation);
        assertThat(Api.json(other.get("api/v1/dossiers?q=Confidential")).getJsonNumber("total").longValue())
                .isZero();

        // Untouched by the attempts, and visible to the owner and the fund.
        JsonObject still = Api.json(owner.get(path));
        assertThat(still.getString("title")).isEqualTo("Confidential project");
        assertThat(still.getString("status")).isEqualTo("DRAFT");
        assertThat(Api.json(owner.get(path + "/documents")).getJsonArray("items")).hasSize(1);
        assertThat(Api.json(owner.get("api/v1/dossiers?size=500")).getJsonArray("items").stream()
                .map(JsonObject.class::cast).map(row -> row.getJsonNumber("id").longValue())).contains(id);
        Api auditor = Api.demo(base, Api.AUDITOR);
        assertThat(auditor.get(path).statusCode()).isEqualTo(200);
        assertThat(DossierFixtures.download(auditor, path + "/documents/" + documentId).statusCode()).isEqualTo(200);
    }

    @Test
    void theAuditorReadsButChangesNothing() {
        Api owner = Api.demo(base, APPLICANT1);
        long callId = DossierFixtures.demoCallId(owner);
        long id = DossierFixtures.createDraft(owner, callId, "Audited project").getJsonNumber("id").longValue();
        Api auditor = Api.demo(base, Api.AUDITOR);

        assertThat(auditor.postJson("api/v1/dossiers", DossierFixtures.balancedDraft(callId, "By the auditor"))
                .statusCode()).isEqualTo(403);
        assertThat(auditor.postJson("api/v1/dossiers/" + id + "/transitions", "{\"to\":\"WITHDRAWN\"}")
                .statusCode()).isEqualTo(403);
        assertThat(DossierFixtures.upload(auditor, id, "OTHER", "a.pdf", DossierFixtures.minimalPdf()).statusCode())
                .isEqualTo(403);
        assertThat(Api.json(owner.get("api/v1/dossiers/" + id + "/documents")).getJsonArray("items")).isEmpty();
    }
}
