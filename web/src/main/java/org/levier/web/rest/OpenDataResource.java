package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.levier.reports.boundary.OpenData;
import org.levier.reports.control.ScdlSubventions;
import org.levier.reports.control.Subvention;
import org.levier.web.core.Downloads;

/**
 * {@code GET /api/v1/open-data/subventions.csv} and {@code .json} {@code ?programme=}: the grants above 23,000 EUR of
 * the signed agreements in the SCDL <i>subventions</i> format (see {@link OpenData}), open to anyone; an unknown
 * programme 404. The CSV is the schema's tabular form, the JSON the same rows as objects.
 */
@Path("open-data")
public class OpenDataResource {

    @Inject
    OpenData openData;

    @GET
    @Path("subventions.csv")
    @SecurityRequirementsSet
    @Operation(summary = "Grants above 23,000 EUR of the signed agreements, SCDL subventions CSV (open data)")
    public Response csv(@QueryParam("programme") String programme) {
        return file(ScdlSubventions.csv(openData.subventions(programme)), ScdlSubventions.CSV_TYPE, "csv");
    }

    @GET
    @Path("subventions.json")
    @SecurityRequirementsSet
    @Operation(summary = "Grants above 23,000 EUR of the signed agreements, SCDL subventions rows as JSON (open data)")
    public Response json(@QueryParam("programme") String programme) {
        List<Subvention> grants = openData.subventions(programme);
        return file(ScdlSubventions.json(grants), ScdlSubventions.JSON_TYPE, "json");
    }

    private static Response file(byte[] content, String type, String extension) {
        return Response.ok(content, type)
                .header("Content-Disposition", Downloads.inline("subventions." + extension))
                .header("X-Content-Type-Options", "nosniff")
                .header("Access-Control-Allow-Origin", "*")
                .build();
    }
}
