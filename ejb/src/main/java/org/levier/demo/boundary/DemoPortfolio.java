package org.levier.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.sql.Connection;
import java.time.Clock;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.audit.boundary.AuditTrail;
import org.levier.demo.control.DemoPortfolioGenerator;
import org.levier.impact.control.ImpactSettings;
import org.levier.shared.control.Clocks;

/**
 * Demo portfolio ({@code levier.demo=true} and {@code levier.demo.portfolio=true}, env
 * {@code LEVIER_DEMO_PORTFOLIO}): at start-up, once per database, the synthetic Dunkerque portfolio of
 * {@link DemoPortfolioGenerator} (committed leverage exactly 7.68; impact targets and progress reports dated by the
 * impact component's configured schedule), in one transaction with one audit event.
 * Off by default: it commits the whole allotment, which would leave nothing for the agreements the integration
 * tests sign.
 */
@Startup
@Singleton
@DependsOn("DemoAccounts")
public class DemoPortfolio {

    private static final Logger LOG = System.getLogger(DemoPortfolio.class.getName());
    static final String PROGRAMME = DemoSeeding.DUNKERQUE;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ImpactSettings impact;

    @Inject
    @ConfigProperty(name = "levier.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "levier.demo.portfolio", defaultValue = "false")
    boolean portfolio;

    @PostConstruct
    void generate() {
        if (!demo || !portfolio) {
            return;
        }
        // The JDBC connection of this transaction (EclipseLink hands the one it uses): the rows commit or roll back
        // with the audit event below.
        DemoPortfolioGenerator generator = new DemoPortfolioGenerator(em.unwrap(Connection.class), Clocks.FUND_ZONE,
                impact.schedule());
        if (generator.alreadyGenerated()) {
            return;
        }
        DemoPortfolioGenerator.Generated generated = generator.generate(PROGRAMME, clock.instant());
        audit.recordAs(AuditTrail.SYSTEM, null, "demo-portfolio.generated", "Programme", PROGRAMME,
                "Demo portfolio generated: " + generated.dossiers() + " fictitious dossiers of "
                        + generated.organisations() + " demo organisations, " + generated.impactTargets()
                        + " impact targets, " + generated.progressReports() + " progress reports",
                Map.of("committedFund", generated.committedFund().toPlainString(),
                        "committedTotal", generated.committedTotal().toPlainString(),
                        "impactTargets", generated.impactTargets(),
                        "progressReports", generated.progressReports()));
        LOG.log(Level.INFO, "Demo portfolio for {0}: {1} dossiers, committed {2} of {3} projects", PROGRAMME,
                generated.dossiers(), generated.committedFund(), generated.committedTotal());
    }
}
