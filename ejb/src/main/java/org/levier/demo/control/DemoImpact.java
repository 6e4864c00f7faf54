package org.levier.demo.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.levier.impact.control.ReportSchedule;
import org.levier.impact.entity.ReportStatus;

/**
 * The impact part of the demo portfolio ({@link DemoPortfolioGenerator}, whose class comment tells which dossier
 * gets what): each dossier's targets, and the progress reports of a signed agreement dated by the impact
 * component's {@link ReportSchedule}, with their values. Written through the shared {@link PortfolioRows}; it counts
 * what it wrote.
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

    private final PortfolioRows rows;
    private final ReportSchedule schedule;
    private final String actor;
    private int targetCount;
    private int reportCount;

    DemoImpact(PortfolioRows rows, ReportSchedule schedule, String actor) {
        this.rows = rows;
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
            rows.impactTarget(dossierId, target[0], new BigDecimal(target[1]).multiply(share).setScale(4,
                    java.math.RoundingMode.HALF_EVEN));
            targetCount++;
        }
    }

    /** The signature of a demo agreement: 150 days before the generation. */
    static LocalDate signedOn(LocalDate today) {
        return today.minusDays(150);
    }

    /**
     * The end of a signed demo project (its start is the signature), by the dossier's state: 36 months for
     * AGREEMENT_SIGNED, 24 for IN_EXECUTION, 60 days for COMPLETED and TERMINATED.
     */
    static LocalDate projectEnd(String state, LocalDate today) {
        LocalDate signedOn = signedOn(today);
        return switch (state) {
            case "AGREEMENT_SIGNED" -> signedOn.plusMonths(36).minusDays(1);
            case "IN_EXECUTION" -> signedOn.plusMonths(24).minusDays(1);
            default -> signedOn.plusDays(60);
        };
    }

    /**
     * The progress reports of a signed agreement, dated by the impact component's {@link ReportSchedule} from the
     * signature and the project's end ({@link #projectEnd}, written on the dossier), with the statuses described on
     * the class.
     */
    void progressReports(long dossierId, long agreementId, String state, int i, BigDecimal total,
                         Instant now, LocalDate today) {
        for (ReportSchedule.Slot slot : schedule.slots(signedOn(today), projectEnd(state, today))) {
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
            boolean accepted = status == ReportStatus.ACCEPTED;
            // An overdue demo report counts as already reminded: the creator of demo dossiers is no mailbox.
            boolean overdue = !stated && today.isAfter(slot.due());
            long reportId = rows.progressReport(new PortfolioRows.ProgressReport(dossierId, agreementId,
                    slot.number(), slot.kind().name(), slot.from(), slot.to(), slot.due(), status.name(),
                    stated ? 1 : 0, stated ? "Rapport d'avancement de démonstration : travaux conformes au"
                    + " calendrier (démo)." : null, expenses, stated ? actor : null, stated ? now : null,
                    accepted ? actor : null, accepted ? now : null, overdue ? now : null, now));
            reportCount++;
            if (!stated) {
                continue;
            }
            for (String[] target : TARGETS[i % TARGETS.length]) {
                rows.progressValue(reportId, dossierId, target[0], new BigDecimal(target[1]).multiply(share)
                        .setScale(4, java.math.RoundingMode.HALF_EVEN));
            }
        }
    }
}
