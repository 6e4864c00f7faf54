package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Large reports as background jobs, on the deployed application: 100,000 audit events (inserted with valid links,
 * {@link AuditFixtures}) in January–March 2020; the auditor's extract of them answers 202 with the job's location,
 * the job's progress moves, its file (409 until DONE) is the 3031-page PDF of those events, its SHA-256 recorded in
 * the audit trail on download; another user does not see the job (404); eleven jobs asked at once never run more
 * than two at a time (the default {@code levier.reports.jobs.max-concurrent}), as the API's job list shows.
 *
 * <p>Pages (see LargeAuditTrailReportTest): 30 rows on page 1, 33 on the others: 100,000 = 30 + 33 × 3029 + 13,
 * 3031 pages. The small jobs: 2020-01-01 to 2020-01-04 (Paris) holds the events from 2020-01-01T00:00Z to
 * 2020-01-04T22:59Z, one a minute: 95 hours = 5700 events, above the 5000-event threshold.
 */
@ExtendWith(PayaraServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportJobsIT {

    static final int EVENTS = 100_000;
    static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    static final int MAX_CONCURRENT = 2;
    private static AuditFixtures.Inserted inserted;

    @PayaraServer.Base
    URL base;

    private Api auditor() {
        return Api.demo(base, Api.AUDITOR);
    }

    private void events() throws Exception {
        if (inserted == null) {
            inserted = AuditFixtures.insertEvents(EVENTS, START);
            assertThat(inserted.lastSeq() - inserted.firstSeq() + 1).isEqualTo(EVENTS);
        }
    }

    @Test
    @Order(1)
    void hundredThousandEventExtractIsAJobWhoseProgressMovesThenItsFileIsTheWholePdfAudited() throws Exception {
        events();
        HttpResponse<String> verify = auditor().get("api/v1/audit/verify");
        assertThat(Api.json(verify).getBoolean("valid")).as(verify.body()).isTrue();

        HttpResponse<String> asked = auditor().get("api/v1/reports/audit-trail?lang=en&from=2020-01-01&to=2020-03-31");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        String location = asked.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/api/v1/report-jobs/\\d+$");
        String job = relative(location);
        JsonObject accepted = Api.json(asked);
        assertThat(accepted.getString("status")).isIn("QUEUED", "RUNNING");
        assertThat(accepted.getString("type")).isEqualTo("audit-trail");

        assertThat(Api.demo(base, Api.DIRECTOR).get(job).statusCode()).isEqualTo(404);
        assertThat(Api.demo(base, Api.DIRECTOR).get(job + "/file").statusCode()).isEqualTo(404);

        List<Integer> progress = new ArrayList<>();
        boolean conflictSeen = false;
        JsonObject status = accepted;
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (!"DONE".equals(status.getString("status"))) {
            assertThat(status.getString("status")).as(status.toString()).isNotEqualTo("FAILED");
            assertThat(System.nanoTime()).as("job done in time, last " + status).isLessThan(deadline);
            if (!conflictSeen) {
                HttpResponse<String> early = auditor().get(job + "/file");
                assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
                assertThat(Api.mediaType(early)).isEqualTo("application/problem+json");
                conflictSeen = true;
            }
            Thread.sleep(500);
            HttpResponse<String> polled = auditor().get(job);
            assertThat(polled.statusCode()).as(polled.body()).isEqualTo(200);
            status = Api.json(polled);
            progress.add(status.getInt("progress"));
        }
        assertThat(progress).as("progress seen").isSorted().endsWith(100).anyMatch(p -> p > 0 && p < 100);
        assertThat(status.getString("file")).endsWith(job.substring(job.indexOf("api/v1/")) + "/file");

        HttpResponse<byte[]> file = DossierFixtures.download(auditor(), job + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(Api.mediaType(file)).isEqualTo("application/pdf");
        String sha256 = sha256(file.body());
        assertThat(file.headers().firstValue("X-Content-SHA256")).contains(sha256);
        assertThat(status.getString("sha256")).isEqualTo(sha256);
        assertThat(new String(file.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(file.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3031);
            String first = text(document, 1);
            String last = text(document, 3031);
            assertThat(first).contains("Audit trail extract", "Chain intact", "page 1 of 3031",
                    " " + inserted.firstSeq() + " ", "Dossier #1 moved", "Dossier #30 moved")
                    .doesNotContain("Dossier #31 moved");
            assertThat(last).contains(" " + inserted.lastSeq() + " ", "Dossier #100000 moved",
                    "Dossier #99988 moved", "Events in this extract: 100000", "page 3031 of 3031")
                    .doesNotContain("Dossier #99987 moved");
            String xmp;
            try (InputStream in = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")1").containsPattern("pdfaid:conformance(>|=\")B");
        }
        assertAudited(sha256);

        HttpResponse<String> mine = auditor().get("api/v1/report-jobs");
        assertThat(array(mine).getValuesAs(JsonObject.class)).anySatisfy(j -> {
            assertThat(job).endsWith("/" + j.getJsonNumber("id").longValue());
            assertThat(j.getString("status")).isEqualTo("DONE");
        });
    }

    @Test
    @Order(2)
    void elevenJobsAskedAtOnceNeverRunMoreThanTheLimitAtOnce() throws Exception {
        events();
        Api auditor = auditor();
        List<CompletableFuture<HttpResponse<String>>> asked = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            asked.add(CompletableFuture.supplyAsync(
                    () -> auditor.get("api/v1/reports/audit-trail?lang=fr&from=2020-01-01&to=2020-01-04")));
        }
        List<Long> ids = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> future : asked) {
            HttpResponse<String> response = future.get();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            ids.add(Api.json(response).getJsonNumber("id").longValue());
        }
        int maxRunning = 0;
        boolean queuedWhileFull = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (true) {
            // One request, one SQL query: a consistent snapshot of every job's status.
            HttpResponse<String> list = auditor.get("api/v1/report-jobs");
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            List<JsonObject> jobs = array(list).getValuesAs(JsonObject.class).stream()
                    .filter(j -> ids.contains(j.getJsonNumber("id").longValue())).toList();
            assertThat(jobs).hasSize(11);
            long running = jobs.stream().filter(j -> "RUNNING".equals(j.getString("status"))).count();
            long queued = jobs.stream().filter(j -> "QUEUED".equals(j.getString("status"))).count();
            assertThat(jobs).noneMatch(j -> "FAILED".equals(j.getString("status")));
            assertThat(running).as(list.body()).isLessThanOrEqualTo(MAX_CONCURRENT);
            maxRunning = Math.max(maxRunning, (int) running);
            queuedWhileFull |= running == MAX_CONCURRENT && queued > 0;
            if (jobs.stream().allMatch(j -> "DONE".equals(j.getString("status")))) {
                break;
            }
            assertThat(System.nanoTime()).as("jobs done in time: " + list.body()).isLessThan(deadline);
            Thread.sleep(200);
        }
        assertThat(maxRunning).isEqualTo(MAX_CONCURRENT);
        assertThat(queuedWhileFull).as("some waited QUEUED while two ran").isTrue();

        HttpResponse<byte[]> one = DossierFixtures.download(auditor, "api/v1/report-jobs/" + ids.getLast() + "/file");
        assertThat(one.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(one.body())) {
            // 5700 events: 30 + 33 × 171 + 27 → 173 pages.
            assertThat(document.getNumberOfPages()).isEqualTo(173);
            assertThat(text(document, 173)).contains("Événements dans l’extrait : 5700", "page 173 sur 173");
        }
    }

    private static jakarta.json.JsonArray array(HttpResponse<String> response) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    private String relative(String location) {
        String prefix = base.toString();
        assertThat(location).startsWith(prefix);
        return location.substring(prefix.length());
    }

    private void assertAudited(String sha256) {
        HttpResponse<String> first = auditor().get("api/v1/audit?entity=Report&entityId=audit-trail&size=1");
        long total = Api.json(first).getJsonNumber("total").longValue();
        int size = 50;
        long lastPage = Math.max(0, (total - 1) / size);
        HttpResponse<String> page = auditor().get("api/v1/audit?entity=Report&entityId=audit-trail&size=" + size
                + "&page=" + lastPage);
        List<JsonObject> events = Api.json(page).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(events).as(page.body()).anySatisfy(event -> {
            assertThat(event.getString("action")).isEqualTo("report.downloaded");
            assertThat(event.getString("actor")).isEqualTo(Api.AUDITOR);
            assertThat(event.getString("changes")).contains("\"sha256\":\"" + sha256 + "\"");
        });
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return " " + stripper.getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ") + " ";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
