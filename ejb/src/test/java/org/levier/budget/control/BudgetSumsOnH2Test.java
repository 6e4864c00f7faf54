package org.levier.budget.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.demo.control.DemoPortfolioGenerator;
import org.levier.portfolio.control.BudgetSums;
import org.levier.portfolio.control.PortfolioQueries;
import org.levier.portfolio.control.ProgrammeOnH2;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;
import org.levier.shared.entity.Money;

/**
 * The budget's SQL on the embedded database of the run command (H2, real migrations): on the demo portfolio, which
 * commits or approves exactly the allotment, committed + reserved = 37,500,000.00; an approval recorded subject to
 * funds moves from reserved to awaiting funds, a terminated agreement keeps only what it engaged.
 */
class BudgetSumsOnH2Test {

    private Connection connection;
    private Rows rows;

    @BeforeEach
    void demoPortfolio() throws SQLException {
        connection = ProgrammeOnH2.open("budget");
        rows = new JdbcRows(connection);
        new DemoPortfolioGenerator(connection, ZoneId.of("Europe/Paris")).generate("TI-DK",
                Instant.parse("2026-11-28T10:00:00Z"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    static Money total(Map<Long, Money> sums) {
        return sums.values().stream().reduce(Money.ZERO, Money::plus);
    }

    @Test
    void theDemoPortfolioUsesTheWholeAllotment() throws SQLException {
        BudgetSums.Sums sums = BudgetSums.sums(rows, 1);
        Money committed = total(sums.committed());
        Money reserved = total(sums.reserved());
        assertThat(committed.plus(reserved)).isEqualTo(Money.eur("37500000.00"));
        assertThat(reserved.amount()).isEqualByComparingTo(new PortfolioQueries(rows).approvedNotSigned("TI-DK"));
        assertThat(total(sums.awaiting())).isEqualTo(Money.ZERO);
        assertThat(sums.committed().keySet()).hasSizeLessThanOrEqualTo(15);

        // One approval recorded subject to funds: it leaves the reservation for "awaiting funds".
        long dossier = ((Number) rows.select("SELECT MIN(cd.approved_dossier_id) FROM committee_decision cd"
                + " JOIN dossier d ON d.id = cd.approved_dossier_id WHERE d.status = 'APPROVED'", List.of())
                .getFirst()[0]).longValue();
        Money its = BudgetSums.money(rows.select(BudgetSums.RESERVATION_OF_DOSSIER, List.of(dossier))
                .getFirst()[0]);
        assertThat(its.isPositive()).isTrue();
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE committee_decision SET subject_to_funds = TRUE WHERE approved_dossier_id = "
                    + dossier);
        }
        BudgetSums.Sums after = BudgetSums.sums(rows, 1);
        assertThat(total(after.reserved())).isEqualTo(reserved.minus(its));
        assertThat(total(after.awaiting())).isEqualTo(its);
        assertThat(BudgetSums.money(rows.select(BudgetSums.RESERVATION_OF_DOSSIER, List.of(dossier))
                .getFirst()[0])).isEqualTo(Money.ZERO);

        // A terminated agreement keeps what it engaged: cancel one of its disbursements, the rest is released.
        Object[] paid = rows.select("SELECT di.id, di.amount FROM disbursement di JOIN agreement a"
                + " ON a.id = di.agreement_id JOIN dossier d ON d.id = a.dossier_id WHERE d.status = 'TERMINATED'"
                + " AND di.status = 'PAID' ORDER BY di.id LIMIT 1", List.of()).getFirst();
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE disbursement SET status = 'CANCELLED' WHERE id = " + paid[0]);
        }
        assertThat(total(BudgetSums.sums(rows, 1).committed()))
                .isEqualTo(committed.minus(BudgetSums.money(paid[1])));
    }
}
