package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.impact.boundary.ProgressReportView;
import org.levier.impact.boundary.ProgressReports;
import org.levier.impact.entity.ProgressSubmission;
import org.levier.web.core.Caller;

/**
 * {@code /api/v1/dossiers/{id}/progress-reports}: the progress reports of a dossier with a signed agreement, with
 * their due dates and overdue flags (owner, staff, auditors); the owner submits one
 * ({@code {"narrative","actuals":{"CO2_AVOIDED":"12.5"},"expenses":"1234.00"}}), staff accept it or return it
 * ({@code {"reason"}}). Bad input answers 422 naming every violation and stores nothing; another organisation's
 * dossier answers 404.
 */
@Path("dossiers/{id}/progress-reports")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressReportsResource {

    /** A report as the API shows it: dates ISO, money and values as strings. */
    public record ProgressReportJson(long id, long dossierId, int number, String kind, String periodFrom,
                                     String periodTo, String dueOn, String status, boolean overdue, String narrative,
                                     String expenses, Map<String, String> actuals, String submittedBy,
                                     String submittedAt, String reviewedBy, String reviewedAt, String returnReason,
                                     String reminderSentAt, String overdueRemindedAt, long version) {
    }

    /** The list answer. */
    public record ReportList(List<ProgressReportJson> items) {
    }

    /**
     * A progress report: the narrative, the actual value per indicator and the expenses. Values are the domain's to
     * read (numbers as written, checked there with every other rule of the report, all reported at once).
     */
    public record SubmissionBody(
            @Schema(example = "Travaux conformes au planning") @Text @Size(max = Bodies.TEXT_MAX) String narrative,
            @Schema(description = "Actual value per indicator code", example = "{\"JOBS_CREATED\": \"3\"}")
            @Size(max = Bodies.LIST_MAX) Map<@Text(multiline = false) @Size(max = 40) String,
                    @Text(multiline = false) @Size(max = 64) String> actuals,
            @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "25000.00",
                    description = Amount.DESCRIPTION) @Text(multiline = false) @Size(max = 64) String expenses) {
    }

    /** A reason (the domain requires one). */
    public record ReasonBody(@Schema(example = "Justificatifs des emplois manquants") @Text
    @Size(max = Bodies.TEXT_MAX) String reason) {
    }

    @Inject
    ProgressReports reports;

    @Inject
    Caller caller;

    @PathParam("id")
    long dossierId;

    @GET
    @Operation(operationId = "listProgressReports",
            summary = "The dossier's progress reports in schedule order, with overdue flags (owner, staff,"
            + " auditors)")
    public ReportList list() {
        List<ProgressReportView> found = caller.isApplicant() ? reports.listOwn(caller.applicant(), dossierId)
                : reports.list(dossierId);
        return new ReportList(found.stream().map(ProgressReportsResource::json).toList());
    }

    @POST
    @Path("{rid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitProgressReport",
            summary = "Submit a report: {\"narrative\",\"actuals\":{indicator: value},\"expenses\"} (the owner)")
    public ProgressReportJson submit(@PathParam("rid") long reportId, SubmissionBody body) {
        SubmissionBody request = Bodies.valid(body, "impact.report.invalid", "The progress report is invalid");
        ProgressSubmission submission = new ProgressSubmission(request.narrative(), request.actuals(),
                request.expenses());
        return json(reports.submit(caller.applicant(), dossierId, reportId, submission));
    }

    @POST
    @Path("{rid}/accept")
    @Operation(summary = "Accept a submitted report (analyst, director)")
    public ProgressReportJson accept(@PathParam("rid") long reportId) {
        return json(reports.accept(dossierId, reportId));
    }

    @POST
    @Path("{rid}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return a submitted report to the beneficiary: {\"reason\"} (analyst, director)")
    public ProgressReportJson returnForRework(@PathParam("rid") long reportId, ReasonBody body) {
        ReasonBody request = Bodies.validOrEmpty(body, () -> new ReasonBody(null), Bodies.REQUEST_INVALID,
                "The return is invalid");
        return json(reports.returnForRework(dossierId, reportId, request.reason()));
    }

    static ProgressReportJson json(ProgressReportView r) {
        Map<String, String> actuals = new LinkedHashMap<>();
        r.actuals().forEach((k, v) -> actuals.put(k, v.stripTrailingZeros().toPlainString()));
        return new ProgressReportJson(r.id(), r.dossierId(), r.number(), r.kind().name(),
                r.periodFrom().toString(), r.periodTo().toString(), r.dueOn().toString(), r.status().name(),
                r.overdue(), r.narrative(), r.expenses() == null ? null : ApiFormat.money(r.expenses()), actuals,
                r.submittedBy(), ApiFormat.instant(r.submittedAt()), r.reviewedBy(),
                ApiFormat.instant(r.reviewedAt()), r.returnReason(), ApiFormat.instant(r.reminderSentAt()),
                ApiFormat.instant(r.overdueRemindedAt()), r.version());
    }
}
