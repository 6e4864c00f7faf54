package org.levier.web.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentDatabaseHealthTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger probes = new AtomicInteger();
    private final RecentDatabaseHealth health = new RecentDatabaseHealth(Duration.ofMillis(250), nanos::get);

    private boolean probe(boolean up) {
        probes.incrementAndGet();
        return up;
    }

    @Test
    void oneProbeAnswersForItsIntervalThenTheDatabaseIsProbedAgain() {
        assertThat(health.databaseAnswers(() -> probe(true))).isTrue();
        nanos.addAndGet(Duration.ofMillis(249).toNanos());
        assertThat(health.databaseAnswers(() -> probe(false))).isTrue();
        assertThat(probes).hasValue(1);

        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(health.databaseAnswers(() -> probe(false))).isFalse();
        assertThat(health.databaseAnswers(() -> probe(true))).as("a DOWN answer stands as long").isFalse();
        assertThat(probes).hasValue(2);
    }

    @Test
    void anOutageSeenByARequestHasTheNextHealthRequestProbeAtOnce() {
        assertThat(health.databaseAnswers(() -> probe(true))).isTrue();
        health.outageSeen();
        assertThat(health.databaseAnswers(() -> probe(false))).isFalse();
        assertThat(probes).hasValue(2);
    }
}
