package org.levier.impact.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.demo.control.DemoPortfolioGenerator;
import org.levier.impact.control.ImpactQueries.Group;
import org.levier.impact.entity.ImpactBreakdown;
import org.levier.portfolio.control.ProgrammeOnH2;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;

/**
 * Target versus actual on the embedded database with the real migrations and the very SQL the application runs,
 * over the demo portfolio plus targets and reports written here: only dossiers with a signed agreement count, the
 * actual is the latest accepted value, indicators are never added together.
 */
class ImpactQueriesOnH2Test {

    private Connection connection;
    private Rows rows;

    @BeforeEach
    void migrateAndLoadTheDemoPortfolio() throws SQLException {
        connection = ProgrammeOnH2.open("impact");
        rows = new JdbcRows(connection);
        new DemoPortfolioGenerator(connection, ZoneId.of("Europe/Paris")).generate("TI-DK",
                Instant.parse("2026-11-28T10:00:00Z"));
        // The demo portfolio's own targets and reports (see DemoPortfolioOnH2Test) are removed: this test states
        // its own, hand-computed ones on the demo's dossiers.
        rows.update("DELETE FROM progress_report_value", List.of());
        rows.update("DELETE FROM progress_report", List.of());
        rows.update("DELETE FROM dossier_impact_target", List.of());
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void targetsOfSignedDossiersAgainstTheirLatestAcceptedValues() {
        // The demo portfolio's committed dossier of action k is APPROVED, AGREEMENT_SIGNED, IN_EXECUTION, COMPLETED,
        // TERMINATED for k = 1, 2, 3, 4, 5 (and again from 6); actions 1-4 are axis 1, 5-8 axis 2.
        long a1 = committedOfAction(2);      // AGREEMENT_SIGNED, axis 1
        long a1b = committedOfAction(3);     // IN_EXECUTION, axis 1
        long a5 = committedOfAction(7);      // AGREEMENT_SIGNED, axis 2
        long unsigned = committedOfAction(1);    // APPROVED: no agreement
        long terminated = committedOfAction(5);  // TERMINATED: an agreement, but it counts no more

        target(a1, "CO2_AVOIDED", "100");
        target(a1, "JOBS_CREATED", "10");
        target(a1b, "CO2_AVOIDED", "50.5");
        target(a5, "CO2_AVOIDED", "200");
        target(unsigned, "CO2_AVOIDED", "1000");
        target(terminated, "CO2_AVOIDED", "500");
        report(terminated, 1, "ACCEPTED", "400", null);

        // a1: report 1 accepted (CO2 40, jobs 4), report 2 accepted (CO2 60, jobs 6), report 3 submitted (99, 9).
        report(a1, 1, "ACCEPTED", "40", "4");
        report(a1, 2, "ACCEPTED", "60", "6");
        report(a1, 3, "SUBMITTED", "99", "9");
        // a1b: only a returned report: it has no accepted value.
        report(a1b, 1, "RETURNED", "45", null);
        // a5: report 1 accepted (CO2 250: beyond the target), report 2 due.
        report(a5, 1, "ACCEPTED", "250", null);
        report(a5, 2, "DUE", null, null);
        // The unsigned dossier's values never count (it cannot have reports in the application anyway).

        ImpactQueries queries = new ImpactQueries(rows);
        List<Group> byIndicator = queries.groups("TI-DK", ImpactBreakdown.INDICATOR);
        assertThat(byIndicator).hasSize(2);
        Group co2 = byIndicator.get(0);
        assertThat(co2.indicator()).isEqualTo("CO2_AVOIDED");
        assertThat(co2.unit()).isEqualTo("t/year");
        assertThat(co2.target()).isEqualByComparingTo("350.5");   // 100 + 50.5 + 200
        assertThat(co2.actual()).isEqualByComparingTo("310");      // 60 (a1, report 2) + 0 + 250
        assertThat(co2.ratio()).isEqualByComparingTo("0.8845");    // 310 / 350.5 = 0.88445...
        assertThat(co2.dossiers()).isEqualTo(3);
        assertThat(co2.reporting()).isEqualTo(2);
        Group jobs = byIndicator.get(1);
        assertThat(jobs.indicator()).isEqualTo("JOBS_CREATED");
        assertThat(jobs.target()).isEqualByComparingTo("10");
        assertThat(jobs.actual()).isEqualByComparingTo("6");
        assertThat(jobs.ratio()).isEqualByComparingTo("0.6000");

        List<Group> byAxis = queries.groups("TI-DK", ImpactBreakdown.AXIS);
        assertThat(byAxis).extracting(Group::key, Group::indicator).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "CO2_AVOIDED"), org.assertj.core.groups.Tuple.tuple(1, "JOBS_CREATED"),
                org.assertj.core.groups.Tuple.tuple(2, "CO2_AVOIDED"));
        assertThat(byAxis.get(0).target()).isEqualByComparingTo("150.5");
        assertThat(byAxis.get(0).actual()).isEqualByComparingTo("60");
        assertThat(byAxis.get(2).target()).isEqualByComparingTo("200");
        assertThat(byAxis.get(2).actual()).isEqualByComparingTo("250");
        assertThat(byAxis.get(2).ratio()).isEqualByComparingTo("1.2500");

