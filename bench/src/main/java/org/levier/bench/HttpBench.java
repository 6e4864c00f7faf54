package org.levier.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The HTTP benchmark (issue 13): the application's API on a running server against an empty JAX-RS endpoint
 * deployed on the same Payara Micro ({@code bench/baseline}), measured in the same run by the same load generator
 * ({@link HttpConnection}: {@code --connections} keep-alive connections, one virtual thread each, each sending its
 * next request when the previous answer is read). A first round warms every endpoint for the warm-up time; then, per
 * endpoint, a short warm-up (a fifth of it) and a fixed measuring time; it prints
 * requests per second, the median and 99th percentile latency, and the throughput as a share of the empty
 * endpoint's (measured first and last; the ratio is against their mean) next to the target. The signed-in
 * endpoints send HTTP Basic credentials on every request, as a script using the API would ({@code --auth bearer}:
 * a token from {@code POST /api/v1/auth/token} instead). Any answer but 200 is counted and fails the run.
 *
 * <p>{@code java org.levier.bench.HttpBench --base http://127.0.0.1:8080 --user analyst@levier.example --password …
 * [--baseline /bench-baseline/ping] [--secured-baseline /bench-secured/ping] [--programme TI-DK] [--connections 32]
 * [--warmup 10] [--seconds 30]
 * [--auth basic|bearer] [--only regex] [--server-pid pid]} (seconds per endpoint; {@code --only}: the endpoints
 * whose name matches, and the empty one, e.g. to profile one endpoint; {@code --secured-baseline}: the empty endpoint
 * behind Jakarta Security, empty for none; {@code --server-pid}: the server's JVM, whose
 * CPU time per answer is printed beside each figure, see {@link ServerCpu}).
 */
public final class HttpBench {

    /** An endpoint measured; {@code target} is the share of the empty endpoint's throughput it should reach. */
    record Endpoint(String name, String path, boolean signedIn, double target) {
    }

    /** The measure of one endpoint. {@code latencies} in nanoseconds, sorted. */
    record Measure(Endpoint endpoint, long requests, long failures, double seconds, long[] latencies,
                   long bodyBytes, String firstFailure, double serverCpuMillis) {

        /** The server's CPU time per answer in the measuring window, in milliseconds (NaN when not read). */
        double cpuPerRequest() {
            return requests == 0 ? Double.NaN : serverCpuMillis / requests;
        }

        double perSecond() {
            return requests / seconds;
        }

        double millis(double percent) {
            return percentile(latencies, percent) / 1e6;
        }
    }

