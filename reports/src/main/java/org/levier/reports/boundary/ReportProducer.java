package org.levier.reports.boundary;

import org.levier.reports.ReportType;

/**
 * Produces one report type of the catalogue. {@link Reports} finds the producer of the requested type, checks the
 * format against {@link ReportType#supports}, then hands it the {@link ReportCall}; it records the download and its
 * SHA-256 in the audit trail. A producer checks its own audience ({@link ReportCall#requireAnyRole}) and its own
 * parameters (422 with the parameter named), reads through queries or boundaries (never the caller's rights by
 * guess), and runs in the caller's transaction.
 */
public interface ReportProducer {

    /** The report type produced. */
    ReportType type();

    /** The report in {@code call.request().format()}, for {@code call}'s caller. */
    Produced produce(ReportCall call);

    /**
     * Whether this report, for {@code call}, is large enough to be produced in the background ({@link ReportJobs}):
     * the request then answers 202 with the job's location instead of the file. Called in the request, with the
     * caller's rights: a producer that says {@code true} checks its audience and parameters here first (so a refusal
     * is immediate), and its {@link #produce} must then not depend on the EJB caller (the job runs on a managed
     * thread with no caller identity; its rights are the roles {@link ReportCall} captured). Default: never large.
     */
    default boolean large(ReportCall call) {
        return false;
    }

    /** A produced file: what the file is about (a programme code, a dossier reference: used in its name) and bytes. */
    record Produced(String subject, byte[] content) {
    }
}
