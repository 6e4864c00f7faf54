package org.levier.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.levier.agreement.control.Ledger;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.DossierStatus;
import org.levier.portfolio.control.LeverageQueries;
import org.levier.portfolio.control.PortfolioQueries;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;

/**
 * The benchmark: migrates an empty database with the application's migrations, generates the baseline
 * ({@code --baseline}, 10,000 dossiers), times the application's queries, grows the same data to
 * {@code --dossiers} (100,000) and times them again, then prints each ratio against the baseline of this very run
 * (next to the linear ratio), the heap after a full GC, the bytes each query allocates, the generation throughput
 * and the EXPLAIN plan of every statement at the larger size. No pass/fail: the numbers are read, not asserted.
 *
 * <p>The queries are the application's own code: {@link LeverageQueries} and {@link PortfolioQueries} through the
 * application's {@link Rows} over JDBC, and the staff dossier list ({@link Dossiers#list}), its counts per status,
 * the audit verification ({@link AuditTrail#verify}) and the agreement ledger ({@link Ledger}) through the
 * application's persistence unit on EclipseLink.
 */
public final class Bench {

    private record Options(String url, String user, String password, List<Integer> sizes, long seed,
                           int repeat, boolean measureOnly, String only) {

        int baseline() {
            return sizes.getFirst();
        }

        int dossiers() {
            return sizes.getLast();
        }
    }

    /** One query's timing at one size: median of the runs, bytes allocated by one run, rows answered. */
    record Measure(String name, double medianMs, double minMs, long allocated, long size) {
    }

    interface Work {
        Object run() throws Exception;
    }

