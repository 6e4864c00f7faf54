package org.levier.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * The counters of the abuse limits ({@link LoginThrottle}, the web module's {@code AbuseLimits}), shared by every
 * node of a cluster: kept in the data grid Payara runs (Hazelcast), through its standard JCache API, one cache per
 * kind of counter ({@code levier-limits-<space>}) whose entries expire {@code keep} after their last change, so they
 * never pile up. A change is atomic across nodes: a compare-and-set ({@code putIfAbsent}/{@code replace(key, old,
 * new)}/{@code remove(key, old)}) retried on contention, never a blind get-then-put; values are plain strings, which
 * any node reads whatever application class loader it has.
 * <p>
 * Without a grid (a node started with {@code --nocluster} may have none), or when the grid fails, the counters are
 * kept in this JVM instead — the limits still hold on this node (fail safe), and a warning is logged (once a minute
 * at most); the grid is asked again {@value #RETRY_SECONDS} s later.
 */
@ApplicationScoped
public class SharedCounters {

    private static final Logger LOG = System.getLogger(SharedCounters.class.getName());
    private static final String PREFIX = "levier-limits-";
    private static final int SWEEP_ABOVE = 50_000;
    private static final int ATTEMPTS = 1_000;
    static final long RETRY_SECONDS = 30;

    /** A counter: since when it counts, how many it counted, and until when it locks (when it does). */
    public record Tally(Instant since, int count, Instant until) {

        String encode() {
            return since.toEpochMilli() + ";" + count + ";" + (until == null ? "-" : Long.toString(until.toEpochMilli()));
        }

        static Tally decode(String text) {
            if (text == null) {
                return null;
            }
            String[] parts = text.split(";", 3);
            return new Tally(Instant.ofEpochMilli(Long.parseLong(parts[0])), Integer.parseInt(parts[1]),
                    "-".equals(parts[2]) ? null : Instant.ofEpochMilli(Long.parseLong(parts[2])));
        }

        /** Whether the counter no longer matters at {@code now}, kept {@code keep} after it started. */
        boolean over(Instant now, Duration keep) {
            return !now.isBefore(since.plus(keep)) && (until == null || !now.isBefore(until));
        }
    }

    /** Where the counters of one space live: the grid's cache or this JVM's map. */
    interface Store {
        String get(String key);

        boolean putIfAbsent(String key, String value);

        boolean replace(String key, String old, String value);

        boolean remove(String key, String old);

        void remove(String key);
    }

    record MapStore(ConcurrentMap<String, String> map) implements Store {
        @Override
        public String get(String key) {
            return map.get(key);
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
    }

    private record CacheStore(Cache<Object, Object> cache) implements Store {
        @Override
        public String get(String key) {
            Object value = cache.get(key);
            return value == null ? null : value.toString();
        }

        @Override
        public boolean putIfAbsent(String key, String value) {
            return cache.putIfAbsent(key, value);
        }

        @Override
        public boolean replace(String key, String old, String value) {
            return cache.replace(key, old, value);
        }

        @Override
        public boolean remove(String key, String old) {
            return cache.remove(key, old);
        }

        @Override
        public void remove(String key) {
            cache.remove(key);
        }
    }

    @Inject
    Instance<CacheManager> cacheManagers;

    private final ConcurrentMap<String, Store> gridStores = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConcurrentMap<String, String>> local = new ConcurrentHashMap<>();
    private volatile Instant gridAgainAt = Instant.MIN;
    private volatile Instant warnedAt = Instant.MIN;

    /** Counters kept in this JVM only (unit tests, tools). */
    public static SharedCounters inMemory() {
        return new SharedCounters();
    }

    /** The counter, if any; {@code keep}: how long the space's counters live after their last change. */
    public Optional<Tally> get(String space, Duration keep, String key) {
        try {
            Store grid = grid(space, keep);
            if (grid != null) {
                return Optional.ofNullable(Tally.decode(grid.get(key)));
            }
        } catch (RuntimeException e) {
            gridFailed(e);
        }
        return Optional.ofNullable(Tally.decode(localStore(space).get(key)));
    }

    /**
     * Changes a counter atomically: {@code change} gets the current tally ({@code null}: none) and returns the next
     * ({@code null}: forget it); it may run more than once under contention, so it must have no side effect.
     */
    public Tally update(String space, Duration keep, String key, Instant now, UnaryOperator<Tally> change) {
        try {
            Store grid = grid(space, keep);
            if (grid != null) {
                return compareAndSet(grid, key, change);
            }
        } catch (Contended e) {
            LOG.log(Level.WARNING, e.getMessage() + ": counted in this node only");
        } catch (RuntimeException e) {
            gridFailed(e);
        }
        ConcurrentMap<String, String> map = local.computeIfAbsent(space, s -> new ConcurrentHashMap<>());
        if (map.size() > SWEEP_ABOVE) {
            map.values().removeIf(value -> Tally.decode(value).over(now, keep));
        }
        return Tally.decode(map.compute(key, (k, old) -> {
            Tally next = change.apply(Tally.decode(old));
            return next == null ? null : next.encode();
        }));
    }

    /** A counter changed by others at every attempt (never the grid's failure). */
    static final class Contended extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Contended(String message) {
            super(message, null, false, false);
        }
    }

    /** Counts one more within a fixed window: a new window starts at the first count after the last one ended. */
    public Tally hit(String space, String key, Duration window, Instant now) {
        return update(space, window, key, now, old -> old == null || !now.isBefore(old.since().plus(window))
                ? new Tally(now, 1, null) : new Tally(old.since(), old.count() + 1, null));
    }

    public void remove(String space, Duration keep, String key) {
        try {
            Store grid = grid(space, keep);
            if (grid != null) {
                grid.remove(key);
            }
        } catch (RuntimeException e) {
            gridFailed(e);
        }
        localStore(space).remove(key);
    }

    static Tally compareAndSet(Store store, String key, UnaryOperator<Tally> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String old = store.get(key);
            Tally next = change.apply(Tally.decode(old));
            String value = next == null ? null : next.encode();
            boolean done;
            if (old == null) {
                done = value == null || store.putIfAbsent(key, value);
            } else if (value == null) {
                done = store.remove(key, old);
            } else {
                done = old.equals(value) || store.replace(key, old, value);
            }
            if (done) {
                return next;
            }
            Thread.onSpinWait();
        }
        throw new Contended("counter " + key + " still contended after " + ATTEMPTS + " attempts");
    }

    private Store localStore(String space) {
        return new MapStore(local.computeIfAbsent(space, s -> new ConcurrentHashMap<>()));
    }

    /** The grid's cache of the space (created with {@code keep} as its expiry when missing); null without a grid. */
    Store grid(String space, Duration keep) {
        Store known = gridStores.get(space);
        if (known != null || cacheManagers == null || Instant.now().isBefore(gridAgainAt)) {
            return known;
        }
        if (!cacheManagers.isResolvable()) {
            if (warnedAt.equals(Instant.MIN)) {
                warnedAt = Instant.now();
                LOG.log(Level.INFO, "Abuse limits: no JCache in this server, counted in this node only");
            }
            return null;
        }
        CacheManager manager = cacheManagers.get();
        if (manager == null) {
            throw new IllegalStateException("no JCache manager");
        }
        String name = PREFIX + space;
        Cache<Object, Object> cache = manager.getCache(name);
        if (cache == null) {
            MutableConfiguration<Object, Object> configuration = new MutableConfiguration<>()
                    .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(
                            new javax.cache.expiry.Duration(java.util.concurrent.TimeUnit.SECONDS,
                                    Math.max(1, keep.toSeconds()))))
                    .setStoreByValue(true).setStatisticsEnabled(false);
            try {
                cache = manager.createCache(name, configuration);
            } catch (CacheException alreadyThere) {
                cache = manager.getCache(name);
            }
        }
        if (cache == null) {
            throw new IllegalStateException("no cache " + name);
        }
        Store store = new CacheStore(cache);
        Store first = gridStores.putIfAbsent(space, store);
        if (first == null) {
            LOG.log(Level.INFO, "Abuse limits: " + space + " counted in the data grid (JCache " + name + ")");
        }
        return first == null ? store : first;
    }

    private void gridFailed(RuntimeException e) {
        Instant now = Instant.now();
        gridStores.clear();
        gridAgainAt = now.plusSeconds(RETRY_SECONDS);
        if (now.isAfter(warnedAt.plusSeconds(60))) {
            warnedAt = now;
            LOG.log(Level.WARNING, "Abuse limits: the data grid is unavailable, counting in this node only for now: "
                    + e);
            LOG.log(Level.DEBUG, "the data grid's failure", e);
        }
    }
}
