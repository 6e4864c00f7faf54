package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.reports.boundary.EvidencePacks;
import org.levier.shared.control.RuleViolation;
import org.levier.web.core.Downloads;

/**
 * {@code GET /api/v1/dossiers/{id}/evidence-pack?lang=fr|en} (auditors, fund directors): the dossier's evidence pack
 * as a ZIP attachment (see {@link EvidencePacks}), its SHA-256 in {@code X-Content-SHA256}, as the audit trail
 * records it.
 */
@Path("dossiers/{id}/evidence-pack")
public class DossierEvidencePackResource {

    @Inject
    EvidencePacks packs;

    @GET
    @Operation(operationId = "downloadEvidencePack",
            summary = "The dossier's evidence pack (ZIP: reports as PDF/A, leverage trace, audit extract,"
            + " SHA-256 manifest); the download is audited with its hash")
    public Response download(@PathParam("id") long dossierId,
                             @QueryParam("lang") @DefaultValue("fr") String lang) {
        Locale locale = switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new RuleViolation("report.lang.unknown", "lang must be fr or en",
                    List.of(new RuleViolation.Violation("lang", "fr or en")));
        };
        EvidencePacks.Pack pack = packs.pack(dossierId, locale);
        return Response.ok(pack.content(), "application/zip")
                .header("Content-Disposition", Downloads.attachment(pack.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-SHA256", pack.sha256())
                .build();
    }
}
