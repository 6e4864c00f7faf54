package org.levier.impact.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.levier.impact.entity.ImpactBreakdown;
import org.levier.shared.control.Rows;

/**
 * Target versus actual, as one SQL {@code GROUP BY} (one row per group and indicator, never one per dossier):
 * values of different indicators are never added together, every group is also cut by indicator.
 *
 * <p>Which dossiers count: those of the programme with a signed agreement (an {@code agreement} row) whose status
 * is {@link #COUNTED} — AGREEMENT_SIGNED, IN_EXECUTION or COMPLETED (a TERMINATED project counts no more). Both
 * sides use the same dossiers, so the ratio compares like with like.
 *
 * <p>Target: the sum of those dossiers' targets for the indicator. Actual: the sum, over the same dossiers, of the
 * latest accepted value of each (dossier, indicator): the value stated by the ACCEPTED report of the highest number
 * that states one (a report states the level reached at the end of its period, not an increment; a dossier with no
 * accepted report adds 0 and is not counted in {@code reporting}). Ratio: actual / target, 4 decimals half-even,
 * none when the target is 0.
 */
public class ImpactQueries {

    public static final List<String> COUNTED = List.of("AGREEMENT_SIGNED", "IN_EXECUTION", "COMPLETED");

    /** One group (axis/action number, or null per indicator only) and indicator. */
    public record Group(Integer key, String indicator, String unit, long dossiers, long reporting, BigDecimal target,
                        BigDecimal actual) {

        public BigDecimal ratio() {
            return ImpactQueries.ratio(actual, target);
        }
    }

    /** The latest accepted value of each (dossier, indicator). */
    static final String LATEST_ACCEPTED = "SELECT v.dossier_id, v.indicator, v.actual FROM progress_report_value v"
            + " JOIN progress_report r ON r.id = v.report_id WHERE r.status = 'ACCEPTED' AND r.number ="
            + " (SELECT MAX(r2.number) FROM progress_report r2 JOIN progress_report_value v2 ON v2.report_id = r2.id"
            + " WHERE r2.dossier_id = v.dossier_id AND v2.indicator = v.indicator AND r2.status = 'ACCEPTED')";

    private final Rows rows;

    public ImpactQueries(Rows rows) {
        this.rows = rows;
    }

    public List<Group> groups(String programmeCode, ImpactBreakdown by) {
        String key = switch (by) {
            case AXIS -> "ax.number";
            case ACTION -> "a.number";
            case INDICATOR -> null;
        };
        String select = key == null ? "" : key + ", ";
        String sql = "SELECT " + select + "t.indicator, i.unit, COUNT(*), COUNT(la.actual), SUM(t.target),"
                + " SUM(COALESCE(la.actual, 0))"
                + " FROM dossier_impact_target t JOIN dossier d ON d.id = t.dossier_id"
                + " JOIN agreement ag ON ag.dossier_id = d.id JOIN programme p ON p.id = d.programme_id"
                + " JOIN programme_action a ON a.id = d.action_id JOIN axis ax ON ax.id = a.axis_id"
                + " JOIN impact_indicator i ON i.code = t.indicator"
                + " LEFT JOIN (" + LATEST_ACCEPTED + ") la ON la.dossier_id = t.dossier_id"
                + " AND la.indicator = t.indicator"
                + " WHERE p.code = ? AND d.status IN (?, ?, ?)"
                + " GROUP BY " + select + "t.indicator, i.unit ORDER BY " + select + "t.indicator";
        List<Object> parameters = new ArrayList<>();
        parameters.add(programmeCode);
        parameters.addAll(COUNTED);
        int o = key == null ? 0 : 1;
        return rows.select(sql, parameters).stream()
                .map(r -> new Group(key == null ? null : ((Number) r[0]).intValue(), (String) r[o],
                        (String) r[o + 1], ((Number) r[o + 2]).longValue(), ((Number) r[o + 3]).longValue(),
                        quantity(r[o + 4]), quantity(r[o + 5])))
                .toList();
    }

    /** One target of one dossier with its latest accepted value ({@code null}: nothing accepted yet). */
    public record DossierTarget(long dossierId, String indicator, String unit, BigDecimal target,
                                BigDecimal actual) {
    }

    /**
     * The targets of every dossier of the programme and their latest accepted values, by dossier and indicator
     * (whatever the dossier's status: the caller picks the dossiers it shows).
     */
    public List<DossierTarget> byDossier(String programmeCode) {
        String sql = "SELECT t.dossier_id, t.indicator, i.unit, t.target, la.actual"
                + " FROM dossier_impact_target t JOIN dossier d ON d.id = t.dossier_id"
                + " JOIN programme p ON p.id = d.programme_id JOIN impact_indicator i ON i.code = t.indicator"
                + " LEFT JOIN (" + LATEST_ACCEPTED + ") la ON la.dossier_id = t.dossier_id"
                + " AND la.indicator = t.indicator"
                + " WHERE p.code = ? ORDER BY t.dossier_id, t.indicator";
        return rows.select(sql, List.of(programmeCode)).stream()
                .map(r -> new DossierTarget(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        quantity(r[3]), r[4] == null ? null : quantity(r[4])))
                .toList();
    }

    static BigDecimal quantity(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(4) : new BigDecimal(value.toString()).setScale(4);
    }

    public static BigDecimal ratio(BigDecimal actual, BigDecimal target) {
        return target == null || target.signum() == 0 ? null : actual.divide(target, 4, RoundingMode.HALF_EVEN);
    }
}
