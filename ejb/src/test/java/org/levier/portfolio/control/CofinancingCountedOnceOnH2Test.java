package org.levier.portfolio.control;

import org.levier.demo.control.DemoPortfolioGenerator;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.cofinancing.control.LedgerSums;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.portfolio.entity.Leverage;

/**
 * The co-financing ledger against the leverage, on the embedded database with the real migrations (V11 included)
 * and the very SQL the application runs: a line evidenced by two documents is counted once; a confirmed amount
 * counts on the committed basis and not on the requested one (as submitted); the ledger's sums group by SQL.
 */
class CofinancingCountedOnceOnH2Test {

    private Connection connection;
    private Rows rows;

    @BeforeEach
    void demoPortfolio() throws SQLException {
        connection = ProgrammeOnH2.open("ledger");
        rows = new JdbcRows(connection);
        new DemoPortfolioGenerator(connection, ZoneId.of("Europe/Paris")).generate("TI-DK",
                Instant.parse("2026-11-28T10:00:00Z"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aLineWithTwoEvidenceDocumentsCountsOnceAndItsConfirmedAmountOnlyWhenCommitted() {
        LeverageQueries queries = new LeverageQueries(rows);
        Leverage committed = queries.total("TI-DK", Basis.COMMITTED);
        assertThat(committed.totalProjectCost()).isEqualByComparingTo("288000000.00");
        Leverage requested = queries.total("TI-DK", Basis.REQUESTED);
        List<LeverageQueries.Group> sources = queries.groups("TI-DK", Basis.COMMITTED, Breakdown.SOURCE);

        // A COMMITTED bank loan of an approved dossier, evidenced by a letter and a signed commitment.
        Object[] line = rows.select("SELECT c.id, c.dossier_id, c.amount FROM dossier_cofinancing c JOIN dossier d"
                + " ON d.id = c.dossier_id WHERE c.status = 'COMMITTED' AND c.source_type = 'BANK_LOAN'"
                + " AND d.status = 'APPROVED' ORDER BY c.id", List.of()).getFirst();
        long lineId = ((Number) line[0]).longValue();
        long dossierId = ((Number) line[1]).longValue();
        BigDecimal amount = (BigDecimal) line[2];
        Leverage dossierBefore = dossierRow(queries, dossierId);
        for (String file : List.of("letter-of-intent.pdf", "signed-commitment.pdf")) {
            rows.update("INSERT INTO document (dossier_id, kind, file_name, content_type, size_bytes, sha256, version,"
                    + " uploaded_by, uploaded_at) VALUES (?, 'COFINANCING_EVIDENCE', ?, 'application/pdf', 10, ?, 1,"
                    + " 'analyst@levier.example', '2026-11-28 10:00:00')", List.of(dossierId, file, "a".repeat(64)));
            long documentId = ((Number) rows.select("SELECT MAX(id) FROM document", List.of()).getFirst()[0])
                    .longValue();
            rows.update("INSERT INTO cofinancing_evidence (line_id, dossier_id, document_id, attached_by,"
                    + " attached_at) VALUES (?, ?, ?, 'analyst@levier.example', '2026-11-28 10:00:00')",
                    List.of(lineId, dossierId, documentId));
        }
        assertThat(((Number) rows.select("SELECT COUNT(*) FROM cofinancing_evidence WHERE line_id = ?",
                List.of(lineId)).getFirst()[0]).longValue()).isEqualTo(2);

        assertThat(queries.total("TI-DK", Basis.COMMITTED)).isEqualTo(committed);
        assertThat(queries.groups("TI-DK", Basis.COMMITTED, Breakdown.SOURCE)).isEqualTo(sources);
        assertThat(dossierRow(queries, dossierId)).isEqualTo(dossierBefore);

        // The staff confirm 1,000.00 less: the committed co-financing (and private money: a bank loan) lose exactly
        // 1,000.00; the requested basis keeps the amount submitted.
        rows.update("UPDATE dossier_cofinancing SET confirmed_amount = ? WHERE id = ?",
                List.of(amount.subtract(new BigDecimal("1000.00")), lineId));
        Leverage after = queries.total("TI-DK", Basis.COMMITTED);
        assertThat(after.cofinancing()).isEqualByComparingTo(committed.cofinancing().subtract(
                new BigDecimal("1000.00")));
        assertThat(after.privateMoney()).isEqualByComparingTo(committed.privateMoney().subtract(
                new BigDecimal("1000.00")));
        assertThat(after.fundContribution()).isEqualByComparingTo(committed.fundContribution());
        assertThat(queries.total("TI-DK", Basis.REQUESTED)).isEqualTo(requested);
    }

    @Test
    void theLedgerSumsGroupBySourceOrFunderAndStatus() {
        List<LedgerSums.Sum> bySource = sums(LedgerSums.By.SOURCE);
        // The demo plans: own funds, a bank loan, the region and a private investor per approved dossier.
        assertThat(bySource).extracting(LedgerSums.Sum::key).contains("BANK_LOAN", "OWN_FUNDS", "REGION");
        BigDecimal committedAndReceived = bySource.stream()
                .filter(s -> s.status() == CofinancingStatus.COMMITTED || s.status() == CofinancingStatus.RECEIVED)
                .map(LedgerSums.Sum::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byHand = (BigDecimal) rows.select("SELECT SUM(c.amount) FROM dossier_cofinancing c JOIN dossier d"
                + " ON d.id = c.dossier_id WHERE c.status IN ('COMMITTED', 'RECEIVED') AND d.status NOT IN"
                + " ('DRAFT', 'WITHDRAWN', 'INELIGIBLE', 'REJECTED')", List.of()).getFirst()[0];
        assertThat(committedAndReceived).isEqualByComparingTo(byHand);
        long lines = bySource.stream().mapToLong(LedgerSums.Sum::lines).sum();
        assertThat(lines).isEqualTo(((Number) rows.select("SELECT COUNT(*) FROM dossier_cofinancing c JOIN dossier d"
                + " ON d.id = c.dossier_id WHERE d.status NOT IN ('DRAFT', 'WITHDRAWN', 'INELIGIBLE', 'REJECTED')",
                List.of()).getFirst()[0]).longValue());

        List<LedgerSums.Sum> byFunder = sums(LedgerSums.By.FUNDER);
        assertThat(byFunder.stream().mapToLong(LedgerSums.Sum::lines).sum()).isEqualTo(lines);
        assertThat(byFunder).extracting(LedgerSums.Sum::label).contains("Banque fictive du Nord (démo)");
    }

    private List<LedgerSums.Sum> sums(LedgerSums.By by) {
        String sql = LedgerSums.sql(by).replaceAll("\\?\\d+", "?");
        return rows.select(sql, LedgerSums.parameters("TI-DK")).stream().map(LedgerSums::sum).toList();
    }

    private static Leverage dossierRow(LeverageQueries queries, long dossierId) {
        return queries.groups("TI-DK", Basis.COMMITTED, Breakdown.DOSSIER).stream()
                .filter(g -> g.key().equals(String.valueOf(dossierId))).findFirst().orElseThrow().sums();
    }
}
