package org.levier.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.identity.boundary.Users;

/**
 * {@code GET /api/v1/me}: who the caller is (e-mail, name, roles, organisation or null, locale). The cheapest
 * signed-in endpoint, measured by the HTTP benchmark as what any signed-in request costs: one instance for every
 * request and the boundary as the EJB's own view, as {@link DossiersResource} explains.
 */
@ApplicationScoped
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller; {@code organisation} is null for fund staff. */
    @JsonbNillable
    public record Me(String email, String displayName, List<String> roles,
                     @Schema(ref = "OrganisationSummary") Users.OrganisationSummary organisation, String locale) {
    }

    /** {@link Users.OrganisationSummary} as answered, for {@code /openapi} (the scanner reads the web module only). */
    @Schema(name = "OrganisationSummary")
    public record OrganisationView(Long id, String legalName, String legalForm, String siren, String siret,
                                   String foreignRegistration, String sizeClass, boolean demo) {
    }

    @EJB
    Users users;

    @GET
    @Operation(summary = "The signed-in caller")
    public Me me() {
        Users.Profile profile = users.me();
        return new Me(profile.email(), profile.displayName(), profile.roles(), profile.organisation(),
                profile.locale());
    }
}
