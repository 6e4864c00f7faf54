package org.levier.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.levier.identity.boundary.DatabaseHealth;
import org.levier.web.core.RecentDatabaseHealth;

/**
 * MicroProfile Health ({@code /health/ready}): ready while the database answers. Not a liveness check: a stalled
 * database is no reason to restart the node (it recovers by itself once the database answers again).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Inject
    DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database")
                .status(RecentDatabaseHealth.DATABASE.databaseAnswers(database::databaseAnswers)).build();
    }
}
