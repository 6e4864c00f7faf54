package org.levier.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.List;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Role;

/**
 * Report jobs as their requester sees them: status and progress, the recent ones, the file once DONE. A job is its
 * requester's only: for anyone else it does not exist (404), like another applicant's dossier.
 *
 * <p>The file of a job not DONE yet (QUEUED, RUNNING) or FAILED answers {@link NotReady} (REST: 409 Conflict — the
 * job exists, its file is not there in its current state; 404 stays for "no such job of yours"). Downloading the
 * file records {@code report.downloaded} with its SHA-256 in the audit trail, as for every report.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class ReportJobs {

    /** Most jobs listed as "recent". */
    public static final int RECENT = 20;

    @Inject
    Invocation invocation;

    @Inject
    ReportJobStore store;

    @Inject
    Reports reports;

    /** The file of a job cannot be had in the job's state (an application exception: not wrapped, nothing logged). */
    @ApplicationException(rollback = true)
    public static class NotReady extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ReportJob job;

        public NotReady(ReportJob job) {
            super(job.status() == ReportJob.Status.FAILED
                    ? "Report job " + job.id() + " failed (" + job.error() + "): ask for the report again"
                    : "Report job " + job.id() + " is " + job.status() + " (" + job.progress()
                    + " %): its file is not ready yet");
            this.job = job;
        }

        public ReportJob job() {
            return job;
        }
    }

    /** The job, if the caller asked for it; 404 otherwise. */
    public ReportJob get(long id) {
        return store.find(id).filter(job -> job.requester().equals(invocation.caller()))
                .orElseThrow(() -> new NotFound("report job " + id));
    }

    /** The caller's newest jobs, newest first. */
    public List<ReportJob> recent() {
        return store.recent(invocation.caller(), RECENT);
    }

    /**
     * The DONE job's file as it will be handed out (name, type, size, SHA-256), its download recorded in the audit
     * trail; the bytes then come from {@link #copy}. 404 for another's job, {@link NotReady} until DONE.
     */
    public ReportJobFile download(long id) {
        ReportJob job = get(id);
        if (!job.done()) {
            throw new NotReady(job);
        }
        String fileName = reports.recordDownload(job.request(), job.subject(), job.sha256(), job.bytes());
        return new ReportJobFile(job.id(), fileName, Reports.contentType(job.request().format()), job.bytes(),
                job.sha256());
    }

    /** Writes the DONE job's file to {@code out}, a chunk at a time (the caller's job only). */
    public void copy(long id, OutputStream out) {
        ReportJob job = get(id);
        if (!job.done()) {
            throw new NotReady(job);
        }
        store.copy(id, out);
    }

    /** A job's file: name (ASCII), media type, size and SHA-256 (hex), as recorded in the audit trail. */
    public record ReportJobFile(long jobId, String fileName, String contentType, long bytes, String sha256) {
    }
}