    private final Options options;
    private final Map<String, List<SqlCapture.Statement>> statements = new LinkedHashMap<>();

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new Bench(parse(args)).run();
    }

    private void run() throws Exception {
        String url = withDriverParameters(options.url());
        line("Levier benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " processors, JVM " + System.getProperty("java.version") + ", max heap "
                + mb(Runtime.getRuntime().maxMemory()));
        Flyway.configure().dataSource(url, options.user(), options.password()).locations("classpath:db/migration")
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url, options.user(), options.password())) {
            line("Database: " + c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion() + serverSettings(c)
                    + ", search by the word tables (migration 28)");
            if (options.measureOnly()) {
                measureOnly(c, url);
                return;
            }
            if (Invariants.count(c, "SELECT COUNT(*) FROM dossier", null) > 0) {
                throw new IllegalStateException("the benchmark needs an empty database (bench/run.sh recreates"
                        + " levier_bench): it grows its own data from the baseline to the full size");
            }
            SyntheticPortfolio generator = new SyntheticPortfolio(c, options.seed(), Instant.now());
            generator.prepareProgramme(options.dossiers());
            EntityManagerFactory emf = Jpa.open(url, options.user(), options.password());
            try {
                List<List<Measure>> suites = new ArrayList<>();
                List<Long> heaps = new ArrayList<>();
                int from = 0;
                for (int size : options.sizes()) {
                    line("");
                    generate(c, generator, from, size);
                    rebuildFigures(c);
                    from = size;
                    if (suites.isEmpty()) {
                        line("Heap after full GC, before the queries: " + mb(heapAfterGc()));
                    }
                    suites.add(suite(c, emf, size));
                    heaps.add(heapAfterGc());
                }
                report(suites.getFirst(), suites.getLast(), heaps.getFirst(), heaps.getLast());
                Figures.report(options.sizes(), suites, Bench::line);
                Figures.plot(options.sizes(), suites, Bench::line);
                checks(c);
                SearchPages.check(c, emf, Bench::line);
                explain(c);
            } finally {
                emf.close();
            }
        }
    }

    /** The maintained programme figures of the data generated by SQL: rebuilt, as the application does at start. */
    private static void rebuildFigures(Connection c) throws SQLException {
        long start = System.nanoTime();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        long dossiers = new org.levier.portfolio.control.FigureLedger(new JdbcRows(c)).rebuild();
        c.commit();
        c.setAutoCommit(auto);
        line("Programme figures rebuilt from %,d dossiers in %.1f s (POST /api/v1/admin/figures/rebuild)"
                .formatted(dossiers, (System.nanoTime() - start) / 1e9));
    }

    /** {@code --measure-only true}: the queries and their plans on the data already there (e.g. to try an index). */
    private void measureOnly(Connection c, String url) throws Exception {
        EntityManagerFactory emf = Jpa.open(url, options.user(), options.password());
        try {
            suite(c, emf, (int) Invariants.count(c, "SELECT COUNT(*) FROM dossier", null));
            line("Heap after full GC: " + mb(heapAfterGc()));
            line("Dossiers and organisations whose search words differ from their texts (0 = holds): "
                    + Invariants.searchWords(c));
            SearchPages.check(c, emf, Bench::line);
            explain(c);
        } finally {
            emf.close();
        }
    }

    private void generate(Connection c, SyntheticPortfolio generator, int from, int to) throws SQLException {
        resetPeaks();
        long start = System.nanoTime();
        SyntheticPortfolio.Counts counts = generator.generate(from, to);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = peakHeap();
        start = System.nanoTime();
        analyze(c);
        double analyzeSeconds = (System.nanoTime() - start) / 1e9;
        line(("Generated dossiers %,d..%,d: %,d rows in %.1f s (%,.0f rows/s; peak heap %s; load average %.1f),"
                + " then ANALYZE TABLE %.1f s").formatted(from, to, counts.total(), seconds, counts.total() / seconds,
                mb(peak), loadAverage(), analyzeSeconds));
        line("  " + counts.rows().entrySet().stream().map(e -> e.getKey() + " " + "%,d".formatted(e.getValue()))
                .reduce((a, b) -> a + ", " + b).orElse(""));
    }

    /** The timed queries at the current size (warm-up runs first, then the median of {@code repeat} runs). */
    private List<Measure> suite(Connection c, EntityManagerFactory emf, int size) throws Exception {
        line("");
        line("Queries at %,d dossiers (%,d disbursements), load average %.1f:".formatted(size,
                Invariants.count(c, "SELECT COUNT(*) FROM disbursement", null), loadAverage()));
        Recording rows = new Recording(new JdbcRows(c));
        LeverageQueries leverage = new LeverageQueries(rows);
        PortfolioQueries portfolio = new PortfolioQueries(rows);
        String p = SyntheticPortfolio.PROGRAMME;
        long firstAgreement = Invariants.count(c, "SELECT MIN(id) FROM agreement", null);
        long firstCall = Invariants.count(c, "SELECT MIN(id) FROM call_for_projects", null);
        EntityManager em = emf.createEntityManager();
        try {
            Dossiers dossiers = Jpa.bean(Dossiers.class, em);
            AuditTrail audit = Jpa.bean(AuditTrail.class, em);
            Ledger ledger = Jpa.bean(Ledger.class, em);
            List<Measure> measures = new ArrayList<>();
            Map<String, Work> works = new LinkedHashMap<>();
            works.put("leverage total, committed", () -> leverage.total(p, Basis.COMMITTED));
            works.put("leverage total, realised", () -> leverage.total(p, Basis.REALISED));
            works.put("leverage by axis, committed", () -> leverage.groups(p, Basis.COMMITTED, Breakdown.AXIS));
            works.put("leverage by action, requested", () -> leverage.groups(p, Basis.REQUESTED, Breakdown.ACTION));
            works.put("leverage by source, committed", () -> leverage.groups(p, Basis.COMMITTED, Breakdown.SOURCE));
            works.put("leverage by dossier, committed (all rows)",
                    () -> leverage.groups(p, Basis.COMMITTED, Breakdown.DOSSIER));
            works.put("leverage by dossier, committed, page 1 of 50",
                    () -> leverage.dossierPage(p, Basis.COMMITTED, null, 0, 50, new long[1]));
            works.put("portfolio by axis", () -> portfolio.byAxis(p));
            works.put("portfolio by action", () -> portfolio.byAction(p));
            works.put("portfolio by instrument", () -> portfolio.byInstrument(p));
            works.put("portfolio approved not signed", () -> portfolio.approvedNotSigned(p));
            works.put("portfolio pipeline (count per status)", () -> portfolio.pipeline(p));
            Figures.maintained(rows, p).forEach(works::put);
            works.put("staff list, default order, page 1 of 20", () -> dossiers.list(DossierFilter.ALL, 0, 20, null)
                    .items());
            works.put("staff list, status IN_EXECUTION, page 1",
                    () -> dossiers.list(new DossierFilter(DossierStatus.IN_EXECUTION, null, null, null, null), 0, 20,
                            null).items());
            works.put("staff list, programme + axis 2, page 1",
                    () -> dossiers.list(new DossierFilter(null, p, 2, null, null), 0, 20, null).items());
            works.put("staff list, search \"n° 4242\"",
                    () -> dossiers.list(new DossierFilter(null, null, null, null, "n° 4242"), 0, 20, null).items());
            works.put("staff list, search \"synthétique\" (words)",
                    () -> dossiers.list(new DossierFilter(null, null, null, null, "synthétique"), 0, 20, null)
                            .items());
            works.put("staff list, action 3, by title, page 1",
                    () -> dossiers.list(new DossierFilter(null, null, null, 3, null), 0, 20, "title,asc").items());
            works.put("staff list, call filter, by creation, page 1",
                    () -> dossiers.list(new DossierFilter(null, null, null, null, firstCall, null), 0, 20,
                            "createdAt,desc").items());
            works.put("staff list, by reference, page 251 (offset 5,000)",
                    () -> dossiers.list(DossierFilter.ALL, 250, 20, "reference,asc").items());
            works.put("staff list, counts per status", () -> dossiers.countByStatus(DossierFilter.ALL).values());
            works.put("staff list, status IN_EXECUTION, by title, page 1",
                    () -> dossiers.list(new DossierFilter(DossierStatus.IN_EXECUTION, null, null, null, null), 0, 20,
                            "title,asc").items());
            works.put("staff list, programme + axis 2, by reference, page 1",
                    () -> dossiers.list(new DossierFilter(null, p, 2, null, null), 0, 20, "reference,desc").items());
            works.put("staff list, action 3, by creation, page 1",
                    () -> dossiers.list(new DossierFilter(null, null, null, 3, null), 0, 20, "createdAt,desc")
                            .items());
            String reference = SyntheticPortfolio.PROGRAMME + "-" + java.time.Year.now(java.time.ZoneOffset.UTC)
                    + "-0042";
            works.put("staff list, search a reference (\"" + reference + "\")",
                    () -> dossiers.list(new DossierFilter(null, null, null, null, reference), 0, 20, null).items());
            works.put("staff list, search an organisation (\"démonstration 4242\")",
                    () -> dossiers.list(new DossierFilter(null, null, null, null, "démonstration 4242"), 0, 20, null)
                            .items());
            works.put("staff list, search \"hydrogène\" (1 in 10), by title",
                    () -> dossiers.list(new DossierFilter(null, null, null, null, "hydrogène"), 0, 20, "title,asc")
                            .items());
            works.put("staff list, search \"eolien mer\", status COMPLETED",
                    () -> dossiers.list(new DossierFilter(DossierStatus.COMPLETED, null, null, null, "eolien mer"), 0,
                            20, null).items());
            works.put("staff list, search \"synthétique\", counts per status",
                    () -> dossiers.countByStatus(new DossierFilter(null, null, null, null, "synthétique")).values());
            works.put("ledger of one agreement (per instrument)", () -> ledger.byInstrument(firstAgreement).values());
            works.put("audit chain verification (all events)", () -> {
                AuditTrail.Verification v = audit.verify();
                if (!v.valid()) {
                    throw new IllegalStateException("audit chain broken at " + v.firstBrokenSequence());
                }
                return List.of(v);
            });
            if (!options.only().isEmpty()) {
                works.keySet().removeIf(name -> !name.matches("(?i).*(" + options.only() + ").*"));
            }
            for (Map.Entry<String, Work> work : works.entrySet()) {
                Measure m = measure(work.getKey(), work.getValue(), rows, em);
                measures.add(m);
                line("  %-50s %10.1f ms (min %.1f)  %10s allocated  %,8d rows".formatted(m.name(), m.medianMs(),
                        m.minMs(), mb(m.allocated()), m.size()));
            }
            return measures;
        } finally {
            em.close();
        }
    }

    private Measure measure(String name, Work work, Recording rows, EntityManager em) throws Exception {
        int warmUp = 2;
        double[] ms = new double[options.repeat()];
        long allocated = 0;
        long size = 0;
        for (int run = -warmUp; run < options.repeat(); run++) {
            em.clear();
            boolean capture = run == options.repeat() - 1;
            if (capture) {
                rows.start();
                SqlCapture.start();
            }
            long before = allocatedBytes();
            long start = System.nanoTime();
            Object result = work.run();
            long elapsed = System.nanoTime() - start;
            long bytes = allocatedBytes() - before;
            if (capture) {
                List<SqlCapture.Statement> captured = new ArrayList<>(rows.stop());
                captured.addAll(SqlCapture.stop());
                statements.put(name, captured);
            }
            if (run >= 0) {
                ms[run] = elapsed / 1e6;
                allocated = bytes;
                size = result instanceof Collection<?> col ? col.size() : 1;
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Measure(name, sorted[sorted.length / 2], sorted[0], allocated, size);
    }

    private void report(List<Measure> baseline, List<Measure> full, long baselineHeap, long fullHeap) {
        double linear = (double) options.dossiers() / options.baseline();
        line("");
        line("Ratios %s / %s (baseline measured in this run; linear would be %.1f×):".formatted(
                label(options.dossiers()), label(options.baseline()), linear));
        for (int i = 0; i < baseline.size(); i++) {
            Measure b = baseline.get(i);
            Measure f = full.get(i);
            double ratio = f.medianMs() / b.medianMs();
            String shape = ratio < 2 ? "flat" : ratio <= linear * 1.3 ? "at most linear" : "WORSE than linear";
            line("  %-50s %8.1f ms → %9.1f ms = %5.1f×  (min %4.1f×; %s; allocated %s → %s)".formatted(b.name(),
                    b.medianMs(), f.medianMs(), ratio, f.minMs() / b.minMs(), shape, mb(b.allocated()),
                    mb(f.allocated())));
        }
        line("  %-50s %8s → %9s = %5.1f×".formatted("heap used after a full GC", mb(baselineHeap), mb(fullHeap),
                (double) fullHeap / baselineHeap));
    }

    private void checks(Connection c) throws SQLException {
        line("");
        line("Checks of the generated data (0 = holds):");
        long start = System.nanoTime();
        List<String> broken = new ArrayList<>();
        Invariants.money(c, SyntheticPortfolio.PROGRAMME).forEach((rule, count) -> {
            line("  %-75s %d".formatted(rule, count));
            if (count != 0) {
                broken.add(rule + ": " + count);
            }
        });
        long differences = Figures.differences(c, SyntheticPortfolio.PROGRAMME, Bench::line);
        line("  %-75s %d".formatted("maintained programme figures that differ from the GROUP BY aggregates",
                differences));
        if (differences != 0) {
            broken.add("maintained figures: " + differences);
        }
        long words = Invariants.searchWords(c);
        line("  %-75s %d".formatted("dossiers and organisations whose search words differ from their texts",
                words));
        if (words != 0) {
            broken.add("search words: " + words);
        }
        line("  audit chain re-hashed by the generator's check: %,d events valid (%.1f s in all)".formatted(
                Invariants.auditChain(c), (System.nanoTime() - start) / 1e9));
        if (!broken.isEmpty()) {
            // A non-zero exit: bench/run.sh (and CI's smoke run) fail instead of printing figures of wrong data.
            throw new IllegalStateException("invariants of the generated data broken: " + broken);
        }
    }

    /** The plan of every statement the last run of each query sent, at the full size. */
    private void explain(Connection c) throws SQLException {
        line("");
        line("EXPLAIN at %s dossiers (table: access type / key / rows examined estimate / extra):".formatted(
                "%,d".formatted(Invariants.count(c, "SELECT COUNT(*) FROM dossier", null))));
        for (Map.Entry<String, List<SqlCapture.Statement>> entry : statements.entrySet()) {
            line("  " + entry.getKey());
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (SqlCapture.Statement s : entry.getValue()) {
                // A statement repeated with other values (the audit verification's batches) is shown once.
                if (!s.sql().regionMatches(true, 0, "SELECT", 0, 6) || !seen.add(s.sql())) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + s.sql())) {
                    for (int k = 0; k < s.binds().size(); k++) {
                        ps.setObject(k + 1, bindValue(s.binds().get(k)));
                    }
                    try (ResultSet r = ps.executeQuery()) {
                        List<String> steps = new ArrayList<>();
                        while (r.next()) {
                            steps.add("%s: %s / %s / %s%s".formatted(r.getString("table"), r.getString("type"),
                                    r.getString("key"), r.getString("rows"),
                                    r.getString("Extra") == null ? "" : " / " + r.getString("Extra")));
                        }
                        line("    " + abbreviate(s.sql()));
                        steps.forEach(step -> line("      " + step));
                    }
                } catch (SQLException e) {
                    line("    (cannot EXPLAIN: " + e.getMessage() + ") " + abbreviate(s.sql()));
                }
            }
        }
    }

    private static Object bindValue(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }

    private static void analyze(Connection c) throws SQLException {
        if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).matches(".*(mysql|mariadb).*")) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE organisation, dossier, dossier_cofinancing, dossier_budget_line,"
                    + " dossier_impact_target, dossier_transition, committee_agenda_item, committee_decision,"
                    + " agreement, agreement_tranche, disbursement, audit_event");
        }
    }

    private static String serverSettings(Connection c) {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT @@innodb_buffer_pool_size, @@innodb_flush_log_at_trx_commit")) {
            r.next();
            return ", innodb_buffer_pool_size " + mb(r.getLong(1)) + ", innodb_flush_log_at_trx_commit "
                    + r.getInt(2);
        } catch (SQLException e) {
            return "";
        }
    }

    /** Multi-row batched inserts and UTF-8, whatever the URL given already says. */
    static String withDriverParameters(String url) {
        if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            return url;
        }
        String parameters = "rewriteBatchedStatements=true&characterEncoding=UTF-8&useServerPrepStmts=false";
        return url + (url.contains("?") ? "&" : "?") + parameters;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getCurrentThreadAllocatedBytes();
    }

    private static String mb(long bytes) {
        return bytes < 1024 * 1024 ? "%,d KB".formatted(bytes / 1024) : "%,.1f MB".formatted(bytes / 1048576.0);
    }

    private static String label(int dossiers) {
        return dossiers % 1000 == 0 ? dossiers / 1000 + "k" : String.valueOf(dossiers);
    }

    private static void line(String text) {
        System.out.println(text);
        System.out.flush();
    }

    private static Options parse(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("--url", "jdbc:mysql://127.0.0.1:3306/levier_bench");
        a.put("--user", "root");
        a.put("--password", "");
        a.put("--baseline", "10000");
        a.put("--dossiers", "100000");
        a.put("--seed", "20261128");
        a.put("--repeat", "5");
        a.put("--measure-only", "false");
        a.put("--only", "");
        a.put("--sizes", "");
        for (int i = 0; i < args.length; i++) {
            if (!a.containsKey(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: Bench " + a.keySet().stream().map(k -> "[" + k + " …]")
                        .reduce((x, y) -> x + " " + y).orElse("") + " — unknown or incomplete: " + args[i]);
            }
            a.put(args[i], args[++i]);
        }
        // --sizes 1000,10000,100000 (the same data grown from size to size); else --baseline then --dossiers.
        List<Integer> sizes = a.get("--sizes").isBlank()
                ? List.of(Integer.parseInt(a.get("--baseline")), Integer.parseInt(a.get("--dossiers")))
                : Arrays.stream(a.get("--sizes").split(",")).map(String::strip).map(Integer::parseInt).toList();
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) % SyntheticPortfolio.PER_ORGANISATION != 0 || i > 0 && sizes.get(i) <= sizes.get(i - 1)) {
                throw new IllegalArgumentException("sizes must be multiples of 5, increasing: " + sizes);
            }
        }
        if (sizes.size() < 2) {
            throw new IllegalArgumentException("at least two sizes (a baseline and a larger one): " + sizes);
        }
        return new Options(a.get("--url"), a.get("--user"), a.get("--password"), sizes,
                Long.parseLong(a.get("--seed")), Integer.parseInt(a.get("--repeat")),
                Boolean.parseBoolean(a.get("--measure-only")), a.get("--only"));
    }

    /** The application's {@link Rows}, remembering the statements of a run for EXPLAIN. */
    private static final class Recording implements Rows {
        private final Rows delegate;
        private final List<SqlCapture.Statement> recorded = new ArrayList<>();
        private boolean on;

        Recording(Rows delegate) {
            this.delegate = delegate;
        }

        void start() {
            recorded.clear();
            on = true;
        }

        List<SqlCapture.Statement> stop() {
            on = false;
            return List.copyOf(recorded);
        }

        @Override
        public List<Object[]> select(String sql, List<?> parameters) {
            if (on) {
                recorded.add(new SqlCapture.Statement(sql, parameters.stream().map(String::valueOf).toList()));
            }
            return delegate.select(sql, parameters);
        }

        @Override
        public int update(String sql, List<?> parameters) {
            return delegate.update(sql, parameters);
        }
    }
}
