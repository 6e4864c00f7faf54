package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.applicant.boundary.Registrations;
import org.levier.shared.control.RuleViolation;

/**
 * The caller's organisation: {@code POST /api/v1/organisations/me/invitations {"email","displayName"}} (an applicant
 * of that organisation) mails a colleague an invitation to join it → 202 {@code {"email","status":"INVITED"}}.
 */
@Path("organisations/me")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    /** Whom to invite. */
    public record InvitationRequest(String email, String displayName) {
    }

    /** An invitation on its way. */
    public record Invited(String email, String status) {
    }

    /** A de minimis aid received, as declared: {@code {"grantedOn","amount","grantingBody"}}. */
    public record DeMinimisView(Long id, String grantedOn, String amount, String grantingBody, String declaredBy,
                                String declaredAt) {
    }

    /** The organisation's declarations. */
    public record DeMinimisList(java.util.List<DeMinimisView> items, int page, int size, long total) {
    }

    @Inject
    Registrations registrations;

    @Inject
    org.levier.applicant.boundary.DeMinimisDeclarations deMinimis;

    @jakarta.ws.rs.GET
    @Path("de-minimis")
    @Operation(summary = "De minimis aid the caller's organisation declared (newest grant first)")
    public DeMinimisList deMinimis() {
        java.util.List<DeMinimisView> items = deMinimis.own().stream().map(OrganisationsResource::view).toList();
        return new DeMinimisList(items, 0, items.size(), items.size());
    }

    @POST
    @Path("de-minimis")
    @Consumes(MediaType.APPLICATION_JSON)
    @SmallJson
    @Operation(summary = "Declare a de minimis aid received by the caller's organisation (counted at submission"
            + " under a DE_MINIMIS call: 3 rolling years + the request <= 300,000.00 EUR)")
    @APIResponseSchema(value = OrganisationsResource.DeMinimisView.class, responseCode = "201")
    public Response declareDeMinimis(DeMinimisResource.DeMinimisBody body) {
        var request = Bodies.valid(body, DeMinimisResource.DeMinimisBody.INVALID,
                "The de minimis declaration is invalid");
        var aid = deMinimis.declare(Bodies.date(request.grantedOn()), Bodies.money(request.amount()),
                request.grantingBody());
        return Response.status(Response.Status.CREATED).entity(view(aid)).build();
    }

    private static DeMinimisView view(org.levier.applicant.entity.DeMinimisAid aid) {
        return new DeMinimisView(aid.getId(), aid.getGrantedOn().toString(), aid.getAmount().toPlainString(),
                aid.getGrantingBody(), aid.getDeclaredBy(), ApiFormat.instant(aid.getDeclaredAt()));
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @SmallJson
    @Operation(operationId = "inviteMember",
            summary = "Invite a colleague into the caller's organisation (mailed a link to create an account)")
    @APIResponseSchema(value = OrganisationsResource.Invited.class, responseCode = "202")
    public Response invite(InvitationRequest body) {
        if (body == null) {
            throw new RuleViolation("request.required", "A JSON body is required",
                    List.of(new RuleViolation.Violation("request", "required")));
        }
        registrations.invite(body.email(), body.displayName());
        return Response.accepted(new Invited(org.levier.identity.entity.User.normaliseEmail(body.email()), "INVITED"))
                .build();
    }
}
