package org.levier.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The public REST API, version 1 (contract: shared/design/API.md). */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Levier API", version = "1",
                description = "Territorial investment fund: programmes, calls, dossiers, due diligence, committee, "
                        + "agreements, disbursements, leverage, reports and the audit trail. Money is a JSON string "
                        + "with two decimals; dates are ISO-8601; errors are application/problem+json."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")})
public class RestApplication extends Application {
}
