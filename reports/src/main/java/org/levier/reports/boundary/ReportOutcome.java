package org.levier.reports.boundary;

/** What asking for a report gives: the file (small reports) or the id of the background job producing it. */
public record ReportOutcome(ReportFile file, Long jobId) {

    public static ReportOutcome ready(ReportFile file) {
        return new ReportOutcome(file, null);
    }

    public static ReportOutcome queued(long jobId) {
        return new ReportOutcome(null, jobId);
    }

    public boolean isQueued() {
        return jobId != null;
    }
}
