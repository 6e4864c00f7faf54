package org.levier.portfolio.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * At start-up, after the schema and the demo data: the programme figures are rebuilt when some dossier has none
 * (first start on the migration that created them, or dossiers written by SQL such as the demo portfolio's).
 */
@Startup
@Singleton
@DependsOn("DemoPortfolio")
public class FigureBootstrap {

    @Inject
    ProgrammeFigures figures;

    @PostConstruct
    void complete() {
        figures.rebuildIfIncomplete();
    }
}
