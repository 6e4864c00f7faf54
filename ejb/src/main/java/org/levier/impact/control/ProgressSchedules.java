package org.levier.impact.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.boundary.DossierMoved;
import org.levier.dossier.entity.DossierStatus;
import org.levier.impact.entity.ProgressReport;
import org.levier.shared.entity.InstantConverter;

/**
 * Creates a dossier's progress reports from its agreement ({@link ReportSchedule}): in the signature's own
 * transaction, by observing the dossier's move to AGREEMENT_SIGNED (the agreement is persisted before the move), and
 * for agreements signed before this component existed (demo data, older databases) on demand, once: the unique
 * (dossier, number) key makes a second, concurrent scheduling of the same dossier fail instead of doubling it.
 */
@Stateless
@PermitAll
public class ProgressSchedules {

    static final String ENTITY = "ProgressReport";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ImpactSettings settings;

    /** Schedules the reports of a dossier whose agreement is being signed, in the signature's transaction. */
    public void onMove(@Observes DossierMoved moved) {
        if (moved.to() != DossierStatus.AGREEMENT_SIGNED || hasReports(moved.dossierId())) {
            return;
        }
        List<ProgressReport> reports = create(moved.dossierId());
        if (!reports.isEmpty()) {
            audit.record("impact.reports.scheduled", ENTITY, reports.getFirst().getId(), summary(moved.dossierId(),
                    reports), changes(moved.dossierId(), reports));
        }
    }

    /**
     * Schedules the reports of a dossier that has a signed agreement and no report yet, in a transaction of its own,
     * audited as Levier's own act.
     *
     * @return how many reports were created (0: no agreement, or already scheduled)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int scheduleIfMissing(long dossierId) {
        if (hasReports(dossierId)) {
            return 0;
        }
        List<ProgressReport> reports = create(dossierId);
        if (!reports.isEmpty()) {
            audit.recordAs(AuditTrail.SYSTEM, null, "impact.reports.scheduled", ENTITY, reports.getFirst().getId(),
                    summary(dossierId, reports), changes(dossierId, reports));
        }
        return reports.size();
    }

    /** Dossiers with a signed agreement and no progress report (at most {@code max}). */
    public List<Long> unscheduled(int max) {
        return em.createQuery("""
                        select a.dossierId from Agreement a where not exists
                          (select r.id from ProgressReport r where r.dossierId = a.dossierId)
                        order by a.dossierId""", Long.class)
                .setMaxResults(max)
                .getResultList();
    }

    public boolean hasReports(long dossierId) {
        return em.createQuery("select count(r) from ProgressReport r where r.dossierId = :dossier", Long.class)
                .setParameter("dossier", dossierId).getSingleResult() > 0;
    }

    private List<ProgressReport> create(long dossierId) {
        List<Object[]> found = em.createQuery("""
                        select a.id, a.signedOn, d.endDate from Agreement a, Dossier d
                        where a.dossierId = :dossier and d.id = a.dossierId""", Object[].class)
                .setParameter("dossier", dossierId)
                .getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        long agreementId = (Long) found.getFirst()[0];
        LocalDate signedOn = (LocalDate) found.getFirst()[1];
        LocalDate end = (LocalDate) found.getFirst()[2];
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        List<ProgressReport> reports = settings.schedule().slots(signedOn, end).stream()
                .map(s -> ProgressReport.owed(dossierId, agreementId, s.number(), s.kind(), s.from(), s.to(),
                        s.due(), now))
                .toList();
        reports.forEach(em::persist);
        em.flush();
        return reports;
    }

    private static String summary(long dossierId, List<ProgressReport> reports) {
        return reports.size() + " progress reports scheduled for dossier #" + dossierId + ", the first due "
                + reports.getFirst().getDueOn() + ", the final due " + reports.getLast().getDueOn();
    }

    private static Map<String, Object> changes(long dossierId, List<ProgressReport> reports) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossierId);
        changes.put("reports", reports.size());
        changes.put("dueDates", reports.stream().map(r -> r.getDueOn().toString()).toList());
        return changes;
    }
}
