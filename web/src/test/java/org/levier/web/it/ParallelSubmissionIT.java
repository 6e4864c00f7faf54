package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.levier.web.it.DossierFixtures.APPLICANT1;
import static org.levier.web.it.DossierFixtures.APPLICANT2;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Twenty dossiers of two organisations submitted at the same moment against MariaDB get twenty distinct,
 * consecutive references: the counter row lock serialises them, and none is lost or given twice.
 */
@ExtendWith(PayaraServer.class)
class ParallelSubmissionIT {

    private static final int DOSSIERS = 20;

    @PayaraServer.Base
    URL base;

    @Test
    void twentyParallelSubmissionsGetTwentyConsecutiveReferences() throws Exception {
        Api anonymous = Api.anonymous(base);
        List<Api> applicants = List.of(Api.bearer(base, DossierFixtures.token(anonymous, APPLICANT1)),
                Api.bearer(base, DossierFixtures.token(anonymous, APPLICANT2)));
        long callId = DossierFixtures.demoCallId(applicants.getFirst());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            ids.add(DossierFixtures.createDraft(applicants.get(i % 2), callId, "Parallel " + i)
                    .getJsonNumber("id").longValue());
        }

        ExecutorService pool = Executors.newFixedThreadPool(DOSSIERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < DOSSIERS; i++) {
                Api applicant = applicants.get(i % 2);
                long id = ids.get(i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return applicant.postJson("api/v1/dossiers/" + id + "/submit", "");
                }));
            }
            start.countDown();
            List<String> references = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                references.add(Api.json(response).getString("reference"));
            }

            assertThat(references).doesNotHaveDuplicates().allMatch(r -> r.matches("TI-DK-\\d{4}-\\d{4}"));
            assertThat(references.stream().map(r -> r.substring(0, 10)).distinct()).hasSize(1);
            List<Integer> numbers = references.stream().map(r -> Integer.parseInt(r.substring(11))).sorted()
                    .toList();
            for (int i = 1; i < numbers.size(); i++) {
                assertThat(numbers.get(i)).as("consecutive: " + numbers).isEqualTo(numbers.get(i - 1) + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
