package org.levier.portfolio.control;

import org.levier.demo.control.DemoPortfolioGenerator;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.portfolio.entity.Basis;

/**
 * The annual report's figures on the demo portfolio (generated on 2026-11-28: agreements signed on 2026-07-01,
 * payments valued on 2026-08-30) with two recoveries, one in March and one in November: the report for 2026 and
 * the one for Q4 2026 differ within the period (and in their previous period) and agree on the cumulative totals.
 */
class AnnualQueriesOnH2Test {

    private static final LocalDate YEAR_FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate Q4_FROM = LocalDate.of(2026, 10, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private Connection connection;
    private Rows rows;
    private AnnualQueries queries;

    @BeforeEach
    void demoPortfolioWithTwoRecoveries() throws SQLException {
        connection = ProgrammeOnH2.open("annual");
        rows = new JdbcRows(connection);
        new DemoPortfolioGenerator(connection, ZoneId.of("Europe/Paris")).generate("TI-DK",
                Instant.parse("2026-11-28T10:00:00Z"));
        queries = new AnnualQueries(rows);
        Object[] agreement = rows.select("SELECT id, dossier_id, programme_id FROM agreement ORDER BY id", List.of())
                .getFirst();
        rows.update("INSERT INTO recovery_order (dossier_id, agreement_id, programme_id, amount, received, reason,"
                + " due_on, ordered_by, ordered_at) VALUES (?, ?, ?, 5000.00, 5000.00, 'Trop-perçu', ?, 'director',"
                + " ?)", List.of(agreement[1], agreement[0], agreement[2], Date.valueOf("2026-03-31"),
                Timestamp.from(Instant.parse("2026-03-01T10:00:00Z"))));
        Object order = rows.select("SELECT id, amount FROM recovery_order", List.of()).getFirst()[0];
        rows.update("INSERT INTO recovery_receipt (order_id, agreement_id, amount, received_on, bank_reference,"
                + " recorded_by, recorded_at) VALUES (?, ?, 2000.00, ?, 'R-MARCH', 'director', ?)",
                List.of(order, agreement[0], Date.valueOf("2026-03-10"), Timestamp.from(Instant.now())));
        rows.update("INSERT INTO recovery_receipt (order_id, agreement_id, amount, received_on, bank_reference,"
                + " recorded_by, recorded_at) VALUES (?, ?, 3000.00, ?, 'R-NOVEMBER', 'director', ?)",
                List.of(order, agreement[0], Date.valueOf("2026-11-15"), Timestamp.from(Instant.now())));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void theYearAndItsLastQuarterDifferWithinThePeriodAndAgreeOnTheCumulativeTotals() {
        List<AnnualQueries.Flows> year = queries.flows("TI-DK", YEAR_FROM, END);
        List<AnnualQueries.Flows> quarter = queries.flows("TI-DK", Q4_FROM, END);
        assertThat(year).extracting(AnnualQueries.Flows::flow).containsExactly(AnnualQueries.Flow.values());

        BigDecimal signed = sum("SELECT SUM(committed_grant + committed_advance + committed_equity), 0"
                + " FROM agreement");
        BigDecimal paid = sum("SELECT SUM(amount), 0 FROM disbursement WHERE status = 'PAID'");
        BigDecimal cofinancing = sum("SELECT SUM(c.amount), 0 FROM dossier_cofinancing c JOIN agreement ag"
                + " ON ag.dossier_id = c.dossier_id WHERE c.status IN ('COMMITTED', 'RECEIVED')");
        assertThat(signed).isEqualByComparingTo("30600000.00");
        assertThat(paid).isPositive();
        assertThat(cofinancing).isPositive();

        // 2026: everything happened within the year; the previous year (2025) had nothing.
        assertThat(flow(year, AnnualQueries.Flow.COMMITTED)).containsExactly(signed, zero(), signed);
        assertThat(flow(year, AnnualQueries.Flow.PAID)).containsExactly(paid, zero(), paid);
        assertThat(flow(year, AnnualQueries.Flow.COFINANCING)).containsExactly(cofinancing, zero(), cofinancing);
        assertThat(flow(year, AnnualQueries.Flow.RECOVERED)).containsExactly(new BigDecimal("5000.00"), zero(),
                new BigDecimal("5000.00"));

        // Q4 2026: signatures (July) and payments (August) fall in the previous period (Q3), the March recovery in
        // neither; only the November recovery is within the quarter.
        assertThat(flow(quarter, AnnualQueries.Flow.COMMITTED)).containsExactly(zero(), signed, signed);
        assertThat(flow(quarter, AnnualQueries.Flow.PAID)).containsExactly(zero(), paid, paid);
        assertThat(flow(quarter, AnnualQueries.Flow.COFINANCING)).containsExactly(zero(), cofinancing, cofinancing);
        assertThat(flow(quarter, AnnualQueries.Flow.RECOVERED)).containsExactly(new BigDecimal("3000.00"), zero(),
                new BigDecimal("5000.00"));
        assertThat(AnnualQueries.previousFrom(Q4_FROM, END)).isEqualTo(LocalDate.of(2026, 7, 1));

        // The cumulative column is the same in both reports; the realised basis is paid net of recoveries.
        for (int i = 0; i < year.size(); i++) {
            assertThat(quarter.get(i).cumulative()).isEqualTo(year.get(i).cumulative());
        }
        assertThat(new LeverageQueries(rows).total("TI-DK", Basis.REALISED, END).fundContribution())
                .isEqualByComparingTo(paid.subtract(new BigDecimal("5000.00")));

        // The recoveries of the period, one per receipt.
        assertThat(queries.recoveries("TI-DK", YEAR_FROM, END)).extracting(AnnualQueries.Recovery::amount)
                .containsExactly(new BigDecimal("2000.00"), new BigDecimal("3000.00"));
        assertThat(queries.recoveries("TI-DK", Q4_FROM, END)).singleElement()
                .satisfies(r -> assertThat(r.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 15)));
    }

    @Test
    void supportedProjectsAreTheApprovedDossiersByAxisWithTheirEngagedAndPaidAmounts() {
        List<AnnualQueries.Project> projects = queries.projects("TI-DK", END);
        assertThat(projects).hasSize(15);
        assertThat(projects).extracting(AnnualQueries.Project::axis).isSorted();
        assertThat(projects.stream().map(AnnualQueries.Project::engaged).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(DemoPortfolioGenerator.FUND);
        assertThat(projects.stream().map(AnnualQueries.Project::paid).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(sum("SELECT SUM(amount), 0 FROM disbursement WHERE status = 'PAID'"));
        assertThat(projects.stream().map(AnnualQueries.Project::recovered).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("5000.00");
        assertThat(projects).allSatisfy(p -> assertThat(p.beneficiary()).endsWith("(démo)"));
        // Before the committee's session (2026-05-12) nothing was approved; before the payments nothing was paid.
        assertThat(queries.projects("TI-DK", LocalDate.of(2026, 5, 11))).isEmpty();
        assertThat(queries.projects("TI-DK", LocalDate.of(2026, 8, 29))).hasSize(15)
                .allSatisfy(p -> assertThat(p.paid()).isEqualByComparingTo("0.00"));
    }

    private static List<BigDecimal> flow(List<AnnualQueries.Flows> flows, AnnualQueries.Flow which) {
        AnnualQueries.Flows f = flows.stream().filter(x -> x.flow() == which).findFirst().orElseThrow();
        return List.of(f.period(), f.previous(), f.cumulative());
    }

    private static BigDecimal zero() {
        return new BigDecimal("0.00");
    }

    private BigDecimal sum(String sql) {
        return AnnualQueries.money(rows.select(sql, List.of()).getFirst()[0]);
    }
}