    private HttpBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("base", "http://127.0.0.1:8080");
        defaults.put("user", null);
        defaults.put("password", null);
        defaults.put("baseline", "/bench-baseline/ping");
        defaults.put("secured-baseline", "/bench-secured/ping");
        defaults.put("programme", "TI-DK");
        defaults.put("connections", "32");
        defaults.put("warmup", "10");
        defaults.put("seconds", "30");
        defaults.put("auth", "basic");
        defaults.put("only", "");
        defaults.put("server-pid", "");
        Map<String, String> options = CommandLine.parse("HttpBench", args, defaults);
        URI base = URI.create(options.get("base"));
        String programme = options.get("programme");
        int connections = Integer.parseInt(options.get("connections"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(options.get("warmup")));
        Duration measuring = Duration.ofSeconds(Long.parseLong(options.get("seconds")));
        String auth = options.get("auth");
        String authorization = authorization(base, auth, options.get("user"), options.get("password"));
        ServerCpu cpu = ServerCpu.of(options.get("server-pid"));
        Endpoint bare = new Endpoint("empty JAX-RS endpoint (baseline)",
                options.get("baseline"), false, 0);
        // The same empty endpoint behind a Jakarta Security mechanism letting everything through: what the
        // container's security bridge costs every request of the application (bench/baseline's PassThrough).
        Endpoint secured = new Endpoint("empty endpoint behind Jakarta Security", options.get("secured-baseline"),
                false, 0);
        List<Endpoint> endpoints = Stream.of(bare, secured,
                new Endpoint("health", "/api/v1/health", false, 0.8),
                // The cheapest signed-in endpoint (the caller's own account): what any signed-in request costs.
                new Endpoint("signed-in caller (me)", "/api/v1/me", true, 0),
                new Endpoint("dossier list, 50 per page", "/api/v1/dossiers?size=50", true, 0.5),
                new Endpoint("leverage by axis", "/api/v1/programmes/" + programme + "/leverage?by=axis", true, 0.5),
                new Endpoint("portfolio", "/api/v1/programmes/" + programme + "/portfolio", true, 0.5),
                new Endpoint("pipeline (dossiers per status)", "/api/v1/dossiers/counts?programme=" + programme,
                        true, 0.5),
                bare).filter(e -> e != secured || !e.path().isBlank())
                .filter(e -> e == bare || e.name().matches("(?i).*(" + options.get("only") + ").*")).toList();
        System.out.printf(Locale.ROOT, "HTTP benchmark: %s, %d connections, %d s warm-up then %d s per endpoint,"
                        + " signed-in endpoints with %s, %d cores, load average %.2f%n", base, connections,
                warmup.toSeconds(), measuring.toSeconds(), auth.equals("bearer") ? "a bearer token" : "HTTP Basic",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        for (Endpoint endpoint : endpoints) {
            // Each endpoint answers before any is measured: a wrong password or path fails at once, not after minutes.
            try (HttpConnection connection = new HttpConnection(base.getHost(), base.getPort())) {
                int status = connection.get(endpoint.path(), headers(endpoint, authorization)).status();
                if (status != 200) {
                    System.out.println("HTTP benchmark FAILED: GET " + endpoint.path() + " answered HTTP " + status);
                    System.exit(1);
                }
            }
        }
        // A first round warms every endpoint for the warm-up time (the JIT compiles the paths they share for
        // minutes after the start: measured at once, the first endpoints paid for it, the empty one first of all);
        // each is then measured after a short warm-up of its own.
        for (Endpoint endpoint : endpoints.subList(0, endpoints.size() - 1)) {
            measure(base, endpoint, headers(endpoint, authorization), connections, Duration.ZERO, warmup,
                    ServerCpu.of(""));
        }
        Duration settle = Duration.ofSeconds(Math.max(1, warmup.toSeconds() / 5));
        System.out.printf(Locale.ROOT, "  every endpoint warmed for %d s; each measured after %d s more%n",
                warmup.toSeconds(), settle.toSeconds());
        List<Measure> measures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String[] headers = headers(endpoint, authorization);
            Measure measure = measure(base, endpoint, headers, connections, settle, measuring, cpu);
            System.out.printf(Locale.ROOT, "  measured %-36s %9.1f req/s  p50 %7.2f ms  p99 %8.2f ms  server CPU"
                            + " %6.3f ms/request%s%n",
                    endpoint.name(), measure.perSecond(), measure.millis(50), measure.millis(99),
                    measure.cpuPerRequest(),
                    measure.failures() == 0 ? "" : "  " + measure.failures() + " FAILED: " + measure.firstFailure());
            measures.add(measure);
        }
        System.out.print(table(measures, connections));
        System.out.printf(Locale.ROOT, "Load average at the end: %.2f%n", loadAverage());
        long failures = measures.stream().mapToLong(Measure::failures).sum();
        if (failures > 0) {
            System.out.println("HTTP benchmark FAILED: " + failures + " answers were not 200");
            System.exit(1);
        }
    }

    private static String[] headers(Endpoint endpoint, String authorization) {
        return endpoint.signedIn() ? new String[] {"Accept: application/json", "Authorization: " + authorization}
                : new String[] {"Accept: application/json"};
    }

