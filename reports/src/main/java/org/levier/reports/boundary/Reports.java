package org.levier.reports.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.reports.ReportType;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

/**
 * Produces the fund's reports for the caller's audience and records each download in the audit trail
 * ({@code report.downloaded}: type, parameters and the SHA-256 of the bytes handed out), in one transaction.
 *
 * <p>Each report type has its {@link ReportProducer}; a type without one answers {@link RuleViolation}
 * {@code report.not-yet-available} (422), a format the catalogue does not list for the type
 * {@code report.format.unsupported} (422).
 */
@Stateless
@RolesAllowed({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class Reports {

    static final String ENTITY = "Report";
    private static final List<String> ROLES = List.of(Role.APPLICANT_NAME, Role.ANALYST_NAME,
            Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME);

    @Inject
    Invocation invocation;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @Any
    Instance<ReportProducer> producers;

    @Inject
    ReportJobQueue jobs;

    /** The report types produced (each has a producer). */
    public Set<ReportType> available() {
        return producers.stream().map(ReportProducer::type).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The report, produced for the caller. {@code applicant} is the caller's organisation when it acts as an
     * applicant (null otherwise). 403 ({@code Forbidden}) outside the report's audience, 404 for a dossier the caller
     * may not see, 422 for a type or format not available or a missing or invalid parameter.
     */
    public ReportFile download(ReportRequest request, ApplicantContext applicant) {
        ReportCall call = call(request, applicant);
        ReportProducer.Produced produced = producer(request).produce(call);
        return record(request, call.texts(), produced);
    }

    /**
     * The report, or a background job for a large one ({@link ReportProducer#large}): the file straight away
     * (recorded as {@link #download} does), else the QUEUED job's id, whose file is downloaded from
     * {@link ReportJobs} once DONE. Same refusals as {@link #download}.
     */
    public ReportOutcome produce(ReportRequest request, ApplicantContext applicant) {
        ReportCall call = call(request, applicant);
        ReportProducer producer = producer(request);
        if (producer.large(call)) {
            return ReportOutcome.queued(jobs.enqueue(call));
        }
        return ReportOutcome.ready(record(request, call.texts(), producer.produce(call)));
    }

    /** The checks every report shares, then the caller as it is now (roles captured for later production). */
    ReportCall call(ReportRequest request, ApplicantContext applicant) {
        producer(request);
        if (!request.type().supports(request.format())) {
            throw new RuleViolation("report.format.unsupported", "The report " + request.type().apiName()
                    + " is not produced as " + request.format(),
                    List.of(new RuleViolation.Violation("format", "not produced for this report")));
        }
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            throw new RuleViolation("report.period.invalid", "from must not be after to",
                    List.of(new RuleViolation.Violation("from", "after to")));
        }
        Set<String> roles = ROLES.stream().filter(context::isCallerInRole).collect(Collectors.toSet());
        return new ReportCall(request, applicant, invocation.caller(), roles, clock.instant(),
                ReportRenderer.bundle(request.locale()));
    }

    ReportProducer producer(ReportRequest request) {
        return producers.stream().filter(p -> p.type() == request.type()).findFirst()
                .orElseThrow(() -> new RuleViolation("report.not-yet-available",
                        "The report " + request.type().apiName() + " is not available yet"));
    }

    /** Names the file, hashes it and records the download in the audit trail. */
    ReportFile record(ReportRequest request, ResourceBundle texts, ReportProducer.Produced produced) {
        byte[] content = produced.content();
        String sha256 = sha256(content);
        String fileName = recordDownload(request, produced.subject(), sha256, content.length);
        return new ReportFile(fileName, contentType(request.format()), content, sha256);
    }

    /**
     * Records in the audit trail the download by the caller of a report file about {@code subject} whose bytes hash
     * to {@code sha256} ({@code report.downloaded}, as for every report: also for a file a background job produced
     * earlier); the file's name.
     */
    public String recordDownload(ReportRequest request, String subject, String sha256, long bytes) {
        ResourceBundle texts = ReportRenderer.bundle(request.locale());
        String extension = request.format().name().toLowerCase(Locale.ROOT);
        String fileName = safe(request.type().apiName() + "-" + subject + "-"
                + DateTimeFormatter.BASIC_ISO_DATE.format(clock.instant().atZone(ReportRenderer.ZONE)))
                + "." + extension;
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("type", request.type().apiName());
        changes.put("format", extension);
        changes.put("lang", texts.getLocale().getLanguage());
        changes.put("programme", request.programme());
        changes.put("dossier", request.dossier());
        changes.put("committee", request.committee());
        changes.put("from", request.from() == null ? null : request.from().toString());
        changes.put("to", request.to() == null ? null : request.to().toString());
        changes.put("sha256", sha256);
        changes.put("bytes", bytes);
        changes.values().removeIf(Objects::isNull);
        audit.record("report.downloaded", ENTITY, request.type().apiName(),
                "Report " + request.type().apiName() + " (" + subject + ") downloaded, SHA-256 " + sha256,
                changes);
        return fileName;
    }

    /** The media type of a report format. */
    public static String contentType(ReportType.Format format) {
        return switch (format) {
            case PDF -> "application/pdf";
            case CSV -> "text/csv; charset=UTF-8";
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        };
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String safe(String name) {
        return new String(name.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII)
                .replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
