package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.diligence.boundary.DocumentRequests;
import org.levier.shared.control.Forbidden;
import org.levier.shared.entity.Role;

/**
 * {@code POST /api/v1/admin/reminders/run} (administrators): sends now the document-request reminders (and those of
 * the requests for completion, {@code completions}) that the
 * quarter-hourly schedule would send, claimed in the database like the schedule's, so a reminder goes out once
 * however many nodes or calls run at the same time.
 */
@Path("admin/reminders")
@Produces(MediaType.APPLICATION_JSON)
public class RemindersResource {

    @Inject
    DocumentRequests requests;

    @Inject
    org.levier.dossier.boundary.DossierCompletions completions;

    @Inject
    HttpServletRequest request;

    @POST
    @Path("run")
    @Operation(summary = "Send the reminders due now: {\"sent\":n,\"completions\":m} (document requests and "
            + "requests for completion this call claimed)")
    public Map<String, Integer> run() {
        if (!request.isUserInRole(Role.ADMIN_NAME)) {
            throw new Forbidden("admin.required", "Only an administrator runs the reminders by hand");
        }
        return Map.of("sent", requests.sendReminders(), "completions", completions.sendReminders());
    }
}
