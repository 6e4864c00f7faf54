package org.levier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.levier.portfolio.control.LeverageQueries;
import org.levier.portfolio.control.PortfolioQueries;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Leverage;
import org.levier.shared.control.JdbcRows;

/**
 * The generator at a small size on the embedded database with the real migrations: the sizes per dossier, the money
 * rules, the audit chain, labels, and determinism across a split range (two embedded databases in all). No timing here (benchmarks live in Bench).
 */
class SyntheticPortfolioOnH2Test {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aHundredDossiersWithTheirMoneyAndAVerifiableAuditChain() throws SQLException {
        try (Connection c = migrated("one")) {
            SyntheticPortfolio generator = new SyntheticPortfolio(c, 42, NOW);
            generator.prepareProgramme(100);
            SyntheticPortfolio.Counts counts = generator.generate(0, 100);

            // Per 20 dossiers: 10 agreements with 2×5 + 5×25 + 2×25 + 1×15 = 200 disbursements.
            assertThat(counts.of("dossier")).isEqualTo(100);
            assertThat(counts.of("organisation")).isEqualTo(20);
            assertThat(counts.of("agreement")).isEqualTo(50);
            assertThat(counts.of("disbursement")).isEqualTo(1000);
            assertThat(counts.of("dossier_budget_line")).isEqualTo(300);
            assertThat(counts.of("dossier_impact_target")).isEqualTo(200);
            assertThat(counts.of("audit_event")).isEqualTo(100);
            assertThat(Invariants.count(c, "SELECT COUNT(*) FROM disbursement", null)).isEqualTo(1000);
            assertThat(Invariants.count(c, "SELECT COUNT(*) FROM dossier WHERE status = 'IN_EXECUTION'", null))
                    .isEqualTo(25);

            assertThat(Invariants.money(c, SyntheticPortfolio.PROGRAMME)).allSatisfy((rule, broken) ->
                    assertThat(broken).as(rule).isZero());
            assertThat(Invariants.auditChain(c)).isEqualTo(100);
            assertThat(Invariants.count(c, "SELECT COUNT(*) FROM organisation WHERE demo = TRUE"
                    + " AND legal_name LIKE 'Organisation de démonstration n° %'", null)).isEqualTo(20);
            assertThat(Invariants.count(c, "SELECT COUNT(*) FROM disbursement WHERE status = 'PAID'", null))
                    .isPositive();

            // The application's aggregates run on it: what signed agreements commit is what the tranches schedule.
            JdbcRows rows = new JdbcRows(c);
            BigDecimal signed = new PortfolioQueries(rows).byInstrument(SyntheticPortfolio.PROGRAMME).stream()
                    .map(PortfolioQueries.Position::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal scheduled = (BigDecimal) rows.select("SELECT SUM(amount), COUNT(*) FROM agreement_tranche",
                    List.of()).getFirst()[0];
            assertThat(signed).isEqualByComparingTo(scheduled);
            Leverage committed = new LeverageQueries(rows).total(SyntheticPortfolio.PROGRAMME, Basis.COMMITTED);
            assertThat(committed.fundContribution()).isGreaterThan(signed);
            assertThat(committed.leverage()).isBetween(new BigDecimal("4"), new BigDecimal("11.36"));

            // The same data whatever the split of the range (the benchmark grows 10,000 to 100,000).
            try (Connection split = migrated("split")) {
                SyntheticPortfolio two = new SyntheticPortfolio(split, 42, NOW);
                two.prepareProgramme(100);
                two.generate(0, 45);
                two.generate(45, 100);
                String fingerprint = "SELECT COUNT(*), SUM(amount), SUM(CASE status WHEN 'PAID' THEN amount END)"
                        + " FROM disbursement";
                assertThat(new JdbcRows(split).select(fingerprint, List.of()).getFirst())
                        .containsExactly(rows.select(fingerprint, List.of()).getFirst());
                assertThat(Invariants.auditChain(split)).isEqualTo(100);
            }
        }
    }

    private static Connection migrated(String name) throws SQLException {
        String url = "jdbc:h2:mem:bench-" + name + System.nanoTime() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }
}
