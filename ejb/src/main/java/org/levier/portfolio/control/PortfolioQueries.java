package org.levier.portfolio.control;

import static org.levier.portfolio.control.LeverageQueries.money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio of a programme as SQL {@code GROUP BY} aggregates: what signed agreements commit (current
 * commitments, after amendments), what has been paid ({@code PAID} disbursements) and what remains, per axis,
 * action and instrument; the pipeline (dossier count per status).
 */
public class PortfolioQueries {

    /** Committed and paid for one group; remaining = committed − paid. */
    public record Position(String key, BigDecimal committed, BigDecimal paid) {

        public BigDecimal remaining() {
            return committed.subtract(paid);
        }
    }

    private final Rows rows;

    public PortfolioQueries(Rows rows) {
        this.rows = rows;
    }

    public List<Position> byAxis(String programmeCode) {
        return grouped(programmeCode, "ax.number");
    }

    public List<Position> byAction(String programmeCode) {
        return grouped(programmeCode, "a.number");
    }

    private List<Position> grouped(String programmeCode, String key) {
        String joins = " JOIN programme p ON p.id = ag.programme_id JOIN programme_action a ON a.id = ag.action_id"
                + " JOIN axis ax ON ax.id = a.axis_id WHERE p.code = ?";
        Map<String, BigDecimal> committed = sums("SELECT " + key + ", SUM(ag.committed_grant + ag.committed_advance"
                + " + ag.committed_equity) FROM agreement ag" + joins + " GROUP BY " + key, programmeCode);
        Map<String, BigDecimal> paid = sums("SELECT " + key + ", SUM(di.amount) FROM disbursement di"
                + " JOIN agreement ag ON ag.id = di.agreement_id" + joins + " AND di.status = 'PAID' GROUP BY " + key,
                programmeCode);
        return committed.entrySet().stream()
                .map(e -> new Position(e.getKey(), e.getValue(), paid.getOrDefault(e.getKey(), money(null))))
                .sorted(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.key())))
                .toList();
    }

    public List<Position> byInstrument(String programmeCode) {
        Object[] c = rows.select("SELECT COUNT(*), SUM(ag.committed_grant), SUM(ag.committed_advance),"
                + " SUM(ag.committed_equity) FROM agreement ag JOIN programme p ON p.id = ag.programme_id"
                + " WHERE p.code = ?", List.of(programmeCode)).getFirst();
        Map<String, BigDecimal> paid = sums("SELECT di.instrument, SUM(di.amount) FROM disbursement di"
                + " JOIN agreement ag ON ag.id = di.agreement_id JOIN programme p ON p.id = ag.programme_id"
                + " WHERE p.code = ? AND di.status = 'PAID' GROUP BY di.instrument", programmeCode);
        return List.of(new Position("GRANT", money(c[1]), paid.getOrDefault("GRANT", money(null))),
                new Position("REPAYABLE_ADVANCE", money(c[2]), paid.getOrDefault("REPAYABLE_ADVANCE", money(null))),
                new Position("EQUITY", money(c[3]), paid.getOrDefault("EQUITY", money(null))));
    }

    /** What the committee approved on dossiers still {@code APPROVED} (no agreement signed yet). */
    public BigDecimal approvedNotSigned(String programmeCode) {
        return money(rows.select("SELECT COUNT(*), SUM(COALESCE(cd.approved_grant, 0)"
                + " + COALESCE(cd.approved_advance, 0) + COALESCE(cd.approved_equity, 0)) FROM committee_decision cd JOIN dossier d"
                + " ON d.id = cd.approved_dossier_id JOIN programme p ON p.id = d.programme_id"
                + " WHERE p.code = ? AND d.status = 'APPROVED'", List.of(programmeCode)).getFirst()[1]);
    }

    /** Dossier count per status (every status present in the programme). */
    public Map<String, Long> pipeline(String programmeCode) {
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.select("SELECT d.status, COUNT(*) FROM dossier d JOIN programme p ON p.id = d.programme_id"
                        + " WHERE p.code = ? GROUP BY d.status ORDER BY d.status", List.of(programmeCode))
                .forEach(r -> counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    private Map<String, BigDecimal> sums(String sql, String programmeCode) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        rows.select(sql, List.of(programmeCode)).forEach(r -> sums.put(String.valueOf(r[0]), money(r[1])));
        return sums;
    }
}
