package org.levier.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
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
import org.levier.dossier.boundary.Dossiers;
import org.levier.portfolio.control.FigureLedger;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;

/**
 * The benchmark: migrates an empty database with the application's migrations, generates the baseline
 * ({@code --baseline}, 10,000 dossiers), times the application's queries, grows the same data to
 * {@code --dossiers} (100,000) and times them again, then prints each ratio against the baseline of this very run
 * (next to the linear ratio), the heap after a full GC, the bytes each query allocates, the generation throughput
 * and the EXPLAIN plan of every statement at the larger size. No pass/fail: the numbers are read, not asserted.
 *
 * <p>The queries are the application's own code ({@link BenchQueries}): the leverage and portfolio aggregates
 * through the application's {@link Rows} over JDBC, and the staff dossier list ({@link Dossiers#list}), its counts
 * per status, the audit verification ({@link AuditTrail#verify}) and the agreement ledger ({@link Ledger}) through
 * the application's persistence unit on EclipseLink. This class runs the steps and prints the report; the options
 * are {@link BenchOptions}, the data {@link SyntheticPortfolio}, the plans {@link Explain}, the JVM's figures
 * {@link Machine}, the checks {@link Invariants} and {@link Figures}.
 */
public final class Bench {

    /** Most timed runs of a quick query (see {@link #measure}). */
    private static final int MOST_RUNS = 31;
    /** A quick query gets more runs while its timed runs add up to less than this. */
    private static final long QUICK_NANOS = 1_000_000_000L;

    /** One query's timing at one size: median and minimum of its runs, bytes allocated by one run, rows answered. */
    record Measure(String name, double medianMs, double minMs, long allocated, long size, int runs) {
    }

    interface Work {
        Object run() throws Exception;
    }

    private final BenchOptions options;
    private final Map<String, List<SqlCapture.Statement>> statements = new LinkedHashMap<>();

    private Bench(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new Bench(BenchOptions.parse(args)).run();
    }

