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

    @Inject
    Registrations registrations;

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @SmallJson
    @Operation(summary = "Invite a colleague into the caller's organisation (mailed a link to create an account)")
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
