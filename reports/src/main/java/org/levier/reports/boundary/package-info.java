/**
 * The report use case: who may have which report, producing it and recording its download (with the file's SHA-256)
 * in the audit trail.
 */
package org.levier.reports.boundary;
