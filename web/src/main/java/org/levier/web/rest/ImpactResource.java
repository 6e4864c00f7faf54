package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.impact.boundary.Impacts;
import org.levier.impact.boundary.ProgressReports;
import org.levier.shared.control.Forbidden;
import org.levier.shared.entity.Role;

/**
 * {@code /api/v1/impact}: the indicator catalogue (anyone signed in, labels in {@code lang} fr/en) and, for staff
 * and administrators, {@code POST /impact/reminders/run}: schedules the reports of signed agreements that have none
 * and sends the progress report reminders due now, claimed in the database like the hourly schedule's, so each
 * reminder goes out once however many nodes or calls run at the same time.
 */
@Path("impact")
@Produces(MediaType.APPLICATION_JSON)
public class ImpactResource {

    /** The catalogue answer. */
    public record IndicatorList(List<Impacts.Indicator> items) {
    }

    @Inject
    Impacts impacts;

    @Inject
    ProgressReports reports;

    @Inject
    HttpServletRequest request;

    @GET
    @Path("indicators")
    @Operation(summary = "The impact indicator catalogue: code, unit, label")
    public IndicatorList indicators(@QueryParam("lang") String lang) {
        return new IndicatorList(impacts.indicators("en".equals(lang) ? "en" : "fr"));
    }

    @POST
    @Path("reminders/run")
    @Operation(summary = "Send the progress report reminders due now: {\"sent\":n} (analyst, director, admin)")
    public Map<String, Integer> runReminders() {
        if (!request.isUserInRole(Role.ANALYST_NAME) && !request.isUserInRole(Role.FUND_DIRECTOR_NAME)
                && !request.isUserInRole(Role.ADMIN_NAME)) {
            throw new Forbidden("staff.required", "Only the fund's staff run the reminders by hand");
        }
        return Map.of("sent", reports.sendReminders());
    }
}
