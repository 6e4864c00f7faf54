package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.levier.audit.boundary.AuditTrail;
import org.levier.audit.entity.AuditEvent;
import org.levier.identity.entity.Role;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.AuditRow;
import org.levier.reports.control.CsvWriter;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation;

/**
 * The audit-trail extract, for auditors: the events of the period with the chain's verification result (PDF), or
 * every column of each event for auditors' tools (CSV: UTC ISO times, full hashes). Produced in the request and
 * refused beyond {@value #AUDIT_EXTRACT_CAP} events ({@code report.too-large}: narrow the period) until background
 * jobs with a virtualizer exist.
 */
@ApplicationScoped
public class AuditTrailReport implements ReportProducer {

    /** Largest audit-trail extract produced in the request (bounded memory until background jobs exist). */
    public static final int AUDIT_EXTRACT_CAP = 5000;
    private static final int AUDIT_PAGE = Page.MAX_SIZE;
    private static final int HASH_PREFIX = 12;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ProgrammeLookup programmes;

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public ReportType type() {
        return ReportType.AUDIT_TRAIL;
    }

    @Override
    public Produced produce(ReportCall call) {
        call.requireAnyRole("auditors", Role.AUDITOR_NAME);
        Programme programme = programmes.get(call.request().programme());
        byte[] content = call.request().format() == ReportType.Format.CSV ? csv(call) : pdf(call, programme);
        return new Produced(programme.getCode(), content);
    }

    private byte[] pdf(ReportCall call, Programme programme) {
        AuditTrail.Verification verification = audit.verify();
        DateTimeFormatter time = DateTimeFormatter.ofPattern(
                "en".equals(call.language()) ? "yyyy-MM-dd HH:mm:ss" : "dd/MM/yyyy HH:mm:ss")
                .withZone(ReportRenderer.ZONE);
        List<AuditRow> rows = new ArrayList<>();
        forEachEvent(call, e -> rows.add(new AuditRow(e.getSeq(), time.format(e.getOccurredAt()), e.getActor(),
                e.getAction(), e.getEntityType() == null ? null
                        : e.getEntityType() + (e.getEntityId() == null ? "" : " #" + e.getEntityId()),
                e.getSummary(), e.getHash().substring(0, HASH_PREFIX))));
        String result = verification.valid()
                ? MessageFormat.format(call.texts().getString("audit.chain.valid"), verification.events())
                : MessageFormat.format(call.texts().getString("audit.chain.broken"),
                        String.valueOf(verification.firstBrokenSequence()), verification.events());
        Map<String, Object> parameters = Map.of("CHAIN_RESULT", result, "CHAIN_VALID", verification.valid());
        return renderer.pdf(ReportType.AUDIT_TRAIL, call.locale(), call.header(programme), parameters, rows);
    }

    private byte[] csv(ReportCall call) {
        CsvWriter csv = new CsvWriter().row(List.of("seq", "occurred_at", "actor", "actor_role", "action",
                "entity_type", "entity_id", "summary", "changes", "prev_hash", "hash"));
        forEachEvent(call, e -> csv.row(Arrays.asList(e.getSeq(), e.getOccurredAt().toString(),
                e.getActor(), e.getActorRole(), e.getAction(), e.getEntityType(), e.getEntityId(), e.getSummary(),
                e.getChanges(), e.getPrevHash(), e.getHash())));
        return csv.bytes();
    }

    /** Every event of the request's period, oldest first, a page at a time; refused beyond the cap. */
    private void forEachEvent(ReportCall call, Consumer<AuditEvent> action) {
        ReportRequest request = call.request();
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
}
