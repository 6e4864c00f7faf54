package org.levier.portfolio.control;

import org.levier.shared.control.Rows;
import static org.levier.portfolio.control.LeverageQueries.money;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio of a programme as SQL {@code GROUP BY} aggregates: what signed agreements commit (current
 * commitments, after amendments), what has been paid ({@code PAID} disbursements) and what remains, per axis,
 * action and instrument; the pipeline (dossier count per status).
 *
 * <p>With an "as of" date (Paris business date, inclusive), only agreements signed on or before it commit and only
 * disbursements whose value date ({@code paid_on}) is on or before it count as paid, so a figure printed on a day can
 * be found again later. Amendments change an agreement's commitment in place (no history): the commitment of an
 * agreement signed by then is its current one. A null date means no limit.
 */
public class PortfolioQueries {

    /** Committed and paid for one group; remaining = committed − paid. */
    public record Position(String key, BigDecimal committed, BigDecimal paid) {

        public BigDecimal remaining() {
            return committed.subtract(paid);
        }
    }

    /** What was paid in one month (value dates) and everything paid up to the end of that month. */
    public record MonthPaid(YearMonth month, BigDecimal paid, BigDecimal cumulative) {
    }

    private final Rows rows;

    public PortfolioQueries(Rows rows) {
        this.rows = rows;
    }

    public List<Position> byAxis(String programmeCode) {
        return byAxis(programmeCode, null);
    }

    public List<Position> byAxis(String programmeCode, LocalDate asOf) {
        return grouped(programmeCode, "ax.number", asOf);
    }

    public List<Position> byAction(String programmeCode) {
        return byAction(programmeCode, null);
    }

    public List<Position> byAction(String programmeCode, LocalDate asOf) {
        return grouped(programmeCode, "a.number", asOf);
    }

