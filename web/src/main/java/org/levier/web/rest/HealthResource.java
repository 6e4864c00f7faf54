package org.levier.web.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.levier.identity.boundary.DatabaseHealth;
import org.levier.web.core.RecentDatabaseHealth;

/**
 * {@code GET /api/v1/health}: UP when the database answers (503 DOWN otherwise); open to anyone. The database is
 * probed at most every quarter of a second ({@link RecentDatabaseHealth}). One instance serves every request (no
 * per-request creation and injection) and the two answers are fixed texts (no JSON binding per request).
 */
@ApplicationScoped
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** Health answer (its shape: the answers below are its two values written out). */
    public record Health(String status) {
    }

    private static final String UP = "{\"status\":\"UP\"}";
    private static final String DOWN = "{\"status\":\"DOWN\"}";

    @Inject
    DatabaseHealth database;

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "Whether Levier and its database answer")
    public Response health() {
        return RecentDatabaseHealth.DATABASE.databaseAnswers(database::databaseAnswers)
                ? Response.ok(UP, MediaType.APPLICATION_JSON_TYPE).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(DOWN).build();
    }
}
