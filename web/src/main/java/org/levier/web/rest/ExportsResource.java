package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.levier.reports.boundary.Exports;
import org.levier.web.core.ExportRequests;

/**
 * {@code GET /api/v1/exports/dossiers.csv|xlsx?status=&programme=&axis=&action=&call=&q=}: the staff's dossier
 * list with the filters of {@code GET /api/v1/dossiers}, every page, as a file (staff and auditors). The portfolio
 * and leverage exports are under {@code /api/v1/programmes/{code}/}. Each download is audited with its SHA-256,
 * also sent in {@code X-Content-SHA256}.
 */
@Path("exports")
public class ExportsResource {

    @Inject
    Exports exports;

    @GET
    @Path("dossiers.{format}")
    @Operation(summary = "The dossier list (same filters as GET /dossiers, all pages) as CSV (RFC 4180, UTF-8 with"
            + " BOM, plain decimals) or XLSX; audited with its SHA-256")
    public Response dossiers(@PathParam("format") @Parameter(required = true,
                                           schema = @Schema(enumeration = {"csv", "xlsx"}))
                             String format, @QueryParam("status") String status,
                             @QueryParam("programme") String programme, @QueryParam("axis") String axis,
                             @QueryParam("action") String action, @QueryParam("call") String call,
                             @QueryParam("q") String q) {
        return ExportRequests.attachment(exports.dossiers(
                ExportRequests.dossierFilter(status, programme, axis, action, call, q),
                ExportRequests.format(format)));
    }
}
