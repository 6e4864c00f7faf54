package org.levier.reports.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.levier.audit.boundary.AuditTrail;
import org.levier.audit.control.ChainVerifier;
import org.levier.audit.entity.AuditEvent;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.Dossier;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.CsvWriter;
import org.levier.reports.control.ReportRenderer;
import org.levier.reports.control.ZipPack;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.entity.Role;

/**
 * The evidence pack of a dossier (for auditors and fund directors): one ZIP with the dossier's reports as PDF/A
 * ({@code reports/}: its summary, the due-diligence report once instruction began, the minutes of each committee
 * session it was on, the agreement and the disbursement statement once signed), the calculation trace of its
 * contributions to the leverage ({@code leverage-trace.json}, see {@link LeverageTrace}), its audit extract
 * ({@code audit/events.csv}: every event about the dossier, its agreement and disbursements or naming it, with their
 * hashes) and the verification of the whole chain ({@code audit/verification.json}), then {@code manifest.json} and
 * {@code SHA256SUMS}: each file's SHA-256. The download is audited ({@code evidence-pack.downloaded}) with the ZIP's
 * SHA-256 and the manifest's hashes, in the same transaction.
 */
@Stateless
@RolesAllowed({Role.AUDITOR_NAME, Role.FUND_DIRECTOR_NAME})
public class EvidencePacks {

    /** A produced pack: file name, bytes, their SHA-256 (hex), as the audit trail records it. */
    public record Pack(String fileName, byte[] content, String sha256) {
    }

    private static final List<String> ROLES = List.of(Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME,
            Role.COMMITTEE_MEMBER_NAME, Role.AUDITOR_NAME);

    @Inject
    Invocation invocation;

    @Resource
    SessionContext context;

    @Inject
    java.time.Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Dossiers dossiers;

    @Inject
    LeverageTrace trace;

    @Inject
    ChainVerifier verifier;

    @Inject
    @Any
    Instance<ReportProducer> producers;

    @PersistenceContext
    EntityManager em;