    private List<Position> grouped(String programmeCode, String key, LocalDate asOf) {
        String joins = " JOIN programme p ON p.id = ag.programme_id JOIN programme_action a ON a.id = ag.action_id"
                + " JOIN axis ax ON ax.id = a.axis_id WHERE p.code = ?";
        Map<String, BigDecimal> committed = sums("SELECT " + key + ", SUM(ag.committed_grant + ag.committed_advance"
                + " + ag.committed_equity) FROM agreement ag" + joins + signedBy(asOf) + " GROUP BY " + key,
                programmeCode, asOf);
        Map<String, BigDecimal> paid = sums("SELECT " + key + ", SUM(di.amount) FROM disbursement di"
                + " JOIN agreement ag ON ag.id = di.agreement_id" + joins + " AND di.status = 'PAID'" + paidBy(asOf)
                + " GROUP BY " + key, programmeCode, asOf);
        return committed.entrySet().stream()
                .map(e -> new Position(e.getKey(), e.getValue(), paid.getOrDefault(e.getKey(), money(null))))
                .sorted(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.key())))
                .toList();
    }

    /**
     * What came back on recovery orders (received receipts, dated up to {@code asOf}; null: all) per axis
     * ({@code "ax.number"}) or action ({@code "a.number"}) of the agreements, and under the key {@code "*"} the
     * programme's total. Recoveries are ordered on an agreement, not on an instrument: no split per instrument.
     * The recovery component's table, read by SQL like the realised leverage does.
     */
    public Map<String, BigDecimal> recovered(String programmeCode, String key, LocalDate asOf) {
        String from = " FROM recovery_receipt rr JOIN agreement ag ON ag.id = rr.agreement_id"
                + " JOIN programme p ON p.id = ag.programme_id JOIN programme_action a ON a.id = ag.action_id"
                + " JOIN axis ax ON ax.id = a.axis_id WHERE p.code = ?" + (asOf == null ? "" : " AND rr.received_on <= ?");
        Map<String, BigDecimal> recovered = sums("SELECT " + key + ", SUM(rr.amount)" + from + " GROUP BY " + key,
                programmeCode, asOf);
        recovered.put("*", money(rows.select("SELECT COUNT(*), SUM(rr.amount)" + from,
                parameters(programmeCode, asOf)).getFirst()[1]));
        return recovered;
    }

    public List<Position> byInstrument(String programmeCode) {
        return byInstrument(programmeCode, null);
    }

    public List<Position> byInstrument(String programmeCode, LocalDate asOf) {
        Object[] c = rows.select("SELECT COUNT(*), SUM(ag.committed_grant), SUM(ag.committed_advance),"
                + " SUM(ag.committed_equity) FROM agreement ag JOIN programme p ON p.id = ag.programme_id"
                + " WHERE p.code = ?" + signedBy(asOf), parameters(programmeCode, asOf)).getFirst();
        Map<String, BigDecimal> paid = sums("SELECT di.instrument, SUM(di.amount) FROM disbursement di"
                + " JOIN agreement ag ON ag.id = di.agreement_id JOIN programme p ON p.id = ag.programme_id"
                + " WHERE p.code = ? AND di.status = 'PAID'" + paidBy(asOf) + " GROUP BY di.instrument",
                programmeCode, asOf);
        return List.of(new Position("GRANT", money(c[1]), paid.getOrDefault("GRANT", money(null))),
                new Position("REPAYABLE_ADVANCE", money(c[2]), paid.getOrDefault("REPAYABLE_ADVANCE", money(null))),
                new Position("EQUITY", money(c[3]), paid.getOrDefault("EQUITY", money(null))));
    }

    /**
     * Paid disbursements per month of their value date, up to {@code asOf} (inclusive; null: all), with the
     * running total: one {@code GROUP BY} row per month that has payments, months without any left out.
     */
    public List<MonthPaid> paidByMonth(String programmeCode, LocalDate asOf) {
        List<Object[]> months = rows.select("SELECT YEAR(di.paid_on), MONTH(di.paid_on), SUM(di.amount)"
                + " FROM disbursement di JOIN agreement ag ON ag.id = di.agreement_id"
                + " JOIN programme p ON p.id = ag.programme_id WHERE p.code = ? AND di.status = 'PAID'"
                + " AND di.paid_on IS NOT NULL" + paidBy(asOf)
                + " GROUP BY YEAR(di.paid_on), MONTH(di.paid_on) ORDER BY YEAR(di.paid_on), MONTH(di.paid_on)",
                parameters(programmeCode, asOf));
        List<MonthPaid> result = new ArrayList<>();
        BigDecimal cumulative = money(null);
        for (Object[] m : months) {
            BigDecimal paid = money(m[2]);
            cumulative = cumulative.add(paid);
            result.add(new MonthPaid(YearMonth.of(((Number) m[0]).intValue(), ((Number) m[1]).intValue()), paid,
                    cumulative));
        }
        return result;
    }

    private static String signedBy(LocalDate asOf) {
        return asOf == null ? "" : " AND ag.signed_on <= ?";
    }

    private static String paidBy(LocalDate asOf) {
        return asOf == null ? "" : " AND di.paid_on <= ?";
    }

    private static List<Object> parameters(String programmeCode, LocalDate asOf) {
        return asOf == null ? List.of(programmeCode) : List.of(programmeCode, Date.valueOf(asOf));
    }

    /** What the committee approved on dossiers still {@code APPROVED} (no agreement signed yet). */
    public BigDecimal approvedNotSigned(String programmeCode) {
        return money(rows.select("SELECT COUNT(*), SUM(COALESCE(cd.approved_grant, 0)"
                + " + COALESCE(cd.approved_advance, 0) + COALESCE(cd.approved_equity, 0)) FROM committee_decision cd JOIN dossier d"
                + " ON d.id = cd.approved_dossier_id JOIN programme p ON p.id = d.programme_id"
                + " WHERE p.code = ? AND d.status = 'APPROVED'", List.of(programmeCode)).getFirst()[1]);
    }

    /** The part of {@link #approvedNotSigned} approved subject to funds, not confirmed: it reserves nothing. */
    public BigDecimal approvedSubjectToFunds(String programmeCode) {
        return money(rows.select("SELECT COUNT(*), SUM(COALESCE(cd.approved_grant, 0)"
                + " + COALESCE(cd.approved_advance, 0) + COALESCE(cd.approved_equity, 0)) FROM committee_decision cd JOIN dossier d"
                + " ON d.id = cd.approved_dossier_id JOIN programme p ON p.id = d.programme_id"
                + " WHERE p.code = ? AND d.status = 'APPROVED' AND cd.subject_to_funds = TRUE"
                + " AND cd.funds_confirmed_at IS NULL", List.of(programmeCode)).getFirst()[1]);
    }

    /** Dossier count per status (every status present in the programme). */
    public Map<String, Long> pipeline(String programmeCode) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.select("SELECT d.status, COUNT(*) FROM dossier d JOIN programme p ON p.id = d.programme_id"
                        + " WHERE p.code = ? GROUP BY d.status ORDER BY d.status", List.of(programmeCode))
                .forEach(r -> counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    private Map<String, BigDecimal> sums(String sql, String programmeCode, LocalDate asOf) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        rows.select(sql, parameters(programmeCode, asOf)).forEach(r -> sums.put(String.valueOf(r[0]), money(r[1])));
        return sums;
    }
}
