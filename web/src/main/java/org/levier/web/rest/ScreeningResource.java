package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.diligence.boundary.Diligences;
import org.levier.web.rest.DossierViews.DossierView;

/**
 * {@code /api/v1/dossiers/{id}/screening/...} (analysts and fund directors): the screening moves by name. They are
 * the same moves as {@code POST /dossiers/{id}/transitions} with {@code ELIGIBILITY_REVIEW}, {@code DUE_DILIGENCE}
 * or {@code INELIGIBLE}, through the same gates (the screening checklist must conclude before eligibility; the
 * applicant is told the reason of an ineligibility by e-mail).
 */
@Path("dossiers/{id}/screening")
@Produces(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    /** A comment or a reason (each optional here; the domain says when one is required). */
    public record CommentBody(@Schema(example = "Éligible : tous les critères sont remplis") @Text
    @Size(max = Bodies.TEXT_MAX) String comment,
                              @Schema(example = "Hors du territoire du programme") @Text
                              @Size(max = Bodies.TEXT_MAX) String reason) {
    }

    @Inject
    Diligences diligences;

    @PathParam("id")
    long dossierId;

    @POST
    @Path("start")
    @Operation(summary = "SUBMITTED → ELIGIBILITY_REVIEW: the file opens with the screening checklist")
    public DossierView start() {
        return DossierViews.of(diligences.startScreening(dossierId));
    }

    @POST
    @Path("eligible")
    @Operation(summary = "ELIGIBILITY_REVIEW → DUE_DILIGENCE: {\"comment\"} (optional); 422 lists the screening's"
            + " open points")
    public DossierView eligible(CommentBody body) {
        CommentBody request = Bodies.validOrEmpty(body, () -> new CommentBody(null, null), Bodies.REQUEST_INVALID,
                "The screening move is invalid");
        return DossierViews.of(diligences.declareEligible(dossierId, request.comment()));
    }

    @POST
    @Path("ineligible")
    @Operation(summary = "ELIGIBILITY_REVIEW → INELIGIBLE: {\"reason\"} (required, e-mailed to the applicant)")
    public DossierView ineligible(CommentBody body) {
        CommentBody request = Bodies.validOrEmpty(body, () -> new CommentBody(null, null), Bodies.REQUEST_INVALID,
                "The screening move is invalid");
        return DossierViews.of(diligences.declareIneligible(dossierId,
                request.reason() != null ? request.reason() : request.comment()));
    }
}
