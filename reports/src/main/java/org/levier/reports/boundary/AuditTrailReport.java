package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.audit.control.ChainVerifier;
import org.levier.audit.entity.AuditEvent;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.AuditRow;
import org.levier.reports.control.AuditRowSource;
import org.levier.reports.control.CsvWriter;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Role;

/**
 * The audit-trail extract, for auditors: the events of the period with the chain's verification result (PDF), or
 * every column of each event for auditors' tools (CSV: UTC ISO times, full hashes).
 *
 * <p>Above {@code levier.reports.audit.job-threshold} events (default {@value #DEFAULT_JOB_THRESHOLD}) the extract is
 * {@linkplain #large large}: it is produced as a background job ({@link ReportJobs}), its PDF filled through a
 * virtualizer. Either way the events are read a page at a time by sequence number (keyset paging, bounded memory),
 * never all at once, and only up to the last event that existed when the production started.
 *
 * <p>The extract reads the audit entities and verifies the chain through the audit component's control
 * ({@link ChainVerifier}), not through the {@code AuditTrail} boundary: the audience (auditors) is checked on the
 * roles {@link ReportCall} captured in the request, so that the same code runs in a background job, which has no
 * caller identity.
 */
@ApplicationScoped
public class AuditTrailReport implements ReportProducer {

    /** Events above which the extract is produced as a background job, unless configured otherwise. */
    public static final int DEFAULT_JOB_THRESHOLD = 5000;
    static final int AUDIT_PAGE = 500;
    private static final int HASH_PREFIX = 12;
    /** Share of the progress given to reading and filling; the PDF export makes up the rest. */
    private static final int FILL_SHARE = 90;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChainVerifier verifier;

    @Inject
    @ConfigProperty(name = "levier.reports.audit.job-threshold", defaultValue = "" + DEFAULT_JOB_THRESHOLD)
    int jobThreshold;

    @Override
    public ReportType type() {
        return ReportType.AUDIT_TRAIL;
    }

    /** Large above the configured number of events in the period; checks the audience and programme first. */
    @Override
    public boolean large(ReportCall call) {
        requireAudience(call);
        programme(call.request().programme());
        return count(new Period(call.request()), Long.MAX_VALUE) > jobThreshold;
    }

    @Override
    public Produced produce(ReportCall call) {
        requireAudience(call);
        Programme programme = programme(call.request().programme());
        Period period = new Period(call.request());
        long lastSeq = lastSeq();
        byte[] content = call.request().format() == ReportType.Format.CSV ? csv(call, period, lastSeq)
                : pdf(call, programme, period, lastSeq);
        call.progress(100);
        return new Produced(programme.getCode(), content);
    }

    private static void requireAudience(ReportCall call) {
        call.requireAnyRole("auditors", Role.AUDITOR_NAME);
    }

    private byte[] pdf(ReportCall call, Programme programme, Period period, long lastSeq) {
        ChainVerifier.Result verification = verifier.verify();
        em.clear();
        DateTimeFormatter time = DateTimeFormatter.ofPattern(
                "en".equals(call.language()) ? "yyyy-MM-dd HH:mm:ss" : "dd/MM/yyyy HH:mm:ss")
                .withZone(ReportRenderer.ZONE);
        String result = verification.valid()
                ? MessageFormat.format(call.texts().getString("audit.chain.valid"), verification.events())
                : MessageFormat.format(call.texts().getString("audit.chain.broken"),
                        String.valueOf(verification.firstBrokenSequence()), verification.events());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("CHAIN_RESULT", result);
        parameters.put("CHAIN_VALID", verification.valid());
        long expected = count(period, lastSeq);
        boolean large = expected > jobThreshold;
        AuditRowSource rows = new AuditRowSource(after -> page(period, after, lastSeq).stream()
                .map(e -> new AuditRow(e.getSeq(), time.format(e.getOccurredAt()), e.getActor(), e.getAction(),
                        e.getEntityType() == null ? null
                                : e.getEntityType() + (e.getEntityId() == null ? "" : " #" + e.getEntityId()),
                        summary(call, e.getAction(), e.getSummary()), e.getHash().substring(0, HASH_PREFIX)))
                .toList(), expected, percent -> call.progress(percent * FILL_SHARE / 100));
        return new ReportRenderer().pdf(ReportType.AUDIT_TRAIL, call.locale(), call.header(programme), parameters,
                rows, large);
    }

