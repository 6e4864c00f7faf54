package org.levier.reports.boundary;

import java.time.Instant;
import java.util.Set;

/**
 * A report produced in the background: who asked ({@code requester}, the roles captured when asked, the applicant
 * organisation when acting as an applicant, else null), the request, where it is ({@code progress} 0..100) and, once
 * {@link Status#DONE DONE}, the file's subject (used in its name), size and SHA-256; {@code error} once FAILED.
 */
public record ReportJob(long id, String requester, Set<String> roles, Long organisationId, ReportRequest request,
                        Status status, int progress, Instant createdAt, Instant startedAt, Instant finishedAt,
                        String error, String subject, Long bytes, String sha256) {

    /** QUEUED (waiting for a free slot), RUNNING, DONE (file ready), FAILED (see {@code error}). */
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public ReportJob {
        roles = Set.copyOf(roles);
    }

    public boolean done() {
        return status == Status.DONE;
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}
