package org.levier.reports.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.levier.applicant.entity.Organisation;
import org.levier.audit.boundary.AuditTrail;
import org.levier.audit.entity.AuditEvent;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.ImpactIndicator;
import org.levier.identity.entity.Role;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.reports.ReportType;
import org.levier.reports.control.AuditRow;
import org.levier.reports.control.CsvWriter;
import org.levier.reports.control.DossierSheet;
import org.levier.reports.control.ReportHeader;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;

/**
 * Produces the fund's reports for the caller's audience and records each download in the audit trail
 * ({@code report.downloaded}: type, parameters and the SHA-256 of the bytes handed out), in one transaction.
 *
 * <p>Available so far: {@code audit-trail} (auditors; PDF and CSV) and {@code dossier-summary} (managers and auditors:
 * any dossier; an applicant: its own, another's does not exist for it; PDF). Every other type and format answers
 * {@link RuleViolation} {@code report.not-yet-available} (422). The audit-trail extract is produced synchronously
 * and refuses more than {@value #AUDIT_EXTRACT_CAP} events ({@code report.too-large}: narrow the period) until
 * background jobs with a virtualizer exist.
 */
@Stateless
@RolesAllowed({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME,
        Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class Reports {

    /** Largest audit-trail extract produced in the request (bounded memory until background jobs exist). */
    public static final int AUDIT_EXTRACT_CAP = 5000;
    static final String ENTITY = "Report";
    private static final Set<ReportType> AVAILABLE = EnumSet.of(ReportType.AUDIT_TRAIL, ReportType.DOSSIER_SUMMARY);
    private static final int AUDIT_PAGE = Page.MAX_SIZE;
    private static final int HASH_PREFIX = 12;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Dossiers dossiers;

    @Inject
    Programmes programmes;

    private final ReportRenderer renderer = new ReportRenderer();

    /**
     * The report, produced for the caller. {@code applicant} is the caller's organisation when it acts as an
     * applicant (null otherwise). 403 ({@link Forbidden}) outside the report's audience, 404 for a dossier the caller
     * may not see, 422 for a type or format not available yet or a missing parameter.
     */
    public ReportFile download(ReportRequest request, ApplicantContext applicant) {
        if (!AVAILABLE.contains(request.type())) {
            throw new RuleViolation("report.not-yet-available",
                    "The report " + request.type().apiName() + " is not available yet");
        }
        if (!request.type().supports(request.format())) {
            throw new RuleViolation("report.format.unsupported", "The report " + request.type().apiName()
                    + " is not produced as " + request.format(),
                    List.of(new RuleViolation.Violation("format", "not produced for this report")));
        }
        boolean csv = request.type() == ReportType.AUDIT_TRAIL && request.format() == ReportType.Format.CSV;
        if (request.format() != ReportType.Format.PDF && !csv) {
            throw new RuleViolation("report.not-yet-available", "Only PDF is available yet for "
                    + request.type().apiName(), List.of(new RuleViolation.Violation("format", "not available yet")));
        }
        if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
            throw new RuleViolation("report.period.invalid", "from must not be after to",
                    List.of(new RuleViolation.Violation("from", "after to")));
        }
        ResourceBundle texts = ReportRenderer.bundle(request.locale());
        byte[] content;
        String subject;
        switch (request.type()) {
            case AUDIT_TRAIL -> {
                Programme programme = programme(request.programme());
                content = csv ? auditTrailCsv(request) : auditTrail(request, programme, texts);
                subject = programme.getCode();
            }
            case DOSSIER_SUMMARY -> {
                Dossier dossier = dossier(request, applicant);
                content = dossierSummary(request, dossier, texts);
                subject = dossier.reference().orElse("dossier-" + dossier.getId());
            }
            default -> throw new IllegalStateException("unreachable: " + request.type());
        }
        String sha256 = sha256(content);
        String fileName = safe(request.type().apiName() + "-" + subject + "-"
                + DateTimeFormatter.BASIC_ISO_DATE.format(clock.instant().atZone(ReportRenderer.ZONE)))
                + (csv ? ".csv" : ".pdf");
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("type", request.type().apiName());
        changes.put("format", request.format().name().toLowerCase(Locale.ROOT));
        changes.put("lang", texts.getLocale().getLanguage());
        changes.put("programme", request.programme());
        changes.put("dossier", request.dossier());
        changes.put("from", request.from() == null ? null : request.from().toString());
        changes.put("to", request.to() == null ? null : request.to().toString());
        changes.put("sha256", sha256);
        changes.put("bytes", content.length);
        changes.values().removeIf(java.util.Objects::isNull);
        audit.record("report.downloaded", ENTITY, request.type().apiName(),
                "Report " + request.type().apiName() + " (" + subject + ") downloaded, SHA-256 " + sha256, changes);
        return new ReportFile(fileName, csv ? "text/csv; charset=UTF-8" : "application/pdf", content, sha256);
    }

    // --- audit-trail extract ---

    private byte[] auditTrail(ReportRequest request, Programme programme, ResourceBundle texts) {
        requireAuditor();
        AuditTrail.Verification verification = audit.verify();
        DateTimeFormatter time = DateTimeFormatter.ofPattern(
                "en".equals(texts.getLocale().getLanguage()) ? "yyyy-MM-dd HH:mm:ss" : "dd/MM/yyyy HH:mm:ss")
                .withZone(ReportRenderer.ZONE);
        List<AuditRow> rows = new ArrayList<>();
        forEachEvent(request, e -> rows.add(new AuditRow(e.getSeq(), time.format(e.getOccurredAt()), e.getActor(),
                e.getAction(), e.getEntityType() == null ? null
                        : e.getEntityType() + (e.getEntityId() == null ? "" : " #" + e.getEntityId()),
                e.getSummary(), e.getHash().substring(0, HASH_PREFIX))));
        String result = verification.valid()
                ? MessageFormat.format(texts.getString("audit.chain.valid"), verification.events())
                : MessageFormat.format(texts.getString("audit.chain.broken"),
                        String.valueOf(verification.firstBrokenSequence()), verification.events());
        Map<String, Object> parameters = Map.of("CHAIN_RESULT", result, "CHAIN_VALID", verification.valid());
        return renderer.pdf(ReportType.AUDIT_TRAIL, texts.getLocale(), header(programme, request), parameters, rows);
    }

    /**
     * The extract as CSV for auditors' tools: every column of the event (UTC ISO times, full hashes), same period and
     * cap as the PDF. The chain's verification is {@code GET /api/v1/audit/verify} (and the PDF's first page).
     */
    private byte[] auditTrailCsv(ReportRequest request) {
        requireAuditor();
        CsvWriter csv = new CsvWriter().row(List.of("seq", "occurred_at", "actor", "actor_role", "action",
                "entity_type", "entity_id", "summary", "changes", "prev_hash", "hash"));
        forEachEvent(request, e -> csv.row(java.util.Arrays.asList(e.getSeq(), e.getOccurredAt().toString(),
                e.getActor(), e.getActorRole(), e.getAction(), e.getEntityType(), e.getEntityId(), e.getSummary(),
                e.getChanges(), e.getPrevHash(), e.getHash())));
        return csv.bytes();
    }

    private void requireAuditor() {
        if (!context.isCallerInRole(Role.AUDITOR_NAME)) {
            throw new Forbidden("report.forbidden", "The audit-trail extract is for auditors");
        }
    }

    /** Every event of the request's period, oldest first, a page at a time; refused beyond the cap. */
    private void forEachEvent(ReportRequest request, java.util.function.Consumer<AuditEvent> action) {
        Instant from = request.from() == null ? null : request.from().atStartOfDay(ReportRenderer.ZONE).toInstant();
        Instant to = request.to() == null ? null
                : request.to().plusDays(1).atStartOfDay(ReportRenderer.ZONE).toInstant();
        for (int page = 0; ; page++) {
            Page<AuditEvent> events = audit.search(null, null, from, to, page, AUDIT_PAGE);
            if (events.total() > AUDIT_EXTRACT_CAP) {
                throw new RuleViolation("report.too-large", "The extract would hold " + events.total()
                        + " events; at most " + AUDIT_EXTRACT_CAP + " are produced at once for now: narrow the period",
                        List.of(new RuleViolation.Violation("from", "period too long")));
            }
            events.items().forEach(action);
            em.clear();
            if (events.items().size() < AUDIT_PAGE) {
                return;
            }
        }
    }

    // --- dossier summary ---

    private Dossier dossier(ReportRequest request, ApplicantContext applicant) {
        if (request.dossier() == null) {
            throw new RuleViolation("report.dossier.required", "The dossier summary needs the dossier parameter",
                    List.of(new RuleViolation.Violation("dossier", "required")));
        }
        if (applicant != null) {
            return dossiers.getOwn(applicant, request.dossier());
        }
        if (context.isCallerInRole(Role.ANALYST_NAME) || context.isCallerInRole(Role.FUND_DIRECTOR_NAME)
                || context.isCallerInRole(Role.AUDITOR_NAME)) {
            return dossiers.get(request.dossier());
        }
        throw new Forbidden("report.forbidden", "The dossier summary is for the fund's managers, auditors and the "
                + "dossier's applicant");
    }

    private byte[] dossierSummary(ReportRequest request, Dossier dossier, ResourceBundle texts) {
        Programme programme = em.find(Programme.class, dossier.getProgrammeId());
        ProgrammeAction action = em.find(ProgrammeAction.class, dossier.getActionId());
        Organisation organisation = em.find(Organisation.class, dossier.getOrganisationId());
        String language = texts.getLocale().getLanguage();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(texts.getLocale());
        NumberFormat number = NumberFormat.getNumberInstance(texts.getLocale());
        Map<String, ImpactIndicator> indicators = dossiers.indicators().stream()
                .collect(Collectors.toMap(ImpactIndicator::getCode, Function.identity()));

        List<DossierSheet.Line> requested = new ArrayList<>();
        for (Instrument instrument : Instrument.values()) {
            requested.add(new DossierSheet.Line(label(texts, "instrument." + instrument.name()), null, null,
                    dossier.getRequested(instrument).amount()));
        }
        List<DossierSheet.Line> budget = dossier.getBudgetLines().stream()
                .map(l -> new DossierSheet.Line(label(texts, "category." + l.getCategory().name()), l.getLabel(),
                        null, l.getAmount().amount()))
                .toList();
        List<DossierSheet.Line> cofinancing = dossier.getCofinancing().stream()
                .map(l -> new DossierSheet.Line(label(texts, "source." + l.getSourceType().name()), l.getFunder(),
                        l.getStatus() == null ? null : label(texts, "cofinancing." + l.getStatus().name()),
                        l.getAmount().amount()))
                .toList();
        List<DossierSheet.Item> targets = dossier.getImpactTargets().stream()
                .map(t -> {
                    ImpactIndicator indicator = indicators.get(t.getIndicator());
                    String value = number.format(t.getTarget() == null ? BigDecimal.ZERO : t.getTarget());
                    return indicator == null ? new DossierSheet.Item(t.getIndicator(), value)
                            : new DossierSheet.Item(indicator.label(language), value + " " + indicator.getUnit());
                })
                .toList();
        List<DossierSheet.Item> milestones = dossier.getMilestones().stream()
                .map(m -> new DossierSheet.Item(m.getTitle(),
                        m.getDueDate() == null ? "" : date.format(m.getDueDate())))
                .toList();
        String actionText = action == null ? "" : action.getNumber() + " – " + action.getTitle()
                + (action.getAxis() == null ? "" : " (" + action.getAxis().getNumber() + " – "
                + action.getAxis().title(language) + ")");
        String period = (dossier.getStartDate() == null ? "…" : date.format(dossier.getStartDate())) + " – "
                + (dossier.getEndDate() == null ? "…" : date.format(dossier.getEndDate()));
        DossierSheet sheet = new DossierSheet(dossier.reference().orElse(texts.getString("dossier.noReference")),
                dossier.getTitle(), organisation == null ? "" : organisation.getLegalName(), actionText,
                label(texts, "status." + dossier.getStatus().name()), period, dossier.getSummary(), requested, budget,
                cofinancing, targets, milestones);
        ReportRequest asOf = new ReportRequest(request.type(), request.format(), programme.getCode(),
                request.dossier(), null, null, request.locale());
        return renderer.pdf(ReportType.DOSSIER_SUMMARY, texts.getLocale(), header(programme, asOf), Map.of(),
                List.of(sheet));
    }

    // --- shared ---

    private Programme programme(String code) {
        if (code != null && !code.isBlank()) {
            return programmes.getByCode(code);
        }
        return programmes.list().stream().findFirst().orElseThrow(() -> new NotFound("programme"));
    }

    private ReportHeader header(Programme programme, ReportRequest request) {
        return new ReportHeader(programme.getCode(), programme.getName(), request.from(), request.to(),
                clock.instant(), context.getCallerPrincipal().getName());
    }

    private static String label(ResourceBundle texts, String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            return key.substring(key.indexOf('.') + 1);
        }
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
