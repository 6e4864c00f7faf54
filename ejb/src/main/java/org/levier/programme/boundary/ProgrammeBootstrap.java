package org.levier.programme.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.programme.control.DemoCalls;
import org.levier.programme.control.DemoProgrammes;
import org.levier.programme.control.ProgrammeCatalogue;

/**
 * At start-up, after the schema: the Dunkerque reference programme is loaded when absent, and in demo mode
 * ({@code LEVIER_DEMO=true}) one open demonstration call for projects is created for it when it has none, and a
 * second, small demonstration programme ({@code DEMO-2}) with its own open call.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ProgrammeBootstrap {

    private static final Logger LOG = System.getLogger(ProgrammeBootstrap.class.getName());

    @Inject
    ProgrammeCatalogue catalogue;

    @Inject
    DemoCalls demoCalls;

    @Inject
    DemoProgrammes demoProgrammes;

    @Inject
    @ConfigProperty(name = "levier.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void load() {
        catalogue.loadIfAbsent(ProgrammeCatalogue.DUNKERQUE)
                .ifPresent(p -> LOG.log(Level.INFO, "Loaded programme {0}: {1} axes", p.getCode(), p.getAxes().size()));
        if (demo) {
            demoCalls.openOneIfNone("TI-DK");
            demoProgrammes.loadIfAbsent().ifPresent(p -> demoCalls.openOneIfNone(p.getCode(),
                    DemoProgrammes.CALL_CODE));
        }
    }
}
