package org.levier.reports.boundary;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.IntConsumer;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.programme.entity.Programme;
import org.levier.reports.control.ReportHeader;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.control.Forbidden;

/**
 * One report being produced: the request, who asked (name, roles captured when asked, applicant organisation when
 * the caller acts as an applicant, else null), the texts of the request's language and the generation instant.
 * Roles are captured rather than looked up so that a report produced later (a background job) judges the same caller.
 * {@code progressSink} receives the production's progress (0..100) when the report is produced as a background job;
 * producers report through {@link #progress(int)}, a no-op for a report produced in the request.
 */
public record ReportCall(ReportRequest request, ApplicantContext applicant, String callerName, Set<String> roles,
                         Instant generatedAt, ResourceBundle texts, IntConsumer progressSink) {

    private static final IntConsumer NO_PROGRESS = percent -> { };

    public ReportCall {
        roles = Set.copyOf(roles);
        progressSink = progressSink == null ? NO_PROGRESS : progressSink;
    }

    /** A call produced in the request: progress is not reported. */
    public ReportCall(ReportRequest request, ApplicantContext applicant, String callerName, Set<String> roles,
                      Instant generatedAt, ResourceBundle texts) {
        this(request, applicant, callerName, roles, generatedAt, texts, NO_PROGRESS);
    }

    /** The same call reporting its progress to {@code sink}. */
    public ReportCall withProgress(IntConsumer sink) {
        return new ReportCall(request, applicant, callerName, roles, generatedAt, texts, sink);
    }

    /** Reports how far the production is, {@code percent} clamped to 0..100 (cheap: the sink throttles). */
    public void progress(int percent) {
        progressSink.accept(Math.max(0, Math.min(100, percent)));
    }

    public boolean inRole(String role) {
        return roles.contains(role);
    }

    /** 403 unless the caller has one of {@code allowed}; {@code audience} says who the report is for. */
    public void requireAnyRole(String audience, String... allowed) {
        if (Arrays.stream(allowed).noneMatch(roles::contains)) {
            throw new Forbidden("report.forbidden", "The report " + request.type().apiName() + " is for " + audience);
        }
    }

    public Locale locale() {
        return texts.getLocale();
    }

    public String language() {
        return texts.getLocale().getLanguage();
    }

    /** The shared report header for {@code programme} and the request's period. */
    public ReportHeader header(Programme programme) {
        return new ReportHeader(programme.getCode(), programme.getName(), request.from(), request.to(), generatedAt,
                callerName);
    }

    /** The text of {@code key}, or the part after its first dot when the bundle has none (an enum constant). */
    public String label(String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return key.substring(key.indexOf('.') + 1);
        }
    }

    /**
     * A unit of the impact catalogue ({@code t/year}, {@code jobs}…) in the report's language ({@code unit.<unit>} of
     * the bundle); the catalogue's own spelling for a unit the bundle does not know.
     */
    public String unit(String unit) {
        if (unit == null) {
            return null;
        }
        try {
            return texts.getString("unit." + unit);
        } catch (MissingResourceException e) {
            return unit;
        }
    }

    /** The renderer's zone-aware texts for {@code locale} (convenience for producers). */
    static ResourceBundle textsFor(Locale locale) {
        return ReportRenderer.bundle(locale);
    }
}
