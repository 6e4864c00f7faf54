package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.identity.boundary.StaffAccounts;
import org.levier.shared.control.RuleViolation;

/**
 * {@code /api/v1/admin/users} (administrators): the fund's staff and their roles; invite by e-mail
 * ({@code {"email","displayName","roles":[…],"locale"}} → 201, a link to choose a password is mailed), replace
 * roles ({@code PUT …/{id}/roles {"roles":[…]}}), disable and enable. Nobody changes their own account; ADMIN is
 * never combined with ANALYST or FUND_DIRECTOR; APPLICANT is not granted here (422, nothing stored).
 */
@Path("admin/users")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    /** One staff account. */
    public record StaffView(long id, String email, String displayName, List<String> roles, boolean enabled,
                            boolean passwordChosen, String lastLoginAt, String createdAt) {

        static StaffView of(StaffAccounts.StaffMember m) {
            return new StaffView(m.id(), m.email(), m.displayName(), m.roles(), m.enabled(), m.passwordChosen(),
                    m.lastLoginAt() == null ? null : ApiFormat.instant(m.lastLoginAt()),
                    ApiFormat.instant(m.createdAt()));
        }
    }

    /** The list answer. */
    public record StaffList(List<StaffView> items, int page, int size, long total) {
    }

    /** An invitation. */
    public record Invitation(String email, String displayName, List<String> roles, String locale) {
    }

    /** The roles an account is to hold. */
    public record Roles(List<String> roles) {
    }

    @Inject
    StaffAccounts staff;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listStaff",
            summary = "Staff accounts with their roles, by e-mail")
    public StaffList list() {
        List<StaffView> items = staff.list().stream().map(StaffView::of).toList();
        return new StaffList(items, 0, items.size(), items.size());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getStaff",
            summary = "One staff account")
    public StaffView get(@PathParam("id") long id) {
        return StaffView.of(staff.get(id));
    }

    @POST
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteStaff",
            summary = "Invite a staff member: the account gets its roles and a mailed link to choose a password")
    @APIResponseSchema(value = StaffResource.StaffView.class, responseCode = "201")
    public Response invite(Invitation body) {
        Invitation invitation = required(body);
        StaffView created = StaffView.of(staff.invite(invitation.email(), invitation.displayName(),
                invitation.roles(), invitation.locale()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}/roles")
    @SmallJson
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a staff member's roles (never one's own)")
    public StaffView roles(@PathParam("id") long id, Roles body) {
        return StaffView.of(staff.changeRoles(id, required(body).roles()));
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable an account: its sessions and API tokens end at once (never one's own)")
    public StaffView disable(@PathParam("id") long id) {
        return StaffView.of(staff.disable(id));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable an account again")
    public StaffView enable(@PathParam("id") long id) {
        return StaffView.of(staff.enable(id));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolation("request.required", "A JSON body is required",
                    List.of(new RuleViolation.Violation("request", "required")));
        }
        return body;
    }
}
