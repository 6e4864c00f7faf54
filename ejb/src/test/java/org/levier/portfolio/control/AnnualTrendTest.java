package org.levier.portfolio.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.demo.control.DemoPortfolioGenerator;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;

/**
 * The annual report's leverage trend on the demo portfolio (agreements signed on 2026-07-01): one cumulative step
 * per month of the period, nothing before the signatures, the cumulative leverage of the period from July on; a
 * later agreement moves the steps after its signature only; a long period goes by three months.
 */
class AnnualTrendTest {

    private Connection connection;
    private Rows rows;
    private AnnualQueries queries;

    @BeforeEach
    void demoPortfolio() throws SQLException {
        connection = ProgrammeOnH2.open("trend");
        rows = new JdbcRows(connection);
        new DemoPortfolioGenerator(connection, ZoneId.of("Europe/Paris")).generate("TI-DK",
                Instant.parse("2026-11-28T10:00:00Z"));
        queries = new AnnualQueries(rows);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void oneCumulativeStepPerMonthFromZeroUntilTheSignaturesThenTheCumulativeLeverage() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        List<AnnualQueries.Step> trend = queries.cumulative("TI-DK", from, to);
        AnnualQueries.Flows committed = flow(queries.flows("TI-DK", from, to), AnnualQueries.Flow.COMMITTED);
        AnnualQueries.Flows cofinancing = flow(queries.flows("TI-DK", from, to), AnnualQueries.Flow.COFINANCING);

        assertThat(trend).extracting(AnnualQueries.Step::end).containsExactly(LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 5, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 31),
                LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31));
        assertThat(trend.subList(0, 6)).allSatisfy(s -> {
            assertThat(s.committed()).isEqualByComparingTo("0.00");
            assertThat(s.leverage()).isNull();
        });
        BigDecimal leverage = committed.cumulative().add(cofinancing.cumulative())
                .divide(committed.cumulative(), 2, java.math.RoundingMode.HALF_EVEN);
        assertThat(leverage).isGreaterThan(BigDecimal.ONE);
        assertThat(trend.subList(6, 12)).allSatisfy(s -> {
            assertThat(s.committed()).isEqualTo(committed.cumulative());
            assertThat(s.cofinancing()).isEqualTo(cofinancing.cumulative());
            assertThat(s.leverage()).isEqualTo(leverage);
        });

        // The last quarter: three steps, all cumulative since the fund's start.
        assertThat(queries.cumulative("TI-DK", LocalDate.of(2026, 10, 1), to))
                .extracting(AnnualQueries.Step::end, AnnualQueries.Step::leverage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 31), leverage),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 30), leverage),
                        org.assertj.core.groups.Tuple.tuple(to, leverage));
    }

    @Test
    void aLaterSignatureMovesOnlyTheStepsAfterItAndAPeriodEndingMidMonthEndsOnItsLastDay() {
        // Sign one agreement again later: its commitment moved to 2026-11-10 (no co-financing change).
        Object[] first = rows.select("SELECT id, committed_grant + committed_advance + committed_equity FROM agreement"
                + " ORDER BY id", List.of()).getFirst();
        rows.update("UPDATE agreement SET signed_on = ? WHERE id = ?", List.of(Date.valueOf("2026-11-10"), first[0]));

        List<AnnualQueries.Step> trend = queries.cumulative("TI-DK", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 20));
        assertThat(trend).extracting(AnnualQueries.Step::end).containsExactly(LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 20));
        assertThat(trend.get(0).committed()).isEqualTo(trend.get(1).committed());
        assertThat(trend.get(2).committed().subtract(trend.get(1).committed()))
                .isEqualByComparingTo(AnnualQueries.money(first[1]));
    }

    @Test
    void aPeriodLongerThanTwoYearsGoesByThreeMonths() {
        List<AnnualQueries.Step> trend = queries.cumulative("TI-DK", LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31));
        assertThat(trend).hasSize(12);
        assertThat(trend.getFirst().end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(trend.getLast().end()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(trend).extracting(AnnualQueries.Step::committed).isSortedAccordingTo(BigDecimal::compareTo);
    }

    private static AnnualQueries.Flows flow(List<AnnualQueries.Flows> flows, AnnualQueries.Flow which) {
        return flows.stream().filter(f -> f.flow() == which).findFirst().orElseThrow();
    }
}
