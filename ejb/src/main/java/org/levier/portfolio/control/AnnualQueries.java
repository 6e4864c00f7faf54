package org.levier.portfolio.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.levier.shared.control.Rows;

/**
 * The figures of a programme's annual report for a period {@code from}..{@code to} (both included), as plain SQL
 * aggregates (the same SQL on the embedded database of the tests):
 *
 * <ul>
 * <li>{@link #flows}: the money flows <em>within the period</em>, within the previous period of the same length
 * (the days just before {@code from}) and cumulated up to {@code to} — commitments (the committed amounts of the
 * agreements signed, by signature date), payments (PAID disbursements, by value date), co-financing raised (the
 * COMMITTED or RECEIVED co-financing lines of the agreements signed, by signature date) and recoveries received (by
 * receipt date);</li>
 * <li>{@link #projects}: the supported projects as of {@code to}, per axis and action (beneficiary, engaged amount,
 * paid up to {@code to}, recovered up to {@code to}, status);</li>
 * <li>{@link #recoveries}: the recoveries received within the period, one row per receipt.</li>
 * <li>{@link #cumulative}: the leverage trend — at the end of each month of the period (every three months when
 * the period is longer than two years), the commitments and co-financing raised cumulated since the start, and their
 * leverage.</li>
 * </ul>
 */
public class AnnualQueries {

    /** The flows of "the year in figures", in the order the report prints them. */
    public enum Flow {
        COMMITTED, PAID, COFINANCING, RECOVERED
    }

    /** One flow: within the period, within the previous period, cumulated to the period's end. */
    public record Flows(Flow flow, BigDecimal period, BigDecimal previous, BigDecimal cumulative) {
    }

    /** A supported project: a dossier the committee approved (the fund's money is engaged or paid). */
    public record Project(long dossierId, int axis, int action, String reference, String title, String beneficiary,
                          String status, BigDecimal engaged, BigDecimal paid, BigDecimal recovered) {
    }

    /** A recovery received: date, dossier, beneficiary, amount. */
    public record Recovery(LocalDate receivedOn, String reference, String beneficiary, BigDecimal amount) {
    }

    /**
     * One step of the leverage trend: cumulated up to {@code end}, the fund's commitments and the co-financing raised
     * (agreements signed by then) and the leverage (commitments + co-financing) / commitments, {@code null} while
     * nothing is committed.
     */
    public record Step(LocalDate end, BigDecimal committed, BigDecimal cofinancing, BigDecimal leverage) {
    }

    /** Beyond this many months a trend goes by quarters. */
    static final int MONTHLY_UP_TO = 24;

    /** The start of "cumulative": before any money of the fund. */
    static final LocalDate ORIGIN = LocalDate.of(1000, 1, 1);

    private static final String COMMITTED = "SELECT COALESCE(SUM(ag.committed_grant + ag.committed_advance"
            + " + ag.committed_equity), 0), COUNT(*) FROM agreement ag JOIN programme p ON p.id = ag.programme_id"
            + " WHERE p.code = ? AND ag.signed_on BETWEEN ? AND ?";
    private static final String PAID = "SELECT COALESCE(SUM(d.amount), 0), COUNT(*) FROM disbursement d"
            + " JOIN agreement ag ON ag.id = d.agreement_id JOIN programme p ON p.id = ag.programme_id"
            + " WHERE p.code = ? AND d.status = 'PAID' AND d.paid_on BETWEEN ? AND ?";
    private static final String COFINANCING = "SELECT COALESCE(SUM(c.amount), 0), COUNT(*) FROM dossier_cofinancing c"
            + " JOIN agreement ag ON ag.dossier_id = c.dossier_id JOIN programme p ON p.id = ag.programme_id"
            + " WHERE p.code = ? AND c.status IN ('COMMITTED', 'RECEIVED') AND ag.signed_on BETWEEN ? AND ?";
    private static final String RECOVERED = "SELECT COALESCE(SUM(r.amount), 0), COUNT(*) FROM recovery_receipt r"
            + " JOIN agreement ag ON ag.id = r.agreement_id JOIN programme p ON p.id = ag.programme_id"
            + " WHERE p.code = ? AND r.received_on BETWEEN ? AND ?";

    private final Rows rows;

    public AnnualQueries(Rows rows) {
        this.rows = rows;
    }

    /** The first day of the previous period: as many days before {@code from} as the period has. */
    public static LocalDate previousFrom(LocalDate from, LocalDate to) {
        return from.minusDays(ChronoUnit.DAYS.between(from, to) + 1);
    }

    /** Every flow of {@link Flow}, in order. */
    public List<Flows> flows(String programmeCode, LocalDate from, LocalDate to) {
        List<Flows> flows = new ArrayList<>();
        for (Flow flow : Flow.values()) {
            String sql = switch (flow) {
                case COMMITTED -> COMMITTED;
                case PAID -> PAID;
                case COFINANCING -> COFINANCING;
                case RECOVERED -> RECOVERED;
            };
            flows.add(new Flows(flow, sum(sql, programmeCode, from, to),
                    sum(sql, programmeCode, previousFrom(from, to), from.minusDays(1)),
                    sum(sql, programmeCode, ORIGIN, to)));
        }
        return flows;
    }

