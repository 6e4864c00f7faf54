package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs calls at the same instant, one thread each, and returns their answers in the order of the calls.
 *
 * <p>Each call behaves as a well-written client: a {@code 503} answer means the request queued too long for the
 * database (a burst on one row of money waits in turn, and a request that waits beyond the pool's or the row lock's
 * timeout is refused with nothing changed) and is sent again after a pause, a few times at most. Every other answer,
 * a refusal included, is final. The rules under test (never more than what fits, exactly one winner) are checked on
 * those final answers.
 */
final class Race {

    private static final int ATTEMPTS = 6;
    private static final long PAUSE_MILLIS = 1_000;

    private Race() {
    }

    static List<HttpResponse<String>> of(List<Callable<HttpResponse<String>>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (Callable<HttpResponse<String>> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return retriedOn503(call);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get(300, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static HttpResponse<String> retriedOn503(Callable<HttpResponse<String>> call) throws Exception {
        HttpResponse<String> answer = call.call();
        for (int attempt = 1; attempt < ATTEMPTS && answer.statusCode() == 503; attempt++) {
            assertThat(answer.headers().firstValue("Retry-After")).as("a 503 says when to try again: " + answer.body())
                    .isPresent();
            Thread.sleep(PAUSE_MILLIS * attempt);
            answer = call.call();
        }
        return answer;
    }
}
