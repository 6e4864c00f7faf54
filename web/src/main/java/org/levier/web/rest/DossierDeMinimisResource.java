package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.applicant.boundary.DeMinimisDeclarations;
import org.levier.applicant.boundary.DeMinimisStatement;
import org.levier.dossier.boundary.Dossiers;

/**
 * {@code GET /api/v1/dossiers/{id}/de-minimis} (staff, auditors): the de minimis aid the dossier's organisation
 * declared, each with its corrections, and the total over the 3 rolling years against the 300,000.00 EUR ceiling —
 * what the due-diligence item {@code AID_CUMULATION} checks.
 */
@Path("dossiers/{id}/de-minimis")
@Produces(MediaType.APPLICATION_JSON)
public class DossierDeMinimisResource {

    /** The statement. */
    public record StatementView(long organisationId, String from, String to, String rollingTotal, String ceiling,
                                String leftUnderCeiling, List<DeMinimisResource.CorrectedView> items) {
    }

    @Inject
    Dossiers dossiers;

    @Inject
    DeMinimisDeclarations declarations;

    @GET
    @Operation(summary = "The organisation's declared de minimis aid, corrections and 3-year rolling total")
    public StatementView statement(@PathParam("id") long dossierId) {
        DeMinimisStatement s = declarations.statement(dossiers.get(dossierId).getOrganisationId());
        return new StatementView(s.organisationId(), s.from().toString(), s.today().toString(),
                s.rollingTotal().toPlainString(), s.ceiling().toPlainString(), s.leftUnderCeiling().toPlainString(),
                s.aids().stream().map(a -> DeMinimisResource.view(a, s.correctionsOf(a.getId()))).toList());
    }
}
