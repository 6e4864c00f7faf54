package org.levier.reports.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the shared header of every report shows: the programme, the period (or the as-of date when {@code from} is
 * absent and {@code to} is the as-of date; both absent: everything up to the generation time), when and by whom it
 * was generated.
 */
public record ReportHeader(String programmeCode, String programmeName, LocalDate from, LocalDate to,
                           Instant generatedAt, String generatedBy) {
}