    /** The pack of dossier {@code dossierId} (404 when unknown), its reports in {@code locale}. */
    public Pack pack(long dossierId, Locale locale) {
        Dossier dossier = dossiers.get(dossierId);
        Programme programme = em.find(Programme.class, dossier.getProgrammeId());
        Instant now = clock.instant();
        String caller = invocation.caller();
        Set<String> roles = ROLES.stream().filter(context::isCallerInRole).collect(Collectors.toSet());
        String subject = DossierAccess.subject(dossier);
        String lang = locale.getLanguage();
        ZipPack zip = new ZipPack();
        List<String> reports = new ArrayList<>();
        for (ReportRequest request : reportRequests(dossier, programme, locale)) {
            ReportCall call = new ReportCall(request, null, caller, roles, now, ReportRenderer.bundle(locale));
            ReportProducer producer = producers.stream().filter(p -> p.type() == request.type()).findFirst()
                    .orElseThrow();
            String path = "reports/" + request.type().apiName()
                    + (request.committee() == null ? "" : "-session-" + request.committee()) + "-" + lang + ".pdf";
            zip.add(path, producer.produce(call).content());
            reports.add(path);
        }
        zip.add("leverage-trace.json", ZipPack.json(trace.of(dossier, programme)));
        List<AuditEvent> events = events(dossier.getId());
        zip.add("audit/events.csv", eventsCsv(events));
        ChainVerifier.Result verification = verifier.verify();
        JsonObjectBuilder checked = Json.createObjectBuilder()
                .add("verifiedAt", now.toString())
                .add("valid", verification.valid())
                .add("eventsInChain", verification.events())
                .add("eventsOfDossier", events.size());
        if (verification.firstBrokenSequence() != null) {
            checked.add("firstBrokenSequence", verification.firstBrokenSequence());
        }
        if (!events.isEmpty()) {
            checked.add("firstSeq", events.getFirst().getSeq()).add("lastSeq", events.getLast().getSeq())
                    .add("lastHash", events.getLast().getHash());
        }
        zip.add("audit/verification.json", ZipPack.json(checked
                .add("method", "each event's hash is SHA-256 over its fields and the previous event's hash;"
                        + " the chain is verified from its first event to its head")
                .build()));
        JsonObject about = Json.createObjectBuilder()
                .add("pack", "evidence-pack")
                .add("dossierId", dossier.getId())
                .add("dossier", subject)
                .add("programme", programme.getCode())
                .add("language", lang)
                .add("generatedAt", now.toString())
                .add("generatedBy", caller)
                .build();
        byte[] content = zip.zip(about, now);
        String sha256 = ZipPack.sha256(content);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossier.getId());
        changes.put("lang", lang);
        changes.put("reports", String.join(",", reports));
        changes.put("auditEvents", events.size());
        changes.put("chainValid", verification.valid());
        changes.put("sha256", sha256);
        changes.put("bytes", content.length);
        audit.record("evidence-pack.downloaded", "Dossier", dossier.getId(),
                "Evidence pack of dossier " + subject + " downloaded, SHA-256 " + sha256, changes);
        String fileName = ("evidence-pack-" + subject + "-"
                + DateTimeFormatter.BASIC_ISO_DATE.format(now.atZone(ReportRenderer.ZONE)))
                .replaceAll("[^A-Za-z0-9._-]", "_") + ".zip";
        return new Pack(fileName, content, sha256);
    }

    /** The reports the dossier has reached: never one a producer would refuse for want of its subject. */
    private List<ReportRequest> reportRequests(Dossier dossier, Programme programme, Locale locale) {
        long id = dossier.getId();
        List<ReportRequest> requests = new ArrayList<>();
        requests.add(request(ReportType.DOSSIER_SUMMARY, programme, id, locale, null));
        if (count("SELECT COUNT(*) FROM due_diligence WHERE dossier_id = ?", id) > 0) {
            requests.add(request(ReportType.DUE_DILIGENCE, programme, id, locale, null));
        }
        @SuppressWarnings("unchecked")
        List<Number> sessions = em.createNativeQuery("SELECT DISTINCT session_id FROM committee_agenda_item"
                + " WHERE dossier_id = ? ORDER BY session_id").setParameter(1, id).getResultList();
        for (Number session : sessions) {
            requests.add(request(ReportType.COMMITTEE_MINUTES, programme, id, locale, session.longValue()));
        }
        if (count("SELECT COUNT(*) FROM agreement WHERE dossier_id = ?", id) > 0) {
            requests.add(request(ReportType.AGREEMENT, programme, id, locale, null));
            requests.add(request(ReportType.DISBURSEMENT_STATEMENT, programme, id, locale, null));
        }
        return requests;
    }

    private static ReportRequest request(ReportType type, Programme programme, long dossierId, Locale locale,
                                         Long committee) {
        return new ReportRequest(type, ReportType.Format.PDF, programme.getCode(), dossierId, null, null, locale,
                committee);
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    /**
     * The dossier's events: about the dossier itself, its agreement or its disbursements, or naming it in their
     * changes ({@code "dossierId":"<id>"}: committee, due diligence, documents, co-financing, impact, recoveries).
     */
    private List<AuditEvent> events(long dossierId) {
        List<String> agreements = ids("SELECT id FROM agreement WHERE dossier_id = ?", dossierId);
        List<String> disbursements = ids("SELECT d.id FROM disbursement d JOIN agreement a ON a.id = d.agreement_id"
                + " WHERE a.dossier_id = ?", dossierId);
        StringBuilder where = new StringBuilder("(e.entityType = 'Dossier' and e.entityId = :id)"
                + " or e.changes like :naming");
        if (!agreements.isEmpty()) {
            where.append(" or (e.entityType = 'Agreement' and e.entityId in :agreements)");
        }
        if (!disbursements.isEmpty()) {
            where.append(" or (e.entityType = 'Disbursement' and e.entityId in :disbursements)");
        }
        var query = em.createQuery("select e from AuditEvent e where " + where + " order by e.seq", AuditEvent.class)
                .setParameter("id", String.valueOf(dossierId))
                .setParameter("naming", "%\"dossierId\":\"" + dossierId + "\"%");
        if (!agreements.isEmpty()) {
            query.setParameter("agreements", agreements);
        }
        if (!disbursements.isEmpty()) {
            query.setParameter("disbursements", disbursements);
        }
        return query.getResultList();
    }

    private List<String> ids(String sql, long dossierId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(sql).setParameter(1, dossierId).getResultList();
        return ids.stream().map(n -> String.valueOf(n.longValue())).toList();
    }

    /** The events with every column an auditor needs to recompute the hashes (as the audit-trail CSV has them). */
    private static byte[] eventsCsv(List<AuditEvent> events) {
        CsvWriter csv = new CsvWriter().row(List.of("seq", "occurred_at", "actor", "actor_role", "action",
                "entity_type", "entity_id", "summary", "changes", "prev_hash", "hash"));
        for (AuditEvent e : events) {
            csv.row(Arrays.asList(e.getSeq(), e.getOccurredAt().toString(), e.getActor(), e.getActorRole(),
                    e.getAction(), e.getEntityType(), e.getEntityId(), e.getSummary(), e.getChanges(),
                    e.getPrevHash(), e.getHash()));
        }
        return csv.bytes();
    }
}
