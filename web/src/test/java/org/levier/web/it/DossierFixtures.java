package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** What the dossier ITs share: the demo call, a balanced draft, a small real PDF and multipart uploads. */
final class DossierFixtures {

    static final String APPLICANT1 = "applicant1@levier.example";
    static final String APPLICANT2 = "applicant2@levier.example";

    private DossierFixtures() {
    }

    /** The id of the open demo call AAP-DEMO-1. */
    static long demoCallId(Api api) {
        HttpResponse<String> calls = api.get("api/v1/calls?open=true");
        assertThat(calls.statusCode()).as(calls.body()).isEqualTo(200);
        JsonArray items = Api.json(calls).getJsonArray("items");
        return items.stream().map(JsonObject.class::cast)
                .filter(c -> "AAP-DEMO-1".equals(c.getString("code")))
                .findFirst().orElseThrow(() -> new AssertionError("no open demo call: " + calls.body()))
                .getJsonNumber("id").longValue();
    }

    /**
     * A draft whose financing plan balances to the cent: cost 100,000.00 = grant 50,000.00 + own funds 30,000.00
     * + bank loan 20,000.00, within the demo call's bounds and intensities (50 %).
     */
    static String balancedDraft(long callId, String title) {
        return """
                {"callId": %d, "actionNumber": 1, "title": %s, "summary": "Pilot electrolyser on the port",
                 "startDate": "2027-01-01", "endDate": "2028-12-31",
                 "requested": {"GRANT": "50000.00", "REPAYABLE_ADVANCE": "0.00", "EQUITY": "0.00"},
                 "budgetLines": [{"category": "EQUIPMENT", "label": "Electrolyser", "amount": "60000.00"},
                                 {"category": "PERSONNEL", "label": "Engineers", "amount": "40000.00"}],
                 "cofinancing": [{"sourceType": "OWN_FUNDS", "funder": "Applicant", "amount": "30000.00",
                                  "status": "COMMITTED"},
                                 {"sourceType": "BANK_LOAN", "funder": "Banque du Nord", "amount": "20000.00",
                                  "status": "APPLIED"}],
                 "impactTargets": [{"indicator": "CO2_AVOIDED", "target": "120.5"}],
                 "milestones": [{"title": "Commissioning", "dueDate": "2027-06-30"}]}
                """.formatted(callId, Api.quote(title));
    }

    /** Creates a balanced draft and answers its JSON. */
    static JsonObject createDraft(Api api, long callId, String title) {
        HttpResponse<String> created = api.postJson("api/v1/dossiers", balancedDraft(callId, title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Api.json(created);
    }

    /** A minimal but well-formed PDF (one empty page), different on every call. */
    static byte[] minimalPdf() {
        String marker = UUID.randomUUID().toString();
        String body = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "% " + marker + "\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    /** POST multipart/form-data with a {@code kind} part and a {@code file} part. */
    static HttpResponse<String> upload(Api api, long dossierId, String kind, String fileName, byte[] content) {
        String boundary = "levier-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"");
        body.writeBytes(fileName.getBytes(StandardCharsets.UTF_8));
        write(body, "\"\r\nContent-Type: application/pdf\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return api.send(api.request("api/v1/dossiers/" + dossierId + "/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** GET as bytes (the Api helper reads text). */
    static HttpResponse<byte[]> download(Api api, String path) {
        try {
            return BYTES.send(api.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final java.net.http.HttpClient BYTES = java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();

    static HttpResponse<String> put(Api api, String path, String json) {
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    /** A bearer token for a demo account, so that parallel calls skip the password hashing. */
    static String token(Api anonymous, String email) {
        HttpResponse<String> issued = anonymous.postJson("api/v1/auth/token",
                "{\"email\":" + Api.quote(email) + ",\"password\":" + Api.quote(Api.demoPassword()) + "}");
        assertThat(issued.statusCode()).as(issued.body()).isIn(200, 201);
        return Api.json(issued).getString("token");
    }

    static long total(Api api) {
        HttpResponse<String> list = api.get("api/v1/dossiers?size=1");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Api.json(list).getJsonNumber("total").longValue();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A fictitious SIRET (SIREN starting with 8) that passes the Luhn checks: never a real company's. */
    static String newSiret() {
        java.util.Random random = new java.security.SecureRandom();
        String body = "8" + String.format("%07d", random.nextInt(10_000_000));
        String siren = body + org.levier.applicant.control.CompanyIdentifiers.luhnCheckDigit(body);
        String nic = String.format("%04d", random.nextInt(10_000));
        return siren + nic + org.levier.applicant.control.CompanyIdentifiers.luhnCheckDigit(siren + nic);
    }
}
