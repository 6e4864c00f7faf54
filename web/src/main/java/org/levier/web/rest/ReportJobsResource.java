package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.reports.boundary.ReportJob;
import org.levier.reports.boundary.ReportJobs;
import org.levier.web.core.Downloads;
import org.levier.web.core.Problem;

/**
 * {@code /api/v1/report-jobs}: the caller's report jobs (large reports produced in the background, see
 * {@link ReportsResource}). {@code GET /{id}} gives {@code {"status":"QUEUED|RUNNING|DONE|FAILED","progress":0..100,
 * ...}} and, once DONE, the file's link; {@code GET /{id}/file} the file (its download and SHA-256 recorded in the
 * audit trail, the hash also in {@code X-Content-SHA256}).
 *
 * <p>A job is its requester's only: anyone else gets 404. The file of a job that is QUEUED, RUNNING or FAILED answers
 * 409 Conflict (problem+json {@code report.job.not-ready} or {@code report.job.failed}, with the job's status): the
 * job exists but its file is not there in that state, which 404 would hide.
 */
@Path("report-jobs")
public class ReportJobsResource {

    /** A job as the API shows it. {@code file} is the file's path once DONE, else null. */
    public record JobView(long id, String type, String format, String status, int progress, String createdAt,
                          String startedAt, String finishedAt, String programme, Long dossier, String from,
                          String to, String lang, String file, Long bytes, String sha256, String error) {
    }

    @Inject
    ReportJobs jobs;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The caller's recent report jobs, newest first")
    public List<JobView> recent() {
        return jobs.recent().stream().map(ReportJobsResource::view).toList();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReportJob",
            summary = "A report job of the caller: status (QUEUED, RUNNING, DONE, FAILED) and progress (0..100)")
    public JobView get(@PathParam("id") long id) {
        return view(jobs.get(id));
    }

    @GET
    @Path("{id}/file")
    @Operation(operationId = "downloadReportJobFile",
            summary = "The file of a DONE report job (409 until then); its SHA-256 is recorded in the audit trail")
    public Response file(@PathParam("id") long id) {
        ReportJobs.ReportJobFile file;
        try {
            file = jobs.download(id);
        } catch (ReportJobs.NotReady e) {
            ReportJob job = e.job();
            return Response.fromResponse(Problem.of(Response.Status.CONFLICT,
                    job.status() == ReportJob.Status.FAILED ? "report.job.failed" : "report.job.not-ready",
                    e.getMessage(), List.of()).toResponse())
                    .header("X-Job-Status", job.status().name())
                    .build();
        }
        StreamingOutput body = out -> jobs.copy(id, out);
        return Response.ok(body, file.contentType())
                .header("Content-Disposition", Downloads.attachment(file.fileName()))
                .header("Content-Length", file.bytes())
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-SHA256", file.sha256())
                .build();
    }

    static JobView view(ReportJob job) {
        return new JobView(job.id(), job.request().type().apiName(),
                job.request().format().name().toLowerCase(Locale.ROOT), job.status().name(), job.progress(),
                ApiFormat.instant(job.createdAt()), job.startedAt() == null ? null : ApiFormat.instant(job.startedAt()),
                job.finishedAt() == null ? null : ApiFormat.instant(job.finishedAt()), job.request().programme(),
                job.request().dossier(), job.request().from() == null ? null : job.request().from().toString(),
                job.request().to() == null ? null : job.request().to().toString(),
                job.request().locale().getLanguage(), job.done() ? "/api/v1/report-jobs/" + job.id() + "/file" : null,
                job.bytes(), job.sha256(), job.error());
    }
}
