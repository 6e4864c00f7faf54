package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.levier.identity.boundary.StaffAccounts;

/**
 * {@code POST /api/v1/auth/set-password {"token","password"}} (public): an invited staff member chooses a password
 * with the token of the mailed link → 204; 422 for an unknown, expired or used link or a weak password.
 */
@Path("auth/set-password")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class PasswordSetupResource {

    /** The link's token and the chosen password. */
    public record PasswordChoice(String token, String password) {

        @Override
        public String toString() {
            return "PasswordChoice[]";
        }
    }

    @Inject
    StaffAccounts staff;

    @POST
    @SmallJson
    @Operation(summary = "Choose the password of an invited staff account with the token of the mailed link")
    public Response choose(PasswordChoice body) {
        PasswordChoice choice = StaffResource.required(body);
        staff.setPassword(choice.token(), choice.password());
        return Response.noContent().build();
    }
}