        List<Group> byAction = queries.groups("TI-DK", ImpactBreakdown.ACTION);
        assertThat(byAction).extracting(Group::key).containsExactly(2, 2, 3, 7);
        assertThat(byAction.get(0).actual()).isEqualByComparingTo("60");
        assertThat(byAction.get(2).target()).isEqualByComparingTo("50.5");
        assertThat(byAction.get(2).actual()).isEqualByComparingTo("0");
        assertThat(byAction.get(2).reporting()).isZero();

        assertThat(queries.groups("OTHER", ImpactBreakdown.INDICATOR)).isEmpty();
    }

    private long committedOfAction(int action) {
        return ((Number) rows.select("SELECT d.id FROM dossier d JOIN programme_action a ON a.id = d.action_id"
                + " JOIN committee_decision cd ON cd.dossier_id = d.id WHERE a.number = ?", List.of(action))
                .getFirst()[0]).longValue();
    }

    private void target(long dossierId, String indicator, String value) {
        rows.update("INSERT INTO dossier_impact_target (dossier_id, indicator, target) VALUES (?, ?, ?)",
                List.of(dossierId, indicator, new java.math.BigDecimal(value)));
    }

    private void report(long dossierId, int number, String status, String co2, String jobs) {
        long agreementId = ((Number) rows.select("SELECT id FROM agreement WHERE dossier_id = ?",
                List.of(dossierId)).getFirst()[0]).longValue();
        rows.update("INSERT INTO progress_report (dossier_id, agreement_id, number, kind, period_from, period_to,"
                + " due_on, status, created_at) VALUES (?, ?, ?, 'INTERIM', DATE '2026-01-01', DATE '2026-06-30',"
                + " DATE '2026-07-30', ?, TIMESTAMP '2026-11-28 10:00:00')", List.of(dossierId, agreementId, number,
                status));
        long reportId = ((Number) rows.select("SELECT id FROM progress_report WHERE dossier_id = ? AND number = ?",
                List.of(dossierId, number)).getFirst()[0]).longValue();
        if (co2 != null) {
            value(reportId, dossierId, "CO2_AVOIDED", co2);
        }
        if (jobs != null) {
            value(reportId, dossierId, "JOBS_CREATED", jobs);
        }
    }

    private void value(long reportId, long dossierId, String indicator, String actual) {
        rows.update("INSERT INTO progress_report_value (report_id, dossier_id, indicator, actual) VALUES (?, ?, ?, ?)",
                List.of(reportId, dossierId, indicator, new java.math.BigDecimal(actual)));
    }
}
