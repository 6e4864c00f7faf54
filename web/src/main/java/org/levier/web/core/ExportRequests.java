package org.levier.web.core;

import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.entity.DossierStatus;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.reports.ReportType;
import org.levier.reports.boundary.ReportFile;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;

/**
 * The parameters of the exports, read the same way by the API ({@code ExportsResource},
 * {@code ProgrammesResource}) and by the back office's download ({@code /app/staff/export}); a bad value is a
 * {@link RuleViolation} {@code parameter.invalid} (422).
 */
public final class ExportRequests {

    private ExportRequests() {
    }

    /** csv or xlsx. */
    public static ReportType.Format format(String format) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> ReportType.Format.CSV;
            case "xlsx" -> ReportType.Format.XLSX;
            default -> throw invalid("format", "csv or xlsx");
        };
    }

    /** The dossier list's filters (those of {@code GET /api/v1/dossiers}). */
    public static DossierFilter dossierFilter(String status, String programme, String axis, String action,
                                              String call, String q) {
        DossierStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Arrays.stream(DossierStatus.values()).filter(s -> s.name().equalsIgnoreCase(status.strip()))
                    .findFirst().orElseThrow(() -> invalid("status", "one of "
                            + Arrays.toString(DossierStatus.values())));
        }
        Integer callId = integer("call", call);
        return new DossierFilter(wanted, programme, integer("axis", axis), integer("action", action),
                callId == null ? null : callId.longValue(), q);
    }

    /** An ISO date (Paris business date), or null when absent. */
    public static LocalDate asOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ApiValues.date(text.strip());
        } catch (ApiValues.Refused e) {
            throw invalid("asOf", e.getMessage());
        }
    }

    /** A basis, or null (all) when absent. */
    public static Basis basis(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Basis.fromParameter(text.strip()).orElseThrow(() -> invalid("basis", "one of "
                + Arrays.stream(Basis.values()).map(Basis::parameter).toList()));
    }

    /** axis, action or source, or null (the three) when absent; the per-dossier cut is not exported. */
    public static Breakdown by(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Breakdown.fromParameter(text.strip()).filter(b -> b != Breakdown.DOSSIER)
                .orElseThrow(() -> invalid("by", "one of [axis, action, source]"));
    }

    /** The file as an attachment, its SHA-256 (as audited) in {@code X-Content-SHA256}. */
    public static Response attachment(ReportFile file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", Downloads.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-SHA256", file.sha256())
                .build();
    }

    private static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,9}")) {
            throw invalid(name, "a whole number");
        }
        return Integer.parseInt(value.strip());
    }

    private static RuleViolation invalid(String name, String message) {
        return new RuleViolation("parameter.invalid", name + ": " + message, List.of(new Violation(name, message)));
    }
}
