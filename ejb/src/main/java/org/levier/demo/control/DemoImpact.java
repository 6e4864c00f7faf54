package org.levier.demo.control;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levier.impact.control.ReportSchedule;
import org.levier.impact.entity.ReportStatus;
import org.levier.shared.control.Rows;

/**
 * The impact part of the demo portfolio ({@link DemoPortfolioGenerator}, whose class comment tells which dossier
 * gets what): each dossier's targets, and the progress reports of a signed agreement dated by the impact
 * component's {@link ReportSchedule}, with their values. Plain rows in the caller's transaction; it counts what it
 * wrote.
 */
final class DemoImpact {

    /**
     * The impact targets of the committed dossier at each position (action 1..15 of Dunkerque: industrial ecology,
     * eco-materials, low-carbon steel, methanisation, heat networks, CO2 hydrogenation, wind-turbine revamping,
     * energy recovery, health observatory, decision tools, flue-gas treatment, ToileMaker, governance, learning
     * centre, territorial fund), as indicator code and target, repeated for longer programmes.
     */
    static final String[][][] TARGETS = {
            {{"MATERIALS_RECOVERED", "12000"}, {"CO2_AVOIDED", "25000"}, {"JOBS_CREATED", "40"}},
            {{"MATERIALS_RECOVERED", "8000"}, {"JOBS_CREATED", "25"}},
            {{"CO2_AVOIDED", "150000"}, {"JOBS_SAFEGUARDED", "300"}},
            {{"RENEWABLE_ENERGY", "20000"}, {"CO2_AVOIDED", "4000"}, {"JOBS_CREATED", "8"}},
            {{"CO2_AVOIDED", "6000"}, {"RENEWABLE_ENERGY", "15000"}},
            {{"CO2_AVOIDED", "40000"}, {"JOBS_CREATED", "60"}},
            {{"RENEWABLE_ENERGY", "50000"}, {"JOBS_CREATED", "30"}, {"MATERIALS_RECOVERED", "2000"}},
            {{"RENEWABLE_ENERGY", "5000"}, {"PEOPLE_TRAINED", "200"}},
            {{"PM10_REDUCED", "1500"}, {"NOX_REDUCED", "3000"}},
            {{"NOX_REDUCED", "2000"}, {"PEOPLE_TRAINED", "150"}},
            {{"PM10_REDUCED", "12000"}, {"NOX_REDUCED", "20000"}, {"JOBS_SAFEGUARDED", "50"}},
            {{"PEOPLE_TRAINED", "500"}, {"JOBS_CREATED", "10"}},
            {{"PEOPLE_TRAINED", "120"}},
            {{"PEOPLE_TRAINED", "1000"}, {"JOBS_CREATED", "5"}},
            {{"JOBS_CREATED", "100"}, {"JOBS_SAFEGUARDED", "200"}}};

    private final Rows sql;
    private final ReportSchedule schedule;
    private final String actor;
    private int targetCount;
    private int reportCount;

    DemoImpact(Rows sql, ReportSchedule schedule, String actor) {
        this.sql = sql;
        this.schedule = schedule;
        this.actor = actor;
    }

    int targets() {
        return targetCount;
    }

    int reports() {
        return reportCount;
    }

    /** The dossier's targets: those of its position in {@link #TARGETS}, times {@code share}. */
    void targets(long dossierId, int i, BigDecimal share) {
        for (String[] target : TARGETS[i % TARGETS.length]) {
            sql.update("INSERT INTO dossier_impact_target (dossier_id, indicator, target) VALUES (?, ?, ?)",
                    List.of(dossierId, target[0], new BigDecimal(target[1]).multiply(share).setScale(4,
                            java.math.RoundingMode.HALF_EVEN)));
            targetCount++;
        }
    }

    /**
     * The progress reports of a signed agreement, dated by the impact component's {@link ReportSchedule} from the
     * signature and the project's end (written on the dossier), with the statuses described on the class.
     */
    void progressReports(long dossierId, long agreementId, String state, int i, BigDecimal total,
                         Instant now, LocalDate today) {
        LocalDate signedOn = today.minusDays(150);
        LocalDate end = switch (state) {
            case "AGREEMENT_SIGNED" -> signedOn.plusMonths(36).minusDays(1);
            case "IN_EXECUTION" -> signedOn.plusMonths(24).minusDays(1);
            default -> signedOn.plusDays(60);
        };
        sql.update("UPDATE dossier SET start_date = ?, end_date = ? WHERE id = ?",
                List.of(Date.valueOf(signedOn), Date.valueOf(end), dossierId));
        Timestamp at = Timestamp.from(now);
        for (ReportSchedule.Slot slot : schedule.slots(signedOn, end)) {
            ReportStatus status = ReportStatus.DUE;
            BigDecimal share = null;
            BigDecimal expenses = null;
            if (state.equals("COMPLETED") && (i % TARGETS.length == 3 || i % TARGETS.length == 8)) {
                status = ReportStatus.ACCEPTED;
                share = i % TARGETS.length == 3 ? new BigDecimal("1.25") : new BigDecimal("0.90");
                expenses = total;
            } else if (state.equals("TERMINATED")) {
                status = ReportStatus.ACCEPTED;
                share = new BigDecimal("0.40");
                expenses = total.multiply(share).setScale(2, java.math.RoundingMode.HALF_EVEN);
            } else if (state.equals("IN_EXECUTION") && slot.number() == 1
                    && (i % TARGETS.length == 2 || i % TARGETS.length == 7)) {
                status = ReportStatus.SUBMITTED;
                share = new BigDecimal("0.50");
                expenses = total.multiply(new BigDecimal("0.20")).setScale(2, java.math.RoundingMode.HALF_EVEN);
            }
            boolean stated = status != ReportStatus.DUE;
            // An overdue demo report counts as already reminded: the creator of demo dossiers is no mailbox.
            boolean overdue = !stated && today.isAfter(slot.due());
            // Only the columns that have a value (List.of takes no null; the others stay NULL).
            StringBuilder columns = new StringBuilder("dossier_id, agreement_id, number, kind, period_from,"
                    + " period_to, due_on, status, submissions, created_at");
            List<Object> values = new ArrayList<>(List.of(dossierId, agreementId, slot.number(), slot.kind().name(),
                    Date.valueOf(slot.from()), Date.valueOf(slot.to()), Date.valueOf(slot.due()), status.name(),
                    stated ? 1 : 0, at));
            if (stated) {
                columns.append(", narrative, expenses, submitted_by, submitted_at");
                values.addAll(List.of("Rapport d'avancement de démonstration : travaux conformes au calendrier"
                        + " (démo).", expenses, actor, at));
            }
            if (status == ReportStatus.ACCEPTED) {
                columns.append(", reviewed_by, reviewed_at");
                values.addAll(List.of(actor, at));
            }
            if (overdue) {
                columns.append(", overdue_reminded_at");
                values.add(at);
            }
            sql.update("INSERT INTO progress_report (" + columns + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")", values);
            reportCount++;
            if (!stated) {
                continue;
            }
            long reportId = ((Number) sql.select("SELECT id, number FROM progress_report WHERE dossier_id = "
                    + dossierId + " AND number = ?", List.of(slot.number())).getFirst()[0]).longValue();
            for (String[] target : TARGETS[i % TARGETS.length]) {
                sql.update("INSERT INTO progress_report_value (report_id, dossier_id, indicator, actual)"
                        + " VALUES (?, ?, ?, ?)", List.of(reportId, dossierId, target[0], new BigDecimal(target[1])
                        .multiply(share).setScale(4, java.math.RoundingMode.HALF_EVEN)));
            }
        }
    }
}
