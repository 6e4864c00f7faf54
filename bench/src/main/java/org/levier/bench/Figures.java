package org.levier.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.levier.portfolio.control.FigureQueries;
import org.levier.portfolio.control.LeverageQueries;
import org.levier.portfolio.control.PortfolioQueries;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;

/**
 * The maintained programme figures in the benchmark: the same answers as the {@code GROUP BY} queries, read through
 * the application's {@link FigureQueries} (each call reads the programme's figure rows afresh), their ratio to the
 * aggregate measured in the same run at each size, the growth of every query from size to size, the Markdown table
 * of bench/README.md, the plot, and the check that both give the same figures to the cent.
 */
final class Figures {

    static final String PREFIX = "maintained ";

    private Figures() {
    }

    /** The maintained counterpart of each aggregate query, named {@code maintained <the aggregate's name>}. */
    static Map<String, Bench.Work> maintained(Rows rows, String p) {
        Map<String, Bench.Work> works = new LinkedHashMap<>();
        works.put(PREFIX + "leverage total, committed", () -> new FigureQueries(rows, p).total(Basis.COMMITTED));
        works.put(PREFIX + "leverage total, realised", () -> new FigureQueries(rows, p).total(Basis.REALISED));
        works.put(PREFIX + "leverage by axis, committed",
                () -> new FigureQueries(rows, p).groups(Basis.COMMITTED, Breakdown.AXIS));
        works.put(PREFIX + "leverage by action, requested",
                () -> new FigureQueries(rows, p).groups(Basis.REQUESTED, Breakdown.ACTION));
        works.put(PREFIX + "leverage by source, committed",
                () -> new FigureQueries(rows, p).groups(Basis.COMMITTED, Breakdown.SOURCE));
        works.put(PREFIX + "leverage by dossier, committed (all rows)",
                () -> new FigureQueries(rows, p).groups(Basis.COMMITTED, Breakdown.DOSSIER));
        works.put(PREFIX + "leverage by dossier, committed, page 1 of 50",
                () -> new FigureQueries(rows, p).dossierPage(Basis.COMMITTED, 0, 50, new long[1]));
        works.put(PREFIX + "portfolio by axis", () -> new FigureQueries(rows, p).byAxis());
        works.put(PREFIX + "portfolio by action", () -> new FigureQueries(rows, p).byAction());
        works.put(PREFIX + "portfolio by instrument", () -> new FigureQueries(rows, p).byInstrument());
        works.put(PREFIX + "portfolio approved not signed", () -> new FigureQueries(rows, p).approvedNotSigned());
        works.put(PREFIX + "portfolio pipeline (count per status)", () -> new FigureQueries(rows, p).pipeline()
                .entrySet());
        return works;
    }

    static void report(List<Integer> sizes, List<List<Bench.Measure>> suites, Consumer<String> out) {
        out.accept("");
        out.accept("Maintained figures against the GROUP BY aggregate (same answer; ratio = maintained / aggregate):");
        for (int s = 0; s < sizes.size(); s++) {
            Map<String, Bench.Measure> byName = byName(suites.get(s));
            for (Bench.Measure m : suites.get(s)) {
                if (m.name().startsWith(PREFIX) && byName.containsKey(m.name().substring(PREFIX.length()))) {
                    Bench.Measure aggregate = byName.get(m.name().substring(PREFIX.length()));
                    out.accept("  %,9d dossiers  %-42s %9.2f ms vs %10.1f ms = %.4f (%,.0f× faster)".formatted(
                            sizes.get(s), m.name().substring(PREFIX.length()), m.medianMs(), aggregate.medianMs(),
                            m.medianMs() / aggregate.medianMs(), aggregate.medianMs() / m.medianMs()));
                }
            }
        }
        out.accept("");
        out.accept("Markdown table (median ms; last column: largest / previous size):");
        StringBuilder header = new StringBuilder("| query |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : sizes) {
            header.append(" %,d |".formatted(size));
            rule.append("---:|");
        }
        out.accept(header.append(" ratio |").toString());
        out.accept(rule.append("---:|").toString());
        for (int q = 0; q < suites.getFirst().size(); q++) {
            StringBuilder row = new StringBuilder("| " + suites.getFirst().get(q).name() + " |");
            for (List<Bench.Measure> suite : suites) {
                row.append(" %s |".formatted(ms(suite.get(q).medianMs())));
            }
            double last = suites.getLast().get(q).medianMs();
            double previous = suites.get(suites.size() - 2).get(q).medianMs();
            out.accept(row.append(" %.1f× |".formatted(last / previous)).toString());
        }
    }

