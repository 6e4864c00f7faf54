package org.levier.portfolio.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.levier.audit.boundary.AuditTrail;
import org.levier.portfolio.control.FigureLedger;
import org.levier.portfolio.control.FigureQueries;
import org.levier.portfolio.control.LeverageQueries;
import org.levier.portfolio.control.PortfolioQueries;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.Rows;
import org.levier.shared.entity.Role;

/**
 * The maintained programme figures ({@link FigureLedger}) as an administered thing: rebuilt from the source rows on
 * demand (administrators, audited) or at start-up when some dossier has none (a database migrated to them, or rows
 * written by SQL such as the demo portfolio's), and checked against the independent {@code GROUP BY} aggregates.
 */
@Stateless
public class ProgrammeFigures {

    /** A figure whose maintained value differs from the recomputed one. */
    public record Difference(String figure, String maintained, String recomputed) {
    }

    /** The outcome of a check: how many figures were compared, and those that differ (none when in step). */
    public record Check(String programme, int compared, List<Difference> differences) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Recomputes every dossier's figures and the programme sums from the source rows; returns the dossiers. */
    @RolesAllowed(Role.ADMIN_NAME)
    public long rebuild() {
        long dossiers = new FigureLedger(Rows.of(em)).rebuild();
        audit.record("figures.rebuilt", "ProgrammeFigures", "all", "Programme figures rebuilt from " + dossiers
                + " dossiers", Map.of("dossiers", dossiers));
        return dossiers;
    }

    /** At start-up: rebuilds when a dossier has no figures yet (audited as the system). */
    @PermitAll
    public void rebuildIfIncomplete() {
        Object missing = Rows.of(em).select("SELECT COUNT(*) FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM"
                + " dossier_figures f WHERE f.dossier_id = d.id)", List.of()).getFirst()[0];
        if (((Number) missing).longValue() > 0) {
            long dossiers = new FigureLedger(Rows.of(em)).rebuild();
            audit.recordAs(AuditTrail.SYSTEM, null, "figures.rebuilt", "ProgrammeFigures", "all",
                    "Programme figures rebuilt at start-up from " + dossiers + " dossiers ("
                            + missing + " had none)", Map.of("dossiers", dossiers));
        }
    }

    /**
     * Compares today's maintained figures of a programme with the {@code GROUP BY} aggregates: the leverage on every
     * basis by axis, action and source type and in total, the portfolio per axis, action and instrument, the
     * approvals awaiting their agreement and the pipeline.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME, Role.FUND_DIRECTOR_NAME, Role.ANALYST_NAME})
    public Check check(String programmeCode) {
        Rows rows = Rows.of(em);
        if (rows.select("SELECT id FROM programme WHERE code = ?", List.of(String.valueOf(programmeCode)))
                .isEmpty()) {
            throw new NotFound("Programme " + programmeCode);
        }
        FigureQueries maintained = new FigureQueries(rows, programmeCode);
        LeverageQueries leverage = new LeverageQueries(rows);
        PortfolioQueries portfolio = new PortfolioQueries(rows);
        List<Difference> differences = new ArrayList<>();
        int compared = 0;
        for (Basis basis : Basis.values()) {
            compared += compare(differences, basis.parameter() + ".total", maintained.total(basis),
                    leverage.total(programmeCode, basis));
            for (Breakdown by : List.of(Breakdown.AXIS, Breakdown.ACTION, Breakdown.SOURCE)) {
                compared += compare(differences, basis.parameter() + ".by." + by.parameter(),
                        maintained.groups(basis, by), leverage.groups(programmeCode, basis, by));
            }
        }
        compared += compare(differences, "portfolio.axes", maintained.byAxis(), portfolio.byAxis(programmeCode));
        compared += compare(differences, "portfolio.actions", maintained.byAction(),
                portfolio.byAction(programmeCode));
        compared += compare(differences, "portfolio.instruments", maintained.byInstrument(),
                portfolio.byInstrument(programmeCode));
        compared += compare(differences, "portfolio.approvedNotSigned", maintained.approvedNotSigned(),
                portfolio.approvedNotSigned(programmeCode));
        compared += compare(differences, "portfolio.approvedSubjectToFunds", maintained.approvedSubjectToFunds(),
                portfolio.approvedSubjectToFunds(programmeCode));
        compared += compare(differences, "portfolio.pipeline", new java.util.TreeMap<>(maintained.pipeline()),
                new java.util.TreeMap<>(portfolio.pipeline(programmeCode)));
        return new Check(programmeCode, compared, differences);
    }

    private static int compare(List<Difference> differences, String figure, Object maintained, Object recomputed) {
        if (!Objects.equals(maintained, recomputed)) {
            differences.add(new Difference(figure, String.valueOf(maintained), String.valueOf(recomputed)));
        }
        return 1;
    }
}
