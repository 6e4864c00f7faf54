package org.levier.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.demo.control.DemoCalls;
import org.levier.demo.control.DemoProgrammes;

/**
 * Demo mode ({@code levier.demo=true}) at start-up, once the Dunkerque programme is loaded
 * ({@code ProgrammeBootstrap}): one open demonstration call for projects ({@value DemoCalls#CODE}) for it when it has
 * none, and a second, small demonstration programme ({@value DemoProgrammes#CODE}) with its own open call
 * ({@value DemoProgrammes#CALL_CODE}). The demo component's first start-up step; then come the demo accounts
 * ({@link DemoAccounts}) and the demo portfolio ({@link DemoPortfolio}). Each step creates only what is absent.
 */
@Startup
@Singleton
@DependsOn("ProgrammeBootstrap")
public class DemoSeeding {

    static final String DUNKERQUE = "TI-DK";

    @Inject
    DemoCalls demoCalls;

    @Inject
    DemoProgrammes demoProgrammes;

    @Inject
    @ConfigProperty(name = "levier.demo", defaultValue = "false")
    boolean demo;

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
        demoCalls.openOneIfNone(DUNKERQUE);
        demoProgrammes.loadIfAbsent().ifPresent(p -> demoCalls.openOneIfNone(p.getCode(), DemoProgrammes.CALL_CODE));
    }
}
