package org.levier.portfolio.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.portfolio.entity.Leverage;
import org.levier.shared.control.Rows;

/**
 * The sums behind the leverage, as SQL {@code GROUP BY} aggregates (one row per group, never one per entity): per
 * dossier, action, axis or co-financing source type of a programme, on one {@link Basis}.
 *
 * <p>Private money: co-financing from {@code PRIVATE_INVESTOR} and {@code BANK_LOAN}, and {@code OWN_FUNDS} when
 * the dossier's organisation is private, i.e. its size class is {@code MICRO}, {@code SMALL}, {@code MEDIUM} or
 * {@code LARGE} (own funds of public bodies, research organisations and associations are not private money).
 *
 * <p>A co-financing line counts once, at one amount: as submitted ({@code amount}) on the requested basis; on the
 * committed and realised bases, the amount the fund's staff confirmed in the co-financing ledger
 * ({@code confirmed_amount}) when there is one. Its evidence documents are never joined: they add no money.
 *
 * <p>Per source type, a row's {@code fundContribution} is the whole programme's (the fund is not split by source):
 * its multiplier is that source's share of the programme's multiplier (the rows add up to it).
 *
 * <p>An "as of" date (inclusive, null: no limit) limits the {@code REALISED} basis to disbursements whose value date
 * is on or before it; dossier and co-financing statuses are today's (they keep no history in these tables).
 */
public class LeverageQueries {

    /** One group's sums. {@code key} is the axis/action number, the source type or the dossier's id. */
    public record Group(String key, Leverage sums) {
    }

    static String privateMoney(Basis basis) {
        return "CASE WHEN c.source_type IN ('PRIVATE_INVESTOR', 'BANK_LOAN')"
                + " OR (c.source_type = 'OWN_FUNDS' AND o.size_class IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE'))"
                + " THEN " + amount(basis) + " ELSE 0 END";
    }

    /** The amount of a line that counts on the basis: as submitted when requested, otherwise as confirmed. */
    static String amount(Basis basis) {
        return basis == Basis.REQUESTED ? "c.amount" : "COALESCE(c.confirmed_amount, c.amount)";
    }

    private final Rows rows;

    public LeverageQueries(Rows rows) {
        this.rows = rows;
    }

    /** The groups of a programme's dossiers on a basis, ordered by key (numbers numerically). */
    public List<Group> groups(String programmeCode, Basis basis, Breakdown by) {
        return groups(programmeCode, basis, by, null);
    }