    /**
     * The supported projects as of {@code to}: the dossiers with an approving decision, engaged for the committed
     * amounts of their agreement when signed by {@code to}, else for the amounts the committee approved; paid and
     * recovered up to {@code to}; by axis, action and reference.
     */
    public List<Project> projects(String programmeCode, LocalDate to) {
        Date end = Date.valueOf(to);
        String sql = "SELECT d.id, ax.number, a.number, d.reference, d.title, o.legal_name, d.status,"
                + " CASE WHEN ag.id IS NOT NULL AND ag.signed_on <= ?"
                + " THEN ag.committed_grant + ag.committed_advance + ag.committed_equity"
                + " ELSE cd.approved_grant + cd.approved_advance + cd.approved_equity END,"
                + " (SELECT COALESCE(SUM(x.amount), 0) FROM disbursement x WHERE x.agreement_id = ag.id"
                + " AND x.status = 'PAID' AND x.paid_on <= ?),"
                + " (SELECT COALESCE(SUM(r.amount), 0) FROM recovery_receipt r WHERE r.agreement_id = ag.id"
                + " AND r.received_on <= ?)"
                + " FROM dossier d JOIN programme p ON p.id = d.programme_id"
                + " JOIN programme_action a ON a.id = d.action_id JOIN axis ax ON ax.id = a.axis_id"
                + " JOIN organisation o ON o.id = d.organisation_id"
                + " JOIN committee_decision cd ON cd.approved_dossier_id = d.id"
                + " LEFT JOIN agreement ag ON ag.dossier_id = d.id"
                + " WHERE p.code = ? AND CAST(cd.decided_at AS DATE) <= ?"
                + " ORDER BY ax.number, a.number, d.reference, d.id";
        return rows.select(sql, List.of(end, end, end, programmeCode, end)).stream()
                .map(r -> new Project(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue(), (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                        money(r[7]), money(r[8]), money(r[9])))
                .toList();
    }

    /** The recoveries received within the period, by date. */
    public List<Recovery> recoveries(String programmeCode, LocalDate from, LocalDate to) {
        return rows.select("SELECT r.received_on, d.reference, o.legal_name, r.amount FROM recovery_receipt r"
                        + " JOIN agreement ag ON ag.id = r.agreement_id JOIN programme p ON p.id = ag.programme_id"
                        + " JOIN dossier d ON d.id = ag.dossier_id JOIN organisation o ON o.id = d.organisation_id"
                        + " WHERE p.code = ? AND r.received_on BETWEEN ? AND ? ORDER BY r.received_on, r.id",
                        List.of(programmeCode, Date.valueOf(from), Date.valueOf(to))).stream()
                .map(r -> new Recovery(LocalDate.parse(r[0].toString()), (String) r[1], (String) r[2], money(r[3])))
                .toList();
    }

    /**
     * The leverage trend of the period: one {@link Step} at the end of each calendar month the period touches
     * (every three months beyond {@value #MONTHLY_UP_TO} months), the last one at {@code to}; each cumulative since the
     * fund's start, on the same basis as the cumulative leverage of the period (agreements signed: committed amounts
     * and their COMMITTED or RECEIVED co-financing). Two grouped queries, accumulated here.
     */
    public List<Step> cumulative(String programmeCode, LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, BigDecimal> committed = byDay(COMMITTED_BY_DAY, programmeCode, to);
        NavigableMap<LocalDate, BigDecimal> cofinancing = byDay(COFINANCING_BY_DAY, programmeCode, to);
        int months = (int) ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
        int stride = months > MONTHLY_UP_TO ? 3 : 1;
        List<Step> steps = new ArrayList<>();
        LocalDate end = from.withDayOfMonth(1).plusMonths(stride).minusDays(1);
        while (true) {
            LocalDate at = end.isAfter(to) ? to : end;
            BigDecimal fund = upTo(committed, at);
            BigDecimal raised = upTo(cofinancing, at);
            steps.add(new Step(at, fund, raised, fund.signum() == 0 ? null
                    : fund.add(raised).divide(fund, 2, RoundingMode.HALF_EVEN)));
            if (!at.isBefore(to)) {
                return steps;
            }
            end = end.plusDays(1).plusMonths(stride).minusDays(1);
        }
    }

    private static final String COMMITTED_BY_DAY = "SELECT ag.signed_on, SUM(ag.committed_grant"
            + " + ag.committed_advance + ag.committed_equity) FROM agreement ag"
            + " JOIN programme p ON p.id = ag.programme_id WHERE p.code = ? AND ag.signed_on <= ?"
            + " GROUP BY ag.signed_on";
    private static final String COFINANCING_BY_DAY = "SELECT ag.signed_on, SUM(c.amount) FROM dossier_cofinancing c"
            + " JOIN agreement ag ON ag.dossier_id = c.dossier_id JOIN programme p ON p.id = ag.programme_id"
            + " WHERE p.code = ? AND c.status IN ('COMMITTED', 'RECEIVED') AND ag.signed_on <= ?"
            + " GROUP BY ag.signed_on";

    private NavigableMap<LocalDate, BigDecimal> byDay(String sql, String programmeCode, LocalDate to) {
        NavigableMap<LocalDate, BigDecimal> days = new TreeMap<>();
        rows.select(sql, List.of(programmeCode, Date.valueOf(to)))
                .forEach(r -> days.put(LocalDate.parse(r[0].toString()), money(r[1])));
        return days;
    }

    private static BigDecimal upTo(NavigableMap<LocalDate, BigDecimal> days, LocalDate day) {
        return days.headMap(day, true).values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private BigDecimal sum(String sql, String programmeCode, LocalDate from, LocalDate to) {
        return money(rows.select(sql, List.of(programmeCode, Date.valueOf(from), Date.valueOf(to))).getFirst()[0]);
    }

    static BigDecimal money(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal(value.toString()).setScale(2, RoundingMode.UNNECESSARY);
    }
}
