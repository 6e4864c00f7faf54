package org.levier.portfolio.control;

import org.levier.demo.control.DemoPortfolioGenerator;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;

/**
 * The maintained programme figures against the {@code GROUP BY} aggregates on the embedded database (the run
 * command's H2, MODE=LEGACY, with the real migrations): equal after a rebuild of the demo portfolio, and still equal
 * after source rows change and only the dossiers concerned are refreshed (by deltas).
 */
class ProgrammeFiguresOnH2Test {

    private Connection connection;
    private Rows rows;

    @BeforeEach
    void demoPortfolio() throws SQLException {
        connection = ProgrammeOnH2.open("figures");
        rows = new JdbcRows(connection);
        new DemoPortfolioGenerator(connection, ZoneId.of("Europe/Paris")).generate("TI-DK",
                Instant.parse("2026-11-28T10:00:00Z"));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void rebuiltFiguresEqualTheAggregates() {
        assertThat(new FigureLedger(rows).rebuild()).isEqualTo(30);
        assertInStep();
        // Several pages of dossiers on the committed basis, so that the pages above are cut from the middle too.
        assertThat(new FigureQueries(rows, "TI-DK").groups(Basis.COMMITTED, Breakdown.DOSSIER)).hasSizeGreaterThan(14);
        // The demo's committed leverage, read from a few rows.
        assertThat(new FigureQueries(rows, "TI-DK").total(Basis.COMMITTED).leverage()).isEqualTo("7.6800");
    }

    @Test
    void refreshingTheDossiersThatChangedKeepsThemInStep() {
        FigureLedger ledger = new FigureLedger(rows);
        ledger.rebuild();
        long paid = LeverageQueries.number(rows.select("SELECT MIN(di.id) FROM disbursement di WHERE di.status"
                + " = 'PAID'", List.of()).getFirst()[0]);
        long approved = LeverageQueries.number(rows.select("SELECT MAX(di.id) FROM disbursement di WHERE di.status"
                + " = 'PAID'", List.of()).getFirst()[0]);
        long draftLike = LeverageQueries.number(rows.select("SELECT MIN(id) FROM dossier WHERE status IN"
                + " ('SUBMITTED', 'DUE_DILIGENCE', 'COMMITTEE')", List.of()).getFirst()[0]);
        rows.update("UPDATE disbursement SET status = 'CANCELLED' WHERE id = ?", List.of(paid));
        rows.update("UPDATE disbursement SET status = 'APPROVED' WHERE id = ?", List.of(approved));
        rows.update("UPDATE dossier SET status = 'WITHDRAWN' WHERE id = ?", List.of(draftLike));
        rows.update("UPDATE dossier_cofinancing SET status = 'RECEIVED', confirmed_amount = amount - 1000"
                + " WHERE dossier_id = (SELECT MIN(dossier_id) FROM agreement)", List.of());
        List<Long> touched = rows.select("SELECT ag.dossier_id FROM disbursement di JOIN agreement ag ON ag.id ="
                + " di.agreement_id WHERE di.id IN (?, ?)", List.of(paid, approved)).stream()
                .map(r -> LeverageQueries.number(r[0])).collect(java.util.stream.Collectors.toList());
        touched.add(draftLike);
        touched.add(LeverageQueries.number(rows.select("SELECT MIN(dossier_id) FROM agreement", List.of())
                .getFirst()[0]));
        assertThat(ledger.refresh(touched)).isPositive();
        assertInStep();
        // Nothing changed since: a second refresh writes nothing.
        assertThat(ledger.refresh(touched)).isZero();
    }

    @Test
    void theOutlineHoldsTheProgrammesActionsAndTheSameFigures() {
        new FigureLedger(rows).rebuild();
        ProgrammeOutline outline = ProgrammeOutline.read(rows, "TI-DK").orElseThrow();
        assertThat(outline.code()).isEqualTo("TI-DK");
        assertThat(outline.targetLeverage()).isEqualByComparingTo("7.68");
        assertThat(outline.allotment()).isEqualTo(new java.math.BigDecimal("37500000.00"));
        assertThat(outline.actions()).hasSize(15);
        assertThat(outline.actionLabels()).containsEntry("7", "Action 7").hasSize(15);
        assertThat(outline.axisLabels()).containsEntry("2", "Axe 2").hasSize(4);
        assertThat(outline.actions().values()).filteredOn(a -> a.number() == 13).singleElement()
                .extracting(ProgrammeOutline.Action::axisNumber).isEqualTo(4);
        assertThat(ProgrammeOutline.read(rows, "NOPE")).isEmpty();
        assertThat(ProgrammeOutline.read(rows, null)).isEmpty();
        // The figures read with the outline's actions answer as those read with the programme's own query.
        FigureQueries byCode = new FigureQueries(rows, "TI-DK");
        FigureQueries byOutline = new FigureQueries(rows, outline);
        for (Basis basis : Basis.values()) {
            assertThat(byOutline.total(basis)).isEqualTo(byCode.total(basis));
            for (Breakdown by : List.of(Breakdown.AXIS, Breakdown.ACTION, Breakdown.SOURCE)) {
                assertThat(byOutline.groups(basis, by)).isEqualTo(byCode.groups(basis, by)).isNotEmpty();
            }
        }
        assertThat(byOutline.byAction()).isEqualTo(byCode.byAction()).isNotEmpty();
        assertThat(byOutline.byAxis()).isEqualTo(byCode.byAxis());
    }

    /**
     * The leverage per dossier read from the dossiers' maintained figures: every row, and each page of 7 (the last
     * one short, the next empty), the slice of the aggregate's rows (same dossiers, order and sums), with its count.
     */
    private static void assertDossierPagesAreSlicesOfTheAggregate(FigureQueries maintained, LeverageQueries leverage,
                                                                  Basis basis) {
        List<LeverageQueries.Group> all = leverage.groups("TI-DK", basis, Breakdown.DOSSIER);
        assertThat(maintained.groups(basis, Breakdown.DOSSIER)).as(basis + " by dossier").isEqualTo(all);
        int size = 7;
        for (int page = 0; page <= all.size() / size + 1; page++) {
            long[] total = new long[1];
            long[] aggregateTotal = new long[1];
            List<LeverageQueries.Group> slice = all.subList(Math.min(all.size(), page * size),
                    Math.min(all.size(), page * size + size));
            assertThat(maintained.dossierPage(basis, page, size, total)).as(basis + " page " + page)
                    .isEqualTo(slice)
                    .isEqualTo(leverage.dossierPage("TI-DK", basis, null, page, size, aggregateTotal));
            assertThat(total[0]).isEqualTo(aggregateTotal[0]).isEqualTo(all.size());
        }
    }

    private void assertInStep() {
        FigureQueries maintained = new FigureQueries(rows, "TI-DK");
        LeverageQueries leverage = new LeverageQueries(rows);
        PortfolioQueries portfolio = new PortfolioQueries(rows);
        for (Basis basis : Basis.values()) {
            assertThat(maintained.total(basis)).as(basis.name()).isEqualTo(leverage.total("TI-DK", basis));
            for (Breakdown by : List.of(Breakdown.AXIS, Breakdown.ACTION, Breakdown.SOURCE)) {
                assertThat(maintained.groups(basis, by)).as(basis + " by " + by)
                        .isEqualTo(leverage.groups("TI-DK", basis, by));
            }
            assertDossierPagesAreSlicesOfTheAggregate(maintained, leverage, basis);
        }
        assertThat(maintained.byAxis()).isEqualTo(portfolio.byAxis("TI-DK"));
        assertThat(maintained.byAction()).isEqualTo(portfolio.byAction("TI-DK"));
        assertThat(maintained.byInstrument()).isEqualTo(portfolio.byInstrument("TI-DK"));
        assertThat(maintained.approvedNotSigned()).isEqualTo(portfolio.approvedNotSigned("TI-DK"));
        assertThat(maintained.approvedSubjectToFunds()).isEqualTo(portfolio.approvedSubjectToFunds("TI-DK"));
        assertThat(maintained.pipeline()).isEqualTo(portfolio.pipeline("TI-DK"));
    }
}
