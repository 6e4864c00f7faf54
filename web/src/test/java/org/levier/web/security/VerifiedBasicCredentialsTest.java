package org.levier.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.levier.identity.boundary.AccountChanged;

class VerifiedBasicCredentialsTest {

    private static final Instant T0 = Instant.parse("2026-12-06T07:00:00Z");
    private static final String EMAIL = "analyst@levier.example";

    private static VerifiedBasicCredentials at(Instant now, VerifiedBasicCredentials cache) {
        cache.clock = Clock.fixed(now, ZoneOffset.UTC);
        return cache;
    }

    private static VerifiedBasicCredentials cache() {
        VerifiedBasicCredentials cache = new VerifiedBasicCredentials();
        cache.windowSeconds = 120;
        cache.checkSeconds = 1;
        return at(T0, cache);
    }

    @Test
    void theSameCredentialsAreRecalledWithTheStampTheyWereVerifiedAgainstOthersAreNot() {
        VerifiedBasicCredentials cache = cache();
        cache.remember(EMAIL, "s3cret".toCharArray(), Set.of("ANALYST"), "stamp-1");

        assertThat(cache.recall(EMAIL, "s3cret".toCharArray())).hasValueSatisfying(recalled -> {
            assertThat(recalled.groups()).containsExactly("ANALYST");
            assertThat(recalled.stamp()).isEqualTo("stamp-1");
            assertThat(recalled.checkedRecently()).isTrue();
        });
        assertThat(cache.recall(EMAIL, "wrong".toCharArray())).isEmpty();
        assertThat(cache.recall("auditor@levier.example", "s3cret".toCharArray())).isEmpty();
    }

    @Test
    void theAccountIsCheckedAgainAfterTheIntervalAndTheCredentialsForgottenAfterTheWindow() {
        VerifiedBasicCredentials cache = cache();
        cache.remember(EMAIL, "s3cret".toCharArray(), Set.of("ANALYST"), "stamp-1");

        at(T0.plusSeconds(1), cache);
        assertThat(cache.recall(EMAIL, "s3cret".toCharArray())).hasValueSatisfying(
                recalled -> assertThat(recalled.checkedRecently()).isFalse());
        cache.checked(EMAIL, "stamp-1");
        assertThat(cache.recall(EMAIL, "s3cret".toCharArray())).hasValueSatisfying(
                recalled -> assertThat(recalled.checkedRecently()).isTrue());

        cache.checked(EMAIL, "stamp-2");
        assertThat(cache.recall(EMAIL, "s3cret".toCharArray())).as("another stamp: verify again").isEmpty();

        cache.remember(EMAIL, "s3cret".toCharArray(), Set.of("ANALYST"), "stamp-2");
        at(T0.plus(Duration.ofSeconds(1 + 120)), cache);
        assertThat(cache.recall(EMAIL, "s3cret".toCharArray())).isEmpty();
    }

    @Test
    void aChangeOfTheAccountOnThisNodeForgetsItsCredentials() {
        VerifiedBasicCredentials cache = cache();
        cache.remember(EMAIL, "s3cret".toCharArray(), Set.of("ANALYST"), "stamp-1");
        cache.remember("auditor@levier.example", "s3cret".toCharArray(), Set.of("AUDITOR"), "stamp-9");

        cache.accountChanged(new AccountChanged(EMAIL));

        assertThat(cache.recall(EMAIL, "s3cret".toCharArray())).isEmpty();
        assertThat(cache.recall("auditor@levier.example", "s3cret".toCharArray())).isPresent();
    }

    @Test
    void withoutACheckIntervalTheAccountIsReadOnEveryRequest() {
        VerifiedBasicCredentials cache = cache();
        cache.checkSeconds = 0;
        cache.remember(EMAIL, "s3cret".toCharArray(), Set.of("ANALYST"), "stamp-1");

        assertThat(cache.recall(EMAIL, "s3cret".toCharArray())).hasValueSatisfying(
                recalled -> assertThat(recalled.checkedRecently()).isFalse());
    }

    @Test
    void verificationsOfOneEmailRunOneAtATimeAndTheWaitingOnesFindTheResult() throws Exception {
        VerifiedBasicCredentials cache = cache();
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger verified = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Boolean>> answers = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 8; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return cache.oneAtATime(EMAIL, () -> {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                            if (cache.recall(EMAIL, "s3cret".toCharArray()).isPresent()) {
                                return true;
                            }
                            Thread.sleep(50);  // a slow PBKDF2
                            verified.incrementAndGet();
                            cache.remember(EMAIL, "s3cret".toCharArray(), Set.of("ANALYST"), "stamp-1");
                            return true;
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        } finally {
                            running.decrementAndGet();
                        }
                    });
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        }
        assertThat(most.get()).as("verifications of the e-mail at the same time").isEqualTo(1);
        assertThat(verified.get()).as("verified from scratch").isEqualTo(1);
    }
}
