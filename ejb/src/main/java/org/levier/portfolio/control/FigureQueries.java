package org.levier.portfolio.control;

import org.levier.shared.control.Rows;
import static org.levier.portfolio.control.LeverageQueries.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.levier.portfolio.control.DossierFigures.Value;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.portfolio.entity.Leverage;

/**
 * The leverage, portfolio and pipeline of a programme read from its maintained figures ({@link FigureLedger}): one
 * query of a few hundred rows (programme × action × code) whatever the number of dossiers, answered in the shapes of
 * {@link LeverageQueries} and {@link PortfolioQueries}, which stay the independent check (and answer "as of" a past
 * date, which the maintained figures do not keep). The leverage per dossier is read from each dossier's own
 * maintained figures ({@code dossier_figures}): a page reads its own dossiers' rows, not the programme's.
 */
public final class FigureQueries {

    private final Rows rows;
    private final long programmeId;
    private final Map<Long, Map<String, Value>> figures;
    private final Map<Long, int[]> actions = new HashMap<>();

    /**
     * Reads the programme's figures once; every answer below is computed from them. A programme of no such code has
     * no figures.
     */
    public FigureQueries(Rows rows, String programmeCode) {
        this(rows, ProgrammeOutline.read(rows, programmeCode).orElseGet(() -> ProgrammeOutline.none(programmeCode)));
    }

    /** Reads the figures of an outlined programme, labelled by the outline's actions. */
    public FigureQueries(Rows rows, ProgrammeOutline programme) {
        this.rows = rows;
        this.programmeId = programme.id();
        this.figures = new FigureLedger(rows).read(programme.id());
        programme.actions().values().forEach(a -> actions.put(a.id(), new int[] {a.number(), a.axisNumber()}));
    }

    /** As {@link LeverageQueries#groups}; by {@code DOSSIER}, every row of {@link #dossierPage} (no page). */
    public List<LeverageQueries.Group> groups(Basis basis, Breakdown by) {
        String b = basis.parameter();
        if (by == Breakdown.SOURCE) {
            Leverage total = total(basis);
            Map<String, BigDecimal[]> sources = new TreeMap<>();
            String prefix = b + ".source.";
            figures.values().forEach(codes -> codes.forEach((code, v) -> {
                if (code.startsWith(prefix) && v.items() > 0) {
                    String[] parts = code.substring(prefix.length()).split("\\.");
                    BigDecimal[] sums = sources.computeIfAbsent(parts[0], k -> new BigDecimal[] {money(null),
                            money(null)});
                    int at = "cofinancing".equals(parts[1]) ? 0 : 1;
                    sums[at] = sums[at].add(v.amount());
                }
            }));
            return sources.entrySet().stream().map(e -> new LeverageQueries.Group(e.getKey(),
                    new Leverage(total.fundContribution(), e.getValue()[0], e.getValue()[1]))).toList();
        }
        if (by == Breakdown.DOSSIER) {
            return dossiers(basis, null, null);
        }
        Function<Long, Integer> key = by == Breakdown.AXIS ? a -> actions.get(a)[1] : a -> actions.get(a)[0];
        Map<Integer, Leverage> groups = new TreeMap<>();
        figures.forEach((action, codes) -> {
            Value fund = codes.get(b + ".fund");
            if (fund != null && fund.items() > 0 && actions.containsKey(action)) {
                groups.merge(key.apply(action), leverage(codes, b), Leverage::plus);
            }
        });
        return groups.entrySet().stream().map(e -> new LeverageQueries.Group(String.valueOf(e.getKey()),
                e.getValue())).toList();
    }

    /**
     * As {@link LeverageQueries#dossierPage}: page {@code page} of {@code size} of the programme's dossiers that count
     * on the basis, by dossier id, and in {@code total[0]} how many there are (the dossiers its {@code <basis>.fund}
     * figure counts: one per dossier). The page reads {@code page × size + size} rows of the index (programme,
     * dossier) of {@code dossier_figures}, each dossier's figures there; never the source rows.
     */
    public List<LeverageQueries.Group> dossierPage(Basis basis, int page, int size, long[] total) {
        String fund = basis.parameter() + ".fund";
        total[0] = figures.values().stream().map(codes -> codes.get(fund)).filter(java.util.Objects::nonNull)
                .mapToLong(Value::items).sum();
        return dossiers(basis, size, (long) page * size);
    }

    /**
     * The programme's dossiers that count on the basis (their figures hold its {@code <basis>.fund}: codes are
     * sorted, so it begins the text or follows a {@code ;}), by dossier id, {@code limit} of them from
     * {@code offset} (null: all): each one's fund contribution, co-financing and private money on that basis.
     */
    private List<LeverageQueries.Group> dossiers(Basis basis, Integer limit, Long offset) {
        String b = basis.parameter();
        List<Object> parameters = new ArrayList<>(List.of(programmeId, b + ".fund=%", "%;" + b + ".fund=%"));
        String sql = "SELECT dossier_id, figures FROM dossier_figures WHERE programme_id = ?"
                + " AND (figures LIKE ? OR figures LIKE ?) ORDER BY dossier_id";
        if (limit != null) {
            sql += " LIMIT ? OFFSET ?";
            parameters.add(limit);
            parameters.add(offset);
        }
        return rows.select(sql, parameters).stream().map(r -> {
            String text = String.valueOf(r[1]);
            return new LeverageQueries.Group(String.valueOf(LeverageQueries.number(r[0])), new Leverage(
                    DossierFigures.Contribution.amountIn(text, b + ".fund"),
                    DossierFigures.Contribution.amountIn(text, b + ".cofinancing"),
                    DossierFigures.Contribution.amountIn(text, b + ".private")));
        }).toList();
    }

