package org.levier.reports.boundary;

import java.time.LocalDate;
import java.util.Locale;
import org.levier.reports.ReportType;

/**
 * A report asked for: its type and format, the programme (code; default: the dossier's, else the first programme),
 * the dossier (dossier reports), the period {@code from}..{@code to} in Paris dates, both inclusive (each optional),
 * the language (French or English) and the committee session (id; the committee minutes).
 */
public record ReportRequest(ReportType type, ReportType.Format format, String programme, Long dossier,
                            LocalDate from, LocalDate to, Locale locale, Long committee) {

    /** A request without a committee session (every report but the committee minutes). */
    public ReportRequest(ReportType type, ReportType.Format format, String programme, Long dossier, LocalDate from,
                         LocalDate to, Locale locale) {
        this(type, format, programme, dossier, from, to, locale, null);
    }
}
