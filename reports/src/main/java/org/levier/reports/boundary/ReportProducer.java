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

    /** A produced file: what the file is about (a programme code, a dossier reference: used in its name) and bytes. */
    record Produced(String subject, byte[] content) {
    }
}