    /**
     * The table: one line per endpoint, the ratio against the mean of the empty endpoint's measures; with the
     * server's CPU per request, the CPU ratio (the empty endpoint's CPU per request over the endpoint's: the share of
     * its throughput the server's own work allows, whatever else the machine runs meanwhile).
     */
    static String table(List<Measure> measures, int connections) {
        List<Measure> bareMeasures = measures.stream().filter(m -> m.endpoint().target() == 0
                && !m.endpoint().signedIn() && m.endpoint().path().equals(measures.getFirst().endpoint().path()))
                .toList();
        double bare = bareMeasures.stream().mapToDouble(Measure::perSecond).average().orElse(Double.NaN);
        double bareCpu = bareMeasures.stream().mapToDouble(Measure::cpuPerRequest).average().orElse(Double.NaN);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%nHTTP throughput at %d connections (ratio: share of the empty endpoint's %.1f req/s, mean of its"
                        + " two measures; CPU ratio: the empty endpoint's server CPU per request, %.3f ms, over the"
                        + " endpoint's)%n", connections, bare, bareCpu));
        out.append("| endpoint | path | req/s | p50 ms | p99 ms | server CPU ms/req | ratio | CPU ratio | target"
                + " | |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Measure m : measures) {
            double ratio = m.perSecond() / bare;
            double cpuRatio = bareCpu / m.cpuPerRequest();
            Endpoint e = m.endpoint();
            out.append(String.format(Locale.ROOT, "| %s | `%s` | %.1f | %.2f | %.2f | %s | %.0f %% | %s | %s | %s |%n",
                    e.name(), e.path(), m.perSecond(), m.millis(50), m.millis(99),
                    Double.isNaN(m.cpuPerRequest()) ? "" : String.format(Locale.ROOT, "%.3f", m.cpuPerRequest()),
                    100 * ratio, Double.isNaN(cpuRatio) ? "" : String.format(Locale.ROOT, "%.0f %%", 100 * cpuRatio),
                    e.target() == 0 ? "" : String.format(Locale.ROOT, "≥ %.0f %%", 100 * e.target()),
                    e.target() == 0 ? "" : ratio >= e.target() ? "met" : "NOT met"));
        }
        return out.toString();
    }

    /** The {@code percent}th percentile of sorted values, nearest rank (the smallest with that share at or below it). */
    static long percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }

    static Measure measure(URI base, Endpoint endpoint, String[] headers, int connections, Duration warmup,
                           Duration measuring, ServerCpu cpu) throws Exception {
        long start = System.nanoTime() + warmup.toNanos();
        long end = start + measuring.toNanos();
        AtomicLong failures = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        List<Future<long[]>> workers = new ArrayList<>();
        double serverCpu;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < connections; i++) {
                workers.add(threads.submit(() -> {
                    long[] latencies = new long[1024];
                    int n = 0;
                    try (HttpConnection connection = new HttpConnection(base.getHost(), base.getPort())) {
                        for (long sent = System.nanoTime(); sent < end; sent = System.nanoTime()) {
                            HttpConnection.Answer answer;
                            try {
                                answer = connection.get(endpoint.path(), headers);
                            } catch (IOException e) {
                                answer = new HttpConnection.Answer(-1, 0);
                                connection.close();
                                firstFailure.compareAndSet(null, e.toString());
                            }
                            long received = System.nanoTime();
                            if (sent < start || received > end) {
                                continue;
                            }
                            if (answer.status() != 200) {
                                failures.incrementAndGet();
                                firstFailure.compareAndSet(null, "HTTP " + answer.status());
                                continue;
                            }
                            bytes.addAndGet(answer.bodyBytes());
                            if (n == latencies.length) {
                                latencies = Arrays.copyOf(latencies, 2 * n);
                            }
                            latencies[n++] = received - sent;
                        }
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            // The server's CPU time over the measuring window, read by this thread while the connections work.
            ServerCpu.sleepUntil(start);
            double cpuAtStart = cpu.nanos();
            ServerCpu.sleepUntil(end);
            serverCpu = (cpu.nanos() - cpuAtStart) / 1e6;
        }
        long[] all = new long[0];
        for (Future<long[]> worker : workers) {
            long[] some = worker.get();
            int from = all.length;
            all = Arrays.copyOf(all, from + some.length);
            System.arraycopy(some, 0, all, from, some.length);
        }
        Arrays.sort(all);
        return new Measure(endpoint, all.length, failures.get(), measuring.toNanos() / 1e9, all, bytes.get(),
                firstFailure.get(), serverCpu);
    }

    /** The {@code Authorization} header of the signed-in endpoints. */
    private static String authorization(URI base, String auth, String user, String password)
            throws IOException, InterruptedException {
        if (user == null || password == null) {
            throw new IllegalArgumentException("--user and --password are required (a staff account of the demo)");
        }
        String basic = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        if (auth.equals("basic")) {
            return basic;
        }
        if (!auth.equals("bearer")) {
            throw new IllegalArgumentException("--auth basic or bearer, not " + auth);
        }
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/auth/token"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("POST /api/v1/auth/token answered " + answer.statusCode() + ": "
                        + answer.body());
            }
            return "Bearer " + token.group(1);
        }
    }

    /** The system's load average over the last minute (-1 where the system does not say). */
    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