    /**
     * The summary in the report's language: the action's rendering from the bundle, then the summary as stored (the
     * record of the trail, never rewritten); the stored summary alone in English, the language it is written in, or
     * for an action the bundle does not know.
     */
    static String summary(ReportCall call, String action, String stored) {
        if ("en".equals(call.language()) || !call.texts().containsKey("audit.action." + action)) {
            return stored;
        }
        return MessageFormat.format(call.texts().getString("audit.summary.rendered"),
                call.texts().getString("audit.action." + action), stored == null ? "" : stored);
    }

    private byte[] csv(ReportCall call, Period period, long lastSeq) {
        CsvWriter csv = new CsvWriter().row(List.of("seq", "occurred_at", "actor", "actor_role", "action",
                "entity_type", "entity_id", "summary", "changes", "prev_hash", "hash"));
        long expected = count(period, lastSeq);
        long[] read = {0};
        forEachEvent(period, lastSeq, e -> {
            csv.row(Arrays.asList(e.getSeq(), e.getOccurredAt().toString(), e.getActor(), e.getActorRole(),
                    e.getAction(), e.getEntityType(), e.getEntityId(), e.getSummary(), e.getChanges(),
                    e.getPrevHash(), e.getHash()));
            if (++read[0] % AUDIT_PAGE == 0) {
                call.progress((int) (read[0] * FILL_SHARE / Math.max(1, expected)));
            }
        });
        return csv.bytes();
    }

    /** Every event of the period up to {@code lastSeq}, oldest first, a page at a time. */
    private void forEachEvent(Period period, long lastSeq, Consumer<AuditEvent> action) {
        long after = 0;
        while (true) {
            List<AuditEvent> events = page(period, after, lastSeq);
            if (events.isEmpty()) {
                return;
            }
            events.forEach(action);
            after = events.getLast().getSeq();
        }
    }

    /** The next page of the period's events after sequence {@code after}, up to {@code lastSeq}; detached. */
    private List<AuditEvent> page(Period period, long after, long lastSeq) {
        em.clear();
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e where e.seq > :after"
                + " and e.seq <= :last" + period.where() + " order by e.seq", AuditEvent.class)
                .setParameter("after", after)
                .setParameter("last", lastSeq)
                .setMaxResults(AUDIT_PAGE);
        period.bind(query);
        List<AuditEvent> events = query.getResultList();
        em.clear();
        return events;
    }

    private long count(Period period, long lastSeq) {
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e where e.seq <= :last"
                + period.where(), Long.class).setParameter("last", lastSeq);
        period.bind(query);
        return query.getSingleResult();
    }

    private long lastSeq() {
        Long last = em.createQuery("select max(e.seq) from AuditEvent e", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }

    /** The programme whose code is given, else the first one set up (404 for an unknown code); no caller needed. */
    private Programme programme(String code) {
        if (code != null && !code.isBlank()) {
            return em.createQuery("select p from Programme p where p.code = :code", Programme.class)
                    .setParameter("code", code).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFound("programme " + code));
        }
        return em.createQuery("select p from Programme p order by p.id", Programme.class).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("programme"));
    }

    /** The request's Paris dates as a half-open UTC window, each end optional. */
    private record Period(Instant from, Instant to) {

        Period(ReportRequest request) {
            this(request.from() == null ? null : request.from().atStartOfDay(ReportRenderer.ZONE).toInstant(),
                    request.to() == null ? null
                            : request.to().plusDays(1).atStartOfDay(ReportRenderer.ZONE).toInstant());
        }

        String where() {
            return (from != null ? " and e.occurredAt >= :from" : "") + (to != null ? " and e.occurredAt < :to" : "");
        }

        void bind(TypedQuery<?> query) {
            if (from != null) {
                query.setParameter("from", from);
            }
            if (to != null) {
                query.setParameter("to", to);
            }
        }
    }
}
