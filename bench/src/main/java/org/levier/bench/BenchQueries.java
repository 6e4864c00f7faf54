package org.levier.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.agreement.control.Ledger;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.DossierStatus;
import org.levier.portfolio.control.LeverageQueries;
import org.levier.portfolio.control.PortfolioQueries;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.shared.control.Rows;

/**
 * The timed queries, by name, in the order they run and are printed: the application's own code (bench/README.md,
 * "What is measured") — aggregates through {@link Rows}, the staff list, the ledger and the audit verification
 * through the application's beans.
 */
final class BenchQueries {

    private BenchQueries() {
    }

    /** The queries of programme {@code p}; {@code firstAgreement} and {@code firstCall} pick one of each. */
    static Map<String, Bench.Work> works(Rows rows, String p, Dossiers dossiers, AuditTrail audit, Ledger ledger,
                                         long firstAgreement, long firstCall) {
        LeverageQueries leverage = new LeverageQueries(rows);
        PortfolioQueries portfolio = new PortfolioQueries(rows);
    Map<String, Bench.Work> works = new LinkedHashMap<>();
    works.put("leverage total, committed", () -> leverage.total(p, Basis.COMMITTED));
    works.put("leverage total, realised", () -> leverage.total(p, Basis.REALISED));
    works.put("leverage by axis, committed", () -> leverage.groups(p, Basis.COMMITTED, Breakdown.AXIS));
    works.put("leverage by action, requested", () -> leverage.groups(p, Basis.REQUESTED, Breakdown.ACTION));
    works.put("leverage by source, committed", () -> leverage.groups(p, Basis.COMMITTED, Breakdown.SOURCE));
    works.put("leverage by dossier, committed (all rows)",
            () -> leverage.groups(p, Basis.COMMITTED, Breakdown.DOSSIER));
    works.put("leverage by dossier, committed, page 1 of 50",
            () -> leverage.dossierPage(p, Basis.COMMITTED, null, 0, 50, new long[1]));
    works.put("portfolio by axis", () -> portfolio.byAxis(p));
    works.put("portfolio by action", () -> portfolio.byAction(p));
    works.put("portfolio by instrument", () -> portfolio.byInstrument(p));
    works.put("portfolio approved not signed", () -> portfolio.approvedNotSigned(p));
    works.put("portfolio pipeline (count per status)", () -> portfolio.pipeline(p));
    Figures.maintained(rows, p).forEach(works::put);
    works.put("staff list, default order, page 1 of 20", () -> dossiers.list(DossierFilter.ALL, 0, 20, null)
            .items());
    works.put("staff list, status IN_EXECUTION, page 1",
            () -> dossiers.list(new DossierFilter(DossierStatus.IN_EXECUTION, null, null, null, null), 0, 20,
                    null).items());
    works.put("staff list, programme + axis 2, page 1",
            () -> dossiers.list(new DossierFilter(null, p, 2, null, null), 0, 20, null).items());
    works.put("staff list, search \"n° 4242\"",
            () -> dossiers.list(new DossierFilter(null, null, null, null, "n° 4242"), 0, 20, null).items());
    works.put("staff list, search \"synthétique\" (words)",
            () -> dossiers.list(new DossierFilter(null, null, null, null, "synthétique"), 0, 20, null)
                    .items());
    works.put("staff list, action 3, by title, page 1",
            () -> dossiers.list(new DossierFilter(null, null, null, 3, null), 0, 20, "title,asc").items());
    works.put("staff list, call filter, by creation, page 1",
            () -> dossiers.list(new DossierFilter(null, null, null, null, firstCall, null), 0, 20,
                    "createdAt,desc").items());
    works.put("staff list, by reference, page 251 (offset 5,000)",
            () -> dossiers.list(DossierFilter.ALL, 250, 20, "reference,asc").items());
    works.put("staff list, counts per status", () -> dossiers.countByStatus(DossierFilter.ALL).values());
    works.put("staff list, status IN_EXECUTION, by title, page 1",
            () -> dossiers.list(new DossierFilter(DossierStatus.IN_EXECUTION, null, null, null, null), 0, 20,
                    "title,asc").items());
    works.put("staff list, programme + axis 2, by reference, page 1",
            () -> dossiers.list(new DossierFilter(null, p, 2, null, null), 0, 20, "reference,desc").items());
    works.put("staff list, action 3, by creation, page 1",
            () -> dossiers.list(new DossierFilter(null, null, null, 3, null), 0, 20, "createdAt,desc")
                    .items());
    String reference = SyntheticPortfolio.PROGRAMME + "-" + java.time.Year.now(java.time.ZoneOffset.UTC)
            + "-0042";
    works.put("staff list, search a reference (\"" + reference + "\")",
            () -> dossiers.list(new DossierFilter(null, null, null, null, reference), 0, 20, null).items());
    works.put("staff list, search an organisation (\"démonstration 4242\")",
            () -> dossiers.list(new DossierFilter(null, null, null, null, "démonstration 4242"), 0, 20, null)
                    .items());
    works.put("staff list, search \"hydrogène\" (1 in 10), by title",
            () -> dossiers.list(new DossierFilter(null, null, null, null, "hydrogène"), 0, 20, "title,asc")
                    .items());
    works.put("staff list, search \"eolien mer\", status COMPLETED",
            () -> dossiers.list(new DossierFilter(DossierStatus.COMPLETED, null, null, null, "eolien mer"), 0,
                    20, null).items());
    works.put("staff list, search \"synthétique\", counts per status",
            () -> dossiers.countByStatus(new DossierFilter(null, null, null, null, "synthétique")).values());
    works.put("ledger of one agreement (per instrument)", () -> ledger.byInstrument(firstAgreement).values());
    works.put("audit chain verification (all events)", () -> {
        AuditTrail.Verification v = audit.verify();
        if (!v.valid()) {
            throw new IllegalStateException("audit chain broken at " + v.firstBrokenSequence());
        }
        return List.of(v);
    });
        return works;
    }
}
