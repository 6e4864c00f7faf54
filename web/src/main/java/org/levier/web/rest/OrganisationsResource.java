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
    public Response declareDeMinimis(String text) {
        // Read here, not bound to a JsonObject parameter: an array, null or a string is then a 400, not a 500.
        jakarta.json.JsonObject body = JsonBodies.object(text, false);
        java.util.List<RuleViolation.Violation> violations = new java.util.ArrayList<>();
        java.time.LocalDate grantedOn = null;
        org.levier.shared.entity.Money amount = null;
        try {
            grantedOn = ApiValues.date(JsonBodies.string(body, "grantedOn"));
        } catch (ApiValues.Refused e) {
            violations.add(new RuleViolation.Violation("grantedOn", e.getMessage()));
        } catch (RuleViolation e) {
            violations.add(new RuleViolation.Violation("grantedOn", "a string, e.g. \"2025-06-30\""));
        }
        try {
            amount = ApiValues.money(body.get("amount") == null ? null : ApiValues.moneyText(body.get("amount")));
        } catch (ApiValues.Refused e) {
            violations.add(new RuleViolation.Violation("amount", e.getMessage()));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("de-minimis.invalid", "The de minimis declaration is invalid", violations);
        }
        var aid = deMinimis.declare(grantedOn, amount, body.getString("grantingBody", null));
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
