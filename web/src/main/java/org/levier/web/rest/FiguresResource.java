package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.portfolio.boundary.ProgrammeFigures;
import org.levier.shared.control.Forbidden;
import org.levier.shared.entity.Role;

/**
 * {@code /api/v1/admin/figures}: the maintained programme figures. {@code POST rebuild} (administrators, audited)
 * recomputes them from the source rows; {@code GET check?programme=} (administrators, auditors, staff) compares them
 * with the {@code GROUP BY} aggregates and lists the figures that differ (none when in step).
 */
@Path("admin/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    ProgrammeFigures figures;

    @Inject
    HttpServletRequest request;

    @POST
    @Path("rebuild")
    @Operation(summary = "Rebuild the programme figures from the source rows: {\"dossiers\":n}")
    public Map<String, Long> rebuild() {
        if (!request.isUserInRole(Role.ADMIN_NAME)) {
            throw new Forbidden("admin.required", "Only an administrator rebuilds the programme figures");
        }
        return Map.of("dossiers", figures.rebuild());
    }

    @GET
    @Path("check")
    @Operation(summary = "Compare the maintained figures of a programme with the recomputed aggregates")
    public ProgrammeFigures.Check check(@QueryParam("programme") @DefaultValue("TI-DK") String programme) {
        return figures.check(programme);
    }
}
