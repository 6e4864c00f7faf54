package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.committee.boundary.CommitteeDecisions;
import org.levier.committee.entity.Decision;
import org.levier.web.core.Caller;
import org.levier.web.rest.InstructionViews.DecisionView;

/**
 * {@code GET /api/v1/dossiers/{id}/decisions}: the committee's decisions on a dossier, oldest first. Staff and
 * auditors see who decided and the vote; the applicant sees its own dossier's outcomes, amounts, conditions and
 * reasons (another organisation's dossier: 404).
 */
@Path("dossiers/{id}/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DossierDecisionsResource {

    /** The list answer. */
    public record DecisionList(List<DecisionView> items) {
    }

    @Inject
    CommitteeDecisions decisions;

    @Inject
    Caller caller;

    @GET
    @Operation(operationId = "listDossierDecisions",
            summary = "The committee's decisions on the dossier (staff, auditors, the owner)")
    public DecisionList list(@PathParam("id") long dossierId) {
        boolean applicant = caller.isApplicant();
        List<Decision> found = applicant ? decisions.decisionsOwn(caller.applicant(), dossierId)
                : decisions.decisions(dossierId);
        return new DecisionList(found.stream().map(d -> InstructionViews.of(d, !applicant)).toList());
    }
}
