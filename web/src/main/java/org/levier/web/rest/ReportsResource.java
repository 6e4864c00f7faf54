package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.reports.ReportType;
import org.levier.reports.boundary.ReportFile;
import org.levier.reports.boundary.ReportJobs;
import org.levier.reports.boundary.ReportOutcome;
import org.levier.reports.boundary.ReportRequest;
import org.levier.reports.boundary.Reports;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.web.core.ApiValues;
import org.levier.web.core.Caller;
import org.levier.web.core.Downloads;

/**
 * {@code GET /api/v1/reports/{type}?format=pdf&programme=&dossier=&committee=&from=&to=&lang=fr|en}: a report as an
 * attachment ({@code committee}: the session id of the committee minutes), with its SHA-256 in
 * {@code X-Content-SHA256} (the same hash the audit trail records for the download).
 *
 * <p>{@code from}/{@code to} are ISO dates (Paris), both inclusive. An unknown type answers 404; a type of the
 * catalogue not produced yet (or a format not produced yet) 422 {@code report.not-yet-available}; a caller outside
 * the report's audience 403, a dossier the caller may not see 404.
 *
 * <p>A large report ({@code ReportProducer.large}: the audit-trail extract above
 * {@code levier.reports.audit.job-threshold} events) answers 202 Accepted with {@code Location:
 * /api/v1/report-jobs/{id}} and the job's status as body: see {@link ReportJobsResource}.
 */
@Path("reports")
public class ReportsResource {

    @Inject
    Reports reports;

    @Inject
    Caller caller;

    @Inject
    ReportJobs jobs;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{type}")
    @Operation(operationId = "downloadReport",
            summary = "Download a report (PDF; the audit trail also as CSV); its SHA-256 is recorded in the audit"
                    + " trail")
    public Response download(@PathParam("type") String type,
                             @QueryParam("format") @DefaultValue("pdf") String format,
                             @QueryParam("programme") String programme,
                             @QueryParam("dossier") Long dossier,
                             @QueryParam("committee") Long committee,
                             @QueryParam("from") String from,
                             @QueryParam("to") String to,
                             @QueryParam("lang") @DefaultValue("fr") String lang) {
        ReportType reportType;
        try {
            reportType = ReportType.fromApiName(type);
        } catch (IllegalArgumentException e) {
            throw new NotFound("report type " + type);
        }
        ReportOutcome outcome = reports.produce(new ReportRequest(reportType, format(format), blankToNull(programme),
                dossier, date(from, "from"), date(to, "to"), language(lang), committee),
                caller.isApplicant() ? caller.applicant() : null);
        if (outcome.isQueued()) {
            URI location = uriInfo.getBaseUriBuilder().path("report-jobs").path(String.valueOf(outcome.jobId()))
                    .build();
            return Response.accepted(ReportJobsResource.view(jobs.get(outcome.jobId())))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .location(location)
                    .build();
        }
        ReportFile file = outcome.file();
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", Downloads.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-SHA256", file.sha256())
                .build();
    }

    private static ReportType.Format format(String format) {
        try {
            return ReportType.Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("report.format.unknown", "format must be pdf, xlsx or csv",
                    List.of(new Violation("format", "pdf, xlsx or csv")));
        }
    }

    private static Locale language(String lang) {
        return switch (lang.trim().toLowerCase(Locale.ROOT)) {
            case "fr" -> Locale.FRENCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new RuleViolation("report.lang.unknown", "lang must be fr or en",
                    List.of(new Violation("lang", "fr or en")));
        };
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ApiValues.date(text.trim());
        } catch (ApiValues.Refused e) {
            throw new RuleViolation("report.date.invalid", field + " must be an ISO date (YYYY-MM-DD)",
                    List.of(new Violation(field, "YYYY-MM-DD")));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
