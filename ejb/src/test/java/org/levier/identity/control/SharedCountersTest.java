package org.levier.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedCountersTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(60);

    @Test
    void aFixedWindowCountsFromItsFirstHitAndStartsAgainOnceItEnds() {
        SharedCounters counters = SharedCounters.inMemory();
        counters.hit("registration", "203.0.113.9", WINDOW, NOW);
        counters.hit("registration", "203.0.113.9", WINDOW, NOW.plusSeconds(600));
        SharedCounters.Tally third = counters.hit("registration", "203.0.113.9", WINDOW, NOW.plus(WINDOW).minusMillis(1));

        assertThat(third.count()).isEqualTo(3);
        assertThat(third.since()).isEqualTo(NOW);
        assertThat(counters.hit("registration", "198.51.100.4", WINDOW, NOW).count()).as("another address").isOne();
        assertThat(counters.hit("password", "203.0.113.9", WINDOW, NOW).count()).as("another space").isOne();

        SharedCounters.Tally next = counters.hit("registration", "203.0.113.9", WINDOW, NOW.plus(WINDOW));
        assertThat(next.count()).as("the window ended").isOne();
        assertThat(next.since()).isEqualTo(NOW.plus(WINDOW));
    }

    @Test
    void aCounterIsForgottenWhenRemovedOrChangedToNothing() {
        SharedCounters counters = SharedCounters.inMemory();
        counters.hit("login-account", "a|7", WINDOW, NOW);
        counters.remove("login-account", WINDOW, "a|7");
        assertThat(counters.get("login-account", WINDOW, "a|7")).isEmpty();

        counters.hit("login-account", "a|7", WINDOW, NOW);
        assertThat(counters.update("login-account", WINDOW, "a|7", NOW, old -> null)).isNull();
        assertThat(counters.get("login-account", WINDOW, "a|7")).isEmpty();
    }

    @Test
    void aTallySurvivesItsTextForm() {
        SharedCounters.Tally locked = new SharedCounters.Tally(NOW, 0, NOW.plusSeconds(900));
        SharedCounters.Tally open = new SharedCounters.Tally(NOW, 12, null);

        assertThat(SharedCounters.Tally.decode(locked.encode())).isEqualTo(locked);
        assertThat(SharedCounters.Tally.decode(open.encode())).isEqualTo(open);
        assertThat(open.over(NOW.plus(WINDOW).minusMillis(1), WINDOW)).isFalse();
        assertThat(open.over(NOW.plus(WINDOW), WINDOW)).isTrue();
        assertThat(locked.over(NOW.plusSeconds(60), Duration.ofSeconds(30))).as("still locked").isFalse();
    }

    @Test
    void concurrentHitsAreNeverLost() throws Exception {
        SharedCounters counters = SharedCounters.inMemory();
        int threads = 8;
        int hits = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < hits; i++) {
                        counters.hit("registration", "203.0.113.9", WINDOW, NOW);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(counters.get("registration", WINDOW, "203.0.113.9")).get()
                .extracting(SharedCounters.Tally::count).isEqualTo(threads * hits);
    }

    @Test
    void concurrentCompareAndSetsAsTheGridRunsThemLoseNoCount() throws Exception {
        SharedCounters.Store store = new SharedCounters.MapStore(new ConcurrentHashMap<>());
        int threads = 6;
        int hits = 300;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < hits; i++) {
                        SharedCounters.compareAndSet(store, "k", old -> old == null
                                ? new SharedCounters.Tally(NOW, 1, null)
                                : new SharedCounters.Tally(NOW, old.count() + 1, null));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(SharedCounters.Tally.decode(store.get("k")).count()).isEqualTo(threads * hits);
    }

    @Test
    void aCompareAndSetLosingARaceTriesAgainOnTheNewValue() {
        ConcurrentHashMap<String, String> map = new ConcurrentHashMap<>();
        AtomicInteger sneaks = new AtomicInteger();
        SharedCounters.Store racy = new SharedCounters.Store() {
            @Override
            public String get(String key) {
                String value = map.get(key);
                if (sneaks.getAndIncrement() < 2) { // another node counts between our read and our write
                    map.merge(key, new SharedCounters.Tally(NOW, 1, null).encode(), (old, one) ->
                            new SharedCounters.Tally(NOW, SharedCounters.Tally.decode(old).count() + 1, null).encode());
                }
                return value;
            }

            @Override
            public boolean putIfAbsent(String key, String value) {
                return map.putIfAbsent(key, value) == null;
            }

            @Override
            public boolean replace(String key, String old, String value) {
                return map.replace(key, old, value);
            }

            @Override
            public boolean remove(String key, String old) {
                return map.remove(key, old);
            }

            @Override
            public void remove(String key) {
                map.remove(key);
            }
        };

        SharedCounters.Tally mine = SharedCounters.compareAndSet(racy, "k", old -> old == null
                ? new SharedCounters.Tally(NOW, 1, null) : new SharedCounters.Tally(NOW, old.count() + 1, null));

        assertThat(mine.count()).as("two counted elsewhere, then ours").isEqualTo(3);
        assertThat(SharedCounters.Tally.decode(map.get("k")).count()).isEqualTo(3);
    }

    @Test
    void whenTheGridFailsTheLimitsStillCountInThisNode() {
        SharedCounters counters = new SharedCounters() {
            @Override
            Store grid(String space, Duration keep) {
                throw new IllegalStateException("the grid is down");
            }
        };
        for (int i = 0; i < 4; i++) {
            counters.hit("registration", "203.0.113.9", WINDOW, NOW);
        }

        assertThat(counters.hit("registration", "203.0.113.9", WINDOW, NOW).count()).isEqualTo(5);
        assertThat(counters.get("registration", WINDOW, "203.0.113.9")).get()
                .extracting(SharedCounters.Tally::count).isEqualTo(5);
    }
}
