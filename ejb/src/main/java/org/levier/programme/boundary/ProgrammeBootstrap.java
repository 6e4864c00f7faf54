package org.levier.programme.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.levier.programme.control.ProgrammeCatalogue;

/**
 * At start-up, after the schema: the Dunkerque reference programme is loaded when absent. The demonstration calls
 * and programme of demo mode are the demo component's ({@code DemoSeeding}, which starts after this bean).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ProgrammeBootstrap {

    private static final Logger LOG = System.getLogger(ProgrammeBootstrap.class.getName());

    @Inject
    ProgrammeCatalogue catalogue;

    @PostConstruct
    void load() {
        catalogue.loadIfAbsent(ProgrammeCatalogue.DUNKERQUE)
                .ifPresent(p -> LOG.log(Level.INFO, "Loaded programme {0}: {1} axes", p.getCode(), p.getAxes().size()));
    }
}
