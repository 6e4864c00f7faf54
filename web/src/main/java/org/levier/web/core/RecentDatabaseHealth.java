package org.levier.web.core;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The health endpoints' answer to "does the database answer?", probed at most once per {@link #INTERVAL} (one
 * request probes, the others meanwhile get the last probe's answer): {@code /api/v1/health} is anonymous, and a
 * balancer or anyone polling it hundreds of times a second must not cost as many database round trips (the HTTP
 * benchmark measured it at 18 % of an empty endpoint's throughput, issue 13). An outage seen by any request
 * ({@link #outageSeen()}: the 503 mappings) drops the last answer, so the next health request probes at once.
 */
public final class RecentDatabaseHealth {

    /** How long a probe's answer stands. */
    public static final Duration INTERVAL = Duration.ofMillis(250);

    /** The application's one memo. */
    public static final RecentDatabaseHealth DATABASE = new RecentDatabaseHealth(INTERVAL, System::nanoTime);

    private record Probe(boolean up, long at) {
    }

    private final long intervalNanos;
    private final LongSupplier clock;
    private final ReentrantLock probing = new ReentrantLock();
    private volatile Probe last;

    RecentDatabaseHealth(Duration interval, LongSupplier nanoClock) {
        this.intervalNanos = interval.toNanos();
        this.clock = nanoClock;
    }

    /** The last probe's answer if recent (or being renewed by another request), else {@code probe}'s. */
    public boolean databaseAnswers(BooleanSupplier probe) {
        Probe seen = last;
        if (seen != null && (fresh(seen) || !probing.tryLock())) {
            return seen.up();
        }
        if (seen == null) {
            probing.lock();
        }
        try {
            Probe now = last;
            if (now != null && fresh(now)) {
                return now.up();
            }
            boolean up = probe.getAsBoolean();
            last = new Probe(up, clock.getAsLong());
            return up;
        } finally {
            probing.unlock();
        }
    }

    /** A request found the database unavailable: the next health request probes again. */
    public void outageSeen() {
        last = null;
    }

    private boolean fresh(Probe probe) {
        return clock.getAsLong() - probe.at() < intervalNanos;
    }
}