    /** The groups, the realised basis counting payments with a value date up to {@code asOf} (null: all). */
    public List<Group> groups(String programmeCode, Basis basis, Breakdown by, java.time.LocalDate asOf) {
        if (by == Breakdown.SOURCE) {
            return bySource(programmeCode, basis, asOf);
        }
        String key = switch (by) {
            case AXIS -> "x.axis_number";
            case ACTION -> "x.action_number";
            default -> "x.dossier_id";
        };
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT " + key + ", SUM(x.fund), SUM(x.cofinancing), SUM(x.private_money) FROM ("
                + perDossier(programmeCode, basis, asOf, parameters) + ") x GROUP BY " + key + " ORDER BY " + key;
        return rows.select(sql, parameters).stream()
                .map(r -> new Group(String.valueOf(number(r[0])), new Leverage(money(r[1]), money(r[2]),
                        money(r[3]))))
                .toList();
    }

    /**
     * One page of the per-dossier groups (ordered by dossier id) and, in {@code total[0]}, how many there are: the
     * rows are still computed from the source rows (the whole programme's, for any page: seconds at 100,000
     * dossiers), only a page of them labelled and sent. What answers "as of" a date, and the independent check of
     * today's page read from the maintained figures ({@link FigureQueries#dossierPage}).
     */
    public List<Group> dossierPage(String programmeCode, Basis basis, java.time.LocalDate asOf, int page, int size,
                                   long[] total) {
        List<Object> parameters = new ArrayList<>();
        String perDossier = perDossier(programmeCode, basis, asOf, parameters);
        total[0] = number(rows.select("SELECT COUNT(*) FROM (" + perDossier + ") x", parameters).getFirst()[0]);
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(size);
        paged.add((long) page * size);
        return rows.select("SELECT x.dossier_id, x.fund, x.cofinancing, x.private_money FROM (" + perDossier
                        + ") x ORDER BY x.dossier_id LIMIT ? OFFSET ?", paged).stream()
                .map(r -> new Group(String.valueOf(number(r[0])), new Leverage(money(r[1]), money(r[2]),
                        money(r[3]))))
                .toList();
    }

    /** The programme's sums on a basis (one aggregate row). */
    public Leverage total(String programmeCode, Basis basis) {
        return total(programmeCode, basis, null);
    }

    /** The programme's sums, the realised basis counting payments with a value date up to {@code asOf}. */
    public Leverage total(String programmeCode, Basis basis, java.time.LocalDate asOf) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT COUNT(*), SUM(x.fund), SUM(x.cofinancing), SUM(x.private_money) FROM ("
                + perDossier(programmeCode, basis, asOf, parameters) + ") x";
        Object[] r = rows.select(sql, parameters).getFirst();
        return new Leverage(money(r[1]), money(r[2]), money(r[3]));
    }

    /**
     * One row per dossier that counts on the basis: its ids, the fund's contribution and the co-financing (and its
     * private part) that count. Parameters are appended to {@code parameters}.
     */
    String perDossier(String programmeCode, Basis basis, java.time.LocalDate asOf, List<Object> parameters) {
        String fund = switch (basis) {
            case REQUESTED -> "d.requested_grant + d.requested_advance + d.requested_equity";
            case COMMITTED -> "CASE WHEN ag.id IS NOT NULL"
                    + " THEN ag.committed_grant + ag.committed_advance + ag.committed_equity"
                    + " ELSE COALESCE(cd.approved_grant, 0) + COALESCE(cd.approved_advance, 0)"
                    + " + COALESCE(cd.approved_equity, 0) END";
            // Paid fund money net of what came back on recovery orders (recovery component's receipts, by table).
            case REALISED -> "COALESCE(pd.paid, 0) - COALESCE(rc.recovered, 0)";
        };
        String sql = "SELECT d.id AS dossier_id, a.number AS action_number, ax.number AS axis_number, "
                + fund + " AS fund, COALESCE(cf.cofinancing, 0) AS cofinancing,"
                + " COALESCE(cf.private_money, 0) AS private_money"
                + " FROM dossier d JOIN programme p ON p.id = d.programme_id"
                + " JOIN programme_action a ON a.id = d.action_id JOIN axis ax ON ax.id = a.axis_id"
                + " LEFT JOIN agreement ag ON ag.dossier_id = d.id"
                + " LEFT JOIN committee_decision cd ON cd.approved_dossier_id = d.id"
                + " LEFT JOIN (SELECT di.agreement_id, SUM(di.amount) AS paid FROM disbursement di"
                + " WHERE di.status = 'PAID'" + (asOf == null ? "" : " AND di.paid_on <= ?")
                + " GROUP BY di.agreement_id) pd ON pd.agreement_id = ag.id"
                + " LEFT JOIN (SELECT rr.agreement_id, SUM(rr.amount) AS recovered FROM recovery_receipt rr"
                + (asOf == null ? "" : " WHERE rr.received_on <= ?")
                + " GROUP BY rr.agreement_id) rc ON rc.agreement_id = ag.id"
                + " LEFT JOIN (SELECT c.dossier_id, SUM(" + amount(basis) + ") AS cofinancing, SUM("
                + privateMoney(basis) + ")"
                + " AS private_money FROM dossier_cofinancing c JOIN dossier cdo ON cdo.id = c.dossier_id"
                + " JOIN organisation o ON o.id = cdo.organisation_id"
                + " WHERE c.status IN (" + placeholders(basis.cofinancingStatuses().size()) + ")"
                + " GROUP BY c.dossier_id) cf ON cf.dossier_id = d.id"
                + " WHERE p.code = ? AND d.status IN (" + placeholders(basis.dossierStatuses().size()) + ")";
        if (asOf != null) {
            parameters.add(java.sql.Date.valueOf(asOf));
            parameters.add(java.sql.Date.valueOf(asOf));
        }
        parameters.addAll(basis.cofinancingStatuses());
        parameters.add(programmeCode);
        parameters.addAll(basis.dossierStatuses());
        return sql;
    }

    /**
     * Per dossier of {@code dossierIds}, whatever its status: the co-financing and its private part that count on the
     * basis (fund contribution zero), one {@code GROUP BY} row per dossier that has any.
     */
    public java.util.Map<Long, Leverage> cofinancingOf(java.util.Collection<Long> dossierIds, Basis basis) {
        java.util.Map<Long, Leverage> found = new java.util.HashMap<>();
        List<Long> ids = List.copyOf(dossierIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> parameters = new ArrayList<>(basis.cofinancingStatuses());
            parameters.addAll(chunk);
            String sql = "SELECT c.dossier_id, SUM(" + amount(basis) + "), SUM(" + privateMoney(basis) + ")"
                    + " FROM dossier_cofinancing c JOIN dossier cdo ON cdo.id = c.dossier_id"
                    + " JOIN organisation o ON o.id = cdo.organisation_id"
                    + " WHERE c.status IN (" + placeholders(basis.cofinancingStatuses().size()) + ")"
                    + " AND c.dossier_id IN (" + placeholders(chunk.size()) + ") GROUP BY c.dossier_id";
            rows.select(sql, parameters).forEach(r -> found.put(number(r[0]),
                    new Leverage(BigDecimal.ZERO, money(r[1]), money(r[2]))));
        }
        return found;
    }

    private List<Group> bySource(String programmeCode, Basis basis, java.time.LocalDate asOf) {
        Leverage total = total(programmeCode, basis, asOf);
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT c.source_type, SUM(" + amount(basis) + "), SUM(" + privateMoney(basis) + ")"
                + " FROM dossier_cofinancing c JOIN dossier d ON d.id = c.dossier_id"
                + " JOIN programme p ON p.id = d.programme_id JOIN organisation o ON o.id = d.organisation_id"
                + " WHERE p.code = ? AND d.status IN (" + placeholders(basis.dossierStatuses().size()) + ")"
                + " AND c.status IN (" + placeholders(basis.cofinancingStatuses().size()) + ")"
                + " GROUP BY c.source_type ORDER BY c.source_type";
        parameters.add(programmeCode);
        parameters.addAll(basis.dossierStatuses());
        parameters.addAll(basis.cofinancingStatuses());
        return rows.select(sql, parameters).stream()
                .map(r -> new Group(String.valueOf(r[0]),
                        new Leverage(total.fundContribution(), money(r[1]), money(r[2]))))
                .toList();
    }

    static String placeholders(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }

    static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(value.toString()).setScale(2);
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
