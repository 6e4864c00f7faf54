package org.levier.reports.boundary;

/** A produced report: file name (ASCII), media type, bytes and their SHA-256 (hex), as recorded in the audit trail. */
public record ReportFile(String fileName, String contentType, byte[] content, String sha256) {
}
