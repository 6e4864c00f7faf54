package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.budget.boundary.Budgets;

/**
 * {@code /api/v1/programmes/{code}/budget}: the allotment and each action's envelope with what signed agreements
 * commit, what the committee's approvals awaiting their agreement reserve, what approvals recorded subject to funds
 * would need, and what is left (staff, committee members, auditors; enforced by {@link Budgets}).
 */
@Path("programmes/{code}/budget")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeBudgetResource {

    @Inject
    Budgets budgets;

    @GET
    @Operation(summary = "Allotment / envelopes, committed, reserved, awaiting funds and left, in total and per action")
    public WhatIfViews.BudgetView budget(@PathParam("code") String code) {
        return WhatIfViews.view(budgets.of(code));
    }
}
