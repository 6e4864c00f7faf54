package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.levier.shared.boundary.DatabaseHealth;
import org.levier.web.core.RecentDatabaseHealth;

/**
 * {@code GET /api/v1/health}: UP when the database answers (503 DOWN otherwise); open to anyone. The database is
 * probed at most every quarter of a second ({@link RecentDatabaseHealth}).
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** Health answer. */
    public record Health(String status) {
    }

    @Inject
    DatabaseHealth database;

    @GET
    @SecurityRequirementsSet
    @Operation(summary = "Whether Levier and its database answer")
    public Response health() {
        return RecentDatabaseHealth.DATABASE.databaseAnswers(database::databaseAnswers)
                ? Response.ok(new Health("UP")).build()
                : Response.status(Response.Status.SERVICE_UNAVAILABLE).entity(new Health("DOWN")).build();
    }
}