    /** As {@link LeverageQueries#total}. */
    public Leverage total(Basis basis) {
        return figures.values().stream().map(codes -> leverage(codes, basis.parameter()))
                .reduce(Leverage.NONE, Leverage::plus);
    }

    private static Leverage leverage(Map<String, Value> codes, String b) {
        return new Leverage(amount(codes, b + ".fund"), amount(codes, b + ".cofinancing"),
                amount(codes, b + ".private"));
    }

    /** As {@link PortfolioQueries#byAxis}. */
    public List<PortfolioQueries.Position> byAxis() {
        return grouped(a -> actions.get(a)[1]);
    }

    /** As {@link PortfolioQueries#byAction}. */
    public List<PortfolioQueries.Position> byAction() {
        return grouped(a -> actions.get(a)[0]);
    }

    private List<PortfolioQueries.Position> grouped(Function<Long, Integer> key) {
        Map<Integer, BigDecimal[]> groups = new TreeMap<>();
        figures.forEach((action, codes) -> {
            Value agreements = codes.get("agreement.GRANT");
            if (agreements != null && agreements.items() > 0 && actions.containsKey(action)) {
                BigDecimal committed = amount(codes, "agreement.GRANT").add(amount(codes, "agreement.REPAYABLE_ADVANCE"))
                        .add(amount(codes, "agreement.EQUITY"));
                BigDecimal paid = amount(codes, "disbursement.PAID.GRANT")
                        .add(amount(codes, "disbursement.PAID.REPAYABLE_ADVANCE"))
                        .add(amount(codes, "disbursement.PAID.EQUITY"));
                groups.merge(key.apply(action), new BigDecimal[] {committed, paid},
                        (x, y) -> new BigDecimal[] {x[0].add(y[0]), x[1].add(y[1])});
            }
        });
        return groups.entrySet().stream().map(e -> new PortfolioQueries.Position(String.valueOf(e.getKey()),
                e.getValue()[0], e.getValue()[1])).toList();
    }

    /**
     * As {@link PortfolioQueries#recovered}: received recoveries per axis ({@code byAxis}) or action number, and the
     * programme's total under {@code "*"}.
     */
    public Map<String, BigDecimal> recovered(boolean byAxis) {
        Map<String, BigDecimal> result = new TreeMap<>();
        figures.forEach((action, codes) -> {
            Value v = codes.get("recovered");
            if (v != null && v.items() > 0 && actions.containsKey(action)) {
                result.merge(String.valueOf(actions.get(action)[byAxis ? 1 : 0]), v.amount(), BigDecimal::add);
                result.merge("*", v.amount(), BigDecimal::add);
            }
        });
        return result;
    }

    /** As {@link PortfolioQueries#byInstrument}. */
    public List<PortfolioQueries.Position> byInstrument() {
        List<PortfolioQueries.Position> result = new ArrayList<>();
        for (String instrument : List.of("GRANT", "REPAYABLE_ADVANCE", "EQUITY")) {
            result.add(new PortfolioQueries.Position(instrument, sum("agreement." + instrument),
                    sum("disbursement.PAID." + instrument)));
        }
        return result;
    }

    public BigDecimal approvedNotSigned() {
        return sum("approved.not_signed");
    }

    public BigDecimal approvedSubjectToFunds() {
        return sum("approved.subject_to_funds");
    }

    /** As {@link PortfolioQueries#pipeline}: dossier count per status (statuses with dossiers only). */
    public Map<String, Long> pipeline() {
        Map<String, Long> counts = new TreeMap<>();
        figures.values().forEach(codes -> codes.forEach((code, v) -> {
            if (code.startsWith("status.") && v.items() > 0) {
                counts.merge(code.substring("status.".length()), v.items(), Long::sum);
            }
        }));
        return new java.util.LinkedHashMap<>(counts);
    }

    /** The sum of one code over the programme's actions, per action id (actions without it absent). */
    public Map<Long, BigDecimal> byActionId(String code) {
        Map<Long, BigDecimal> result = new TreeMap<>();
        figures.forEach((action, codes) -> {
            Value v = codes.get(code);
            if (v != null && v.items() > 0) {
                result.put(action, v.amount());
            }
        });
        return result;
    }

    /** The sum of one code over the whole programme. */
    public BigDecimal sum(String code) {
        return figures.values().stream().map(codes -> amount(codes, code)).reduce(money(null), BigDecimal::add);
    }

    private static BigDecimal amount(Map<String, Value> codes, String code) {
        Value v = codes.get(code);
        return v == null ? money(null) : v.amount();
    }
}
