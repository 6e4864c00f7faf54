package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.levier.identity.boundary.Tokens;
import org.levier.web.core.Problem;
import org.levier.web.security.BasicCredentials;
import org.levier.web.security.LevierAuthentication;

/**
 * {@code POST /api/v1/auth/token}: a bearer token for an e-mail and password, given as JSON
 * {@code {"email","password"}} or as an HTTP Basic header (public path; failures count towards the lockout).
 * Wrong credentials: 401, whatever the reason; the right password of an account whose address is not confirmed yet:
 * 403 {@code account.unconfirmed}, so that its owner learns what to do (the sign-in page says the same).
 * {@code DELETE /api/v1/auth/token}: revokes the bearer token presented (an API logout).
 */
@Path("auth/token")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    /** An e-mail and password (or none of them, with an HTTP Basic header instead). */
    public record CredentialsBody(@Schema(example = "applicant1@levier.example") String email,
                                  @Schema(format = "password") String password) {
    }

    /** An issued token; {@code expiresAt} in UTC. */
    @Schema(name = "TokenAnswer")
    public record TokenAnswer(String token, String tokenType,
                              @Schema(type = SchemaType.STRING, format = "date-time") Instant expiresAt) {
    }

    @Inject
    Tokens tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirementsSet
    @Operation(summary = "Issue a bearer token for an e-mail and password (JSON body or HTTP Basic)")
    @APIResponseSchema(value = TokenAnswer.class, responseCode = "200")
    public Response issue(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, CredentialsBody body) {
        Optional<UsernamePasswordCredential> credential = BasicCredentials.of(authorization).or(() -> body == null
                || body.email() == null || body.password() == null ? Optional.empty()
                : Optional.of(new UsernamePasswordCredential(body.email(), body.password())));
        if (credential.isEmpty()) {
            return problem(400, "Bad Request", "Give {\"email\",\"password\"} as JSON or an HTTP Basic header");
        }
        UsernamePasswordCredential login = credential.get();
        return tokens.issue(login.getCaller(), login.getPassword().getValue())
                .map(issued -> Response.ok(new TokenAnswer(issued.token(), "Bearer", issued.expiresAt())).build())
                .orElseGet(() -> Response.fromResponse(problem(401, "Unauthorized", "Invalid credentials"))
                        .header(HttpHeaders.WWW_AUTHENTICATE, LevierAuthentication.CHALLENGE).build());
    }

    @DELETE
    @Operation(summary = "Revoke the bearer token presented")
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return problem(400, "Bad Request", "Present the token to revoke as Authorization: Bearer <token>");
        }
        tokens.revoke(authorization.substring(7).strip());
        return Response.noContent().build();
    }

    private static Response problem(int status, String title, String detail) {
        return Problem.of(status, title, detail).toResponse();
    }
}
