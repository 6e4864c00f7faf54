package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.applicant.boundary.InvitationAcceptance;
import org.levier.applicant.boundary.OrganisationForm;
import org.levier.applicant.boundary.Registered;
import org.levier.applicant.boundary.Registration;
import org.levier.applicant.boundary.Registrations;
import org.levier.shared.control.RuleViolation;

/**
 * Public applicant sign-up ({@code /api/v1/registrations}, no login):
 * <ul>
 * <li>{@code POST /registrations} → 201 {@code {"email","status":"PENDING_CONFIRMATION"}}, {@code Location} the
 * {@code me} resource the account reaches once confirmed. The same answer whether or not the address already has an
 * account (its owner is told by e-mail), so the answer carries no ids: they would tell the two cases apart.</li>
 * <li>{@code POST /registrations/confirm {"token"}} → 204, or 422 {@code registration.token.invalid}.</li>
 * <li>{@code POST /registrations/resend-confirmation {"email"}} → 202 for any address, known or not (no
 * enumeration); 422 when the body holds no address (absent, or no visible one-line text).</li>
 * <li>{@code POST /registrations/accept-invitation {"token","password","displayName"}} → 201
 * {@code {"userId","email","organisationId","status":"CONFIRMED"}}.</li>
 * </ul>
 * Bodies are plain strings converted by the boundary, so every wrong field is named in one 422; malformed JSON is
 * 400 and a body above 64 KiB 413, nothing stored.
 */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class RegistrationsResource {

    /** The sign-up form; every field a string, as typed. */
    public record RegistrationRequest(String email, String password, String displayName, String locale,
                                      OrganisationRequest organisation) {
    }

    /** The organisation of the sign-up form ({@code siret} takes a SIRET or a SIREN). */
    public record OrganisationRequest(String legalName, String legalForm, String siret, String foreignRegistration,
                                      String sizeClass, String addressLine, String postalCode, String city,
                                      String country) {
    }

    /** A confirmation or invitation token, as received by e-mail. */
    public record TokenRequest(String token) {
    }

    /**
     * An address to send the confirmation to again: required, one line of visible text (whether it has an account
     * is never told; whether it is a text at all is).
     */
    public record EmailRequest(@jakarta.validation.constraints.NotNull(message = "required") @Text(multiline = false)
                               @jakarta.validation.constraints.Size(max = 254) String email) {
    }

    /** An invited colleague's account. */
    public record AcceptanceRequest(String token, String password, String displayName) {
    }

    /** What a registration answers, whatever happened behind it. */
    @Schema(name = "Pending")
    public record Pending(String email, String status) {
    }

    /** An account created from an invitation. */
    public record Joined(long userId, String email, long organisationId, String status) {
    }

    @Inject
    Registrations registrations;

    @Context
    UriInfo uri;

    @POST
    @SmallJson
    @Operation(summary = "Sign up as an applicant with a new organisation; a confirmation link is sent by e-mail")
    @APIResponseSchema(value = RegistrationsResource.Pending.class, responseCode = "201")
    public Response register(RegistrationRequest body) {
        RegistrationRequest request = required(body);
        OrganisationRequest o = request.organisation();
        OrganisationForm organisation = o == null ? null
                : new OrganisationForm(o.legalName(), o.legalForm(), o.siret(), o.foreignRegistration(),
                o.sizeClass(), o.addressLine(), o.postalCode(), o.city(), o.country());
        Registered registered = registrations.register(new Registration(request.email(), request.password(),
                request.displayName(), request.locale(), organisation));
        return Response.created(uri.getBaseUriBuilder().path("me").build())
                .entity(new Pending(registered.email(), "PENDING_CONFIRMATION")).build();
    }

    @POST
    @Path("confirm")
    @SmallJson
    @Operation(summary = "Confirm an e-mail address with the token of the confirmation link")
    public Response confirm(TokenRequest body) {
        registrations.confirm(required(body).token());
        return Response.noContent().build();
    }

    @POST
    @Path("resend-confirmation")
    @SmallJson
    @Operation(summary = "Send the confirmation link again (answers 202 whether or not the address is known)")
    public Response resend(EmailRequest body) {
        registrations.resendConfirmation(Bodies.valid(body, Bodies.REQUEST_INVALID, "The address is invalid")
                .email());
        return Response.accepted().build();
    }

    @POST
    @Path("accept-invitation")
    @SmallJson
    @Operation(summary = "Create an invited colleague's account in the inviting organisation")
    @APIResponseSchema(value = RegistrationsResource.Joined.class, responseCode = "201")
    public Response acceptInvitation(AcceptanceRequest body) {
        AcceptanceRequest request = required(body);
        Registered joined = registrations.acceptInvitation(
                new InvitationAcceptance(request.token(), request.password(), request.displayName()));
        return Response.created(uri.getBaseUriBuilder().path("me").build())
                .entity(new Joined(joined.userId(), joined.email(), joined.organisationId(), "CONFIRMED")).build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolation("request.required", "A JSON body is required",
                    List.of(new RuleViolation.Violation("request", "required")));
        }
        return body;
    }
}