    static void plot(List<Integer> sizes, List<List<Bench.Measure>> suites, Consumer<String> out) throws Exception {
        Map<String, double[]> medians = new LinkedHashMap<>();
        for (int q = 0; q < suites.getFirst().size(); q++) {
            String name = suites.getFirst().get(q).name();
            if (name.startsWith("audit") || name.startsWith("ledger")) {
                continue;
            }
            double[] ms = new double[sizes.size()];
            for (int s = 0; s < sizes.size(); s++) {
                ms[s] = suites.get(s).get(q).medianMs();
            }
            medians.put(name, ms);
        }
        Path file = Path.of("bench", "target", "queries.png");
        if (!file.getParent().toFile().isDirectory()) {
            file = Path.of("target", "queries.png");
        }
        Plot.write(file, sizes, medians);
        out.accept("");
        out.accept("Plot of each query's time against the number of dossiers: " + file.toAbsolutePath());
    }

    /** How many figures differ between the maintained figures and the aggregates (0 = in step). */
    static long differences(Connection c, String p, Consumer<String> out) {
        JdbcRows rows = new JdbcRows(c);
        FigureQueries maintained = new FigureQueries(rows, p);
        LeverageQueries leverage = new LeverageQueries(rows);
        PortfolioQueries portfolio = new PortfolioQueries(rows);
        List<String> differ = new ArrayList<>();
        for (Basis basis : Basis.values()) {
            same(differ, basis + " total", maintained.total(basis), leverage.total(p, basis));
            for (Breakdown by : List.of(Breakdown.AXIS, Breakdown.ACTION, Breakdown.SOURCE)) {
                same(differ, basis + " by " + by, maintained.groups(basis, by), leverage.groups(p, basis, by));
            }
        }
        same(differ, "portfolio by axis", maintained.byAxis(), portfolio.byAxis(p));
        same(differ, "portfolio by action", maintained.byAction(), portfolio.byAction(p));
        same(differ, "portfolio by instrument", maintained.byInstrument(), portfolio.byInstrument(p));
        same(differ, "approved not signed", maintained.approvedNotSigned(), portfolio.approvedNotSigned(p));
        same(differ, "pipeline", maintained.pipeline(), portfolio.pipeline(p));
        differ.forEach(d -> out.accept("  DIFFERS: " + d));
        return differ.size() + dossierDifferences(c, p, out);
    }

    /**
     * How many answers of the leverage per dossier read from the maintained figures differ from the {@code GROUP BY}
     * aggregate recomputed over the whole programme (0 = in step), per basis: every row; pages of 50 (the first, one
     * in the middle, the last, the one after it), each the slice of the aggregate's rows, with its count of rows.
     */
    static long dossierDifferences(Connection c, String p, Consumer<String> out) {
        JdbcRows rows = new JdbcRows(c);
        FigureQueries maintained = new FigureQueries(rows, p);
        LeverageQueries leverage = new LeverageQueries(rows);
        List<String> differ = new ArrayList<>();
        int size = 50;
        for (Basis basis : Basis.values()) {
            List<LeverageQueries.Group> all = leverage.groups(p, basis, Breakdown.DOSSIER);
            same(differ, basis + " by dossier (" + all.size() + " rows)", maintained.groups(basis, Breakdown.DOSSIER),
                    all);
            int last = Math.max(0, (all.size() - 1) / size);
            for (int page : new java.util.TreeSet<>(List.of(0, last / 2, last, last + 1))) {
                long[] total = new long[1];
                List<LeverageQueries.Group> slice = all.subList(Math.min(all.size(), page * size),
                        Math.min(all.size(), page * size + size));
                same(differ, basis + " by dossier, page " + page + " of " + size,
                        maintained.dossierPage(basis, page, size, total), slice);
                same(differ, basis + " by dossier, page " + page + ", rows in all", total[0], (long) all.size());
            }
        }
        differ.forEach(d -> out.accept("  DIFFERS: " + d));
        return differ.size();
    }

    private static void same(List<String> differ, String what, Object maintained, Object aggregate) {
        if (!maintained.equals(aggregate)) {
            differ.add(what + ": maintained " + maintained + ", aggregate " + aggregate);
        }
    }

    private static Map<String, Bench.Measure> byName(List<Bench.Measure> suite) {
        Map<String, Bench.Measure> map = new LinkedHashMap<>();
        suite.forEach(m -> map.put(m.name(), m));
        return map;
    }

    private static String ms(double ms) {
        return ms < 10 ? "%.2f".formatted(ms) : ms < 100 ? "%.1f".formatted(ms) : "%,.0f".formatted(ms);
    }
}