    private void run() throws Exception {
        String url = withDriverParameters(options.url());
        line("Levier benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " processors, JVM " + System.getProperty("java.version") + ", max heap "
                + Machine.mb(Runtime.getRuntime().maxMemory()));
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
                        line("Heap after full GC, before the queries: " + Machine.mb(Machine.heapAfterGc()));
                    }
                    suites.add(suite(c, emf, size));
                    heaps.add(Machine.heapAfterGc());
                }
                report(suites.getFirst(), suites.getLast(), heaps.getFirst(), heaps.getLast());
                Figures.report(options.sizes(), suites, Bench::line);
                Figures.plot(options.sizes(), suites, Bench::line);
                checks(c);
                SearchPages.check(c, emf, Bench::line);
                Explain.explain(c, statements, Bench::line);
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
        long dossiers = new FigureLedger(new JdbcRows(c)).rebuild();
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
            line("Heap after full GC: " + Machine.mb(Machine.heapAfterGc()));
            line("Dossiers and organisations whose search words differ from their texts (0 = holds): "
                    + Invariants.searchWords(c));
            if (options.only().isEmpty() || "leverage by dossier".matches("(?i).*(" + options.only() + ").*")) {
                // The leverage per dossier measured: its maintained answers checked against the aggregate's rows.
                line("Leverage per dossier, maintained answers that differ from the GROUP BY aggregate's rows"
                        + " (0 = holds): " + Figures.dossierDifferences(c, SyntheticPortfolio.PROGRAMME, Bench::line));
            }
            SearchPages.check(c, emf, Bench::line);
            Explain.explain(c, statements, Bench::line);
        } finally {
            emf.close();
        }
    }

    private void generate(Connection c, SyntheticPortfolio generator, int from, int to) throws SQLException {
        Machine.resetPeaks();
        long start = System.nanoTime();
        SyntheticPortfolio.Counts counts = generator.generate(from, to);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = Machine.peakHeap();
        start = System.nanoTime();
        analyze(c);
        double analyzeSeconds = (System.nanoTime() - start) / 1e9;
        line(("Generated dossiers %,d..%,d: %,d rows in %.1f s (%,.0f rows/s; peak heap %s; load average %.1f),"
                + " then ANALYZE TABLE %.1f s").formatted(from, to, counts.total(), seconds, counts.total() / seconds,
                Machine.mb(peak), Machine.loadAverage(), analyzeSeconds));
        line("  " + counts.rows().entrySet().stream().map(e -> e.getKey() + " " + "%,d".formatted(e.getValue()))
                .reduce((a, b) -> a + ", " + b).orElse(""));
    }

    /** The timed queries at the current size (warm-up runs first, then the median of {@code repeat} runs). */
    private List<Measure> suite(Connection c, EntityManagerFactory emf, int size) throws Exception {
        line("");
        line("Queries at %,d dossiers (%,d disbursements), load average %.1f:".formatted(size,
                Invariants.count(c, "SELECT COUNT(*) FROM disbursement", null), Machine.loadAverage()));
        Explain.Recording rows = new Explain.Recording(new JdbcRows(c));
        String p = SyntheticPortfolio.PROGRAMME;
        long firstAgreement = Invariants.count(c, "SELECT MIN(id) FROM agreement", null);
        long firstCall = Invariants.count(c, "SELECT MIN(id) FROM call_for_projects", null);
        EntityManager em = emf.createEntityManager();
        try {
            Dossiers dossiers = Jpa.bean(Dossiers.class, em);
            AuditTrail audit = Jpa.bean(AuditTrail.class, em);
            Ledger ledger = Jpa.bean(Ledger.class, em);
            List<Measure> measures = new ArrayList<>();
            Map<String, Work> works = BenchQueries.works(rows, p, dossiers, audit, ledger, firstAgreement, firstCall);
            if (!options.only().isEmpty()) {
                works.keySet().removeIf(name -> !name.matches("(?i).*(" + options.only() + ").*"));
            }
            for (Map.Entry<String, Work> work : works.entrySet()) {
                Measure m = measure(work.getKey(), work.getValue(), rows, em);
                measures.add(m);
                line("  %-50s %10.1f ms (min %.1f, %d runs)  %10s allocated  %,8d rows".formatted(m.name(),
                        m.medianMs(), m.minMs(), m.runs(), Machine.mb(m.allocated()), m.size()));
            }
            return measures;
        } finally {
            em.close();
        }
    }

    /**
     * One query's median and minimum. Two warm-up runs first (the second records the statements for the plans), then
     * at least {@code repeat} timed runs — and for a quick query more, while its runs add up to less than a second,
     * up to ten times {@code repeat} (at most {@value #MOST_RUNS}): a median of three runs of a 5 ms query on a
     * loaded machine moved 2–5× between sizes where its work did not grow (the 100k/10k ratios of the maintained
     * figures); more runs of the quick ones cost little and steady the median. Slow queries keep {@code repeat} runs.
     */
    private Measure measure(String name, Work work, Explain.Recording rows, EntityManager em) throws Exception {
        int warmUp = 2;
        int most = Math.min(MOST_RUNS, 10 * options.repeat());
        // A full collection first (not timed): the garbage of the query before (the leverage by dossier leaves
        // ~100 MB a run at 100,000 dossiers) is not collected, concurrently, on the two cores this one is timed on.
        System.gc();
        List<Double> ms = new ArrayList<>();
        long timed = 0;
        long allocated = 0;
        long size = 0;
        for (int run = -warmUp; run < options.repeat() || (run < most && timed < QUICK_NANOS); run++) {
            em.clear();
            boolean capture = run == -1;
            if (capture) {
                rows.start();
                SqlCapture.start();
            }
            long before = Machine.allocatedBytes();
            long start = System.nanoTime();
            Object result = work.run();
            long elapsed = System.nanoTime() - start;
            long bytes = Machine.allocatedBytes() - before;
            if (capture) {
                List<SqlCapture.Statement> captured = new ArrayList<>(rows.stop());
                captured.addAll(SqlCapture.stop());
                statements.put(name, captured);
            }
            if (run >= 0) {
                ms.add(elapsed / 1e6);
                timed += elapsed;
                allocated = bytes;
                size = result instanceof Collection<?> col ? col.size() : 1;
            }
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Measure(name, sorted[sorted.length / 2], sorted[0], allocated, size, sorted.length);
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
                    b.medianMs(), f.medianMs(), ratio, f.minMs() / b.minMs(), shape, Machine.mb(b.allocated()),
                    Machine.mb(f.allocated())));
        }
        line("  %-50s %8s → %9s = %5.1f×".formatted("heap used after a full GC", Machine.mb(baselineHeap),
                Machine.mb(fullHeap), (double) fullHeap / baselineHeap));
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
        line("  %-75s %d".formatted("maintained figures (programme; per dossier) differing from GROUP BY aggregates",
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
            return ", innodb_buffer_pool_size " + Machine.mb(r.getLong(1)) + ", innodb_flush_log_at_trx_commit "
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

    private static String label(int dossiers) {
        return dossiers % 1000 == 0 ? dossiers / 1000 + "k" : String.valueOf(dossiers);
    }

    private static void line(String text) {
        System.out.println(text);
        System.out.flush();
    }


}
