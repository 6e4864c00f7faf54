package org.levier.diligence.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.audit.boundary.AuditTrail;
import org.levier.diligence.entity.DocumentRequest;
import org.levier.diligence.entity.DocumentRequestStatus;
import org.levier.diligence.entity.DueDiligence;
import org.levier.dossier.boundary.DossierMoved;
import org.levier.dossier.control.DossierIds;
import org.levier.dossier.entity.DossierStatus;
import org.levier.programme.control.ProgrammeLoader;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.InstantConverter;

/**
 * Due diligence's side of every dossier move, whoever makes it (the diligence use cases, or the generic
 * {@code POST /dossiers/{id}/transitions}): the gates refuse a move whose conditions the file does not meet, and
 * the reactions keep the file in step with the lifecycle.
 * <ul>
 * <li>→ ELIGIBILITY_REVIEW: the file is opened with the screening checklist;</li>
 * <li>ELIGIBILITY_REVIEW → DUE_DILIGENCE: gate {@code diligence.screening.incomplete}; the due-diligence
 * checklist is added: the call's template when it has one ({@link CallChecklistRules}), else the default;</li>
 * <li>→ INELIGIBLE: the applicant is told why by e-mail;</li>
 * <li>DUE_DILIGENCE → COMMITTEE: gate {@code diligence.incomplete} (four eyes included);</li>
 * <li>COMMITTEE → DUE_DILIGENCE (deferral): the recommendation and its review are to be done again;</li>
 * <li>→ INELIGIBLE, REJECTED, WITHDRAWN: open document requests are cancelled (no reminder goes out).</li>
 * </ul>
 */
@Stateless
@PermitAll
public class DiligenceGates {

    static final String ENTITY = "DueDiligence";

    @Inject
    DossierIds dossierIds;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeLoader programmeLoader;

    @Inject
    Clock clock;

    @Inject
    DiligenceFiles files;

    @Inject
    DiligenceMails mails;

    @Inject
    AuditTrail audit;

    public void onMove(@Observes DossierMoved moved) {
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        DossierStatus from = moved.from();
        DossierStatus to = moved.to();
        long dossierId = moved.dossierId();
        if (to == DossierStatus.ELIGIBILITY_REVIEW) {
            DiligenceFiles.Opened opened = files.lockOrOpen(dossierId, moved.actor(), now);
            if (opened.isNew()) {
                audit.record("diligence.opened", ENTITY, opened.file().getId(), "Due-diligence file of dossier #"
                        + dossierId + " opened with the screening checklist",
                        Map.of("dossierId", dossierId, "items", opened.file().getItems().size()));
            }
        } else if (from == DossierStatus.ELIGIBILITY_REVIEW && to == DossierStatus.DUE_DILIGENCE) {
            DueDiligence file = files.lockOrOpen(dossierId, moved.actor(), now).file();
            file.requireEligible();
            int added = file.addDefaultItems(dueDiligenceChecklist(dossierId), now);
            em.flush();
            audit.record("diligence.checklist.added", ENTITY, file.getId(), "Due-diligence checklist of dossier #"
                    + dossierId + ": " + added + " items", Map.of("dossierId", dossierId, "added", added));
        } else if (from == DossierStatus.DUE_DILIGENCE && to == DossierStatus.COMMITTEE) {
            DueDiligence file = files.lock(dossierId).orElseThrow(() -> new RuleViolation(
                    "diligence.incomplete", "Dossier #" + dossierId + " has no due-diligence file",
                    List.of(new Violation("dueDiligence", "missing"))));
            file.requireReadyForCommittee();
        } else if (from == DossierStatus.COMMITTEE && to == DossierStatus.DUE_DILIGENCE) {
            files.lock(dossierId).ifPresent(file -> {
                file.reopen(now);
                em.flush();
                Map<String, Object> changes = new LinkedHashMap<>();
                changes.put("dossierId", dossierId);
                changes.put("reason", moved.reason());
                audit.record("diligence.reopened", ENTITY, file.getId(), "Dossier #" + dossierId
                        + " deferred by the committee: recommendation and review to be done again", changes);
            });
        }
        if (to == DossierStatus.INELIGIBLE) {
            mails.ineligible(dossierId, moved.reason());
        }
        if (to == DossierStatus.INELIGIBLE || to == DossierStatus.REJECTED || to == DossierStatus.WITHDRAWN) {
            cancelOpenRequests(dossierId, moved.actor(), to, now);
        }
    }

    /** The checklist template of the dossier's call, or the fund's default. */
    private List<org.levier.diligence.entity.ChecklistItem.Template> dueDiligenceChecklist(long dossierId) {
        Long callId = dossierIds.callOf(dossierId).orElse(null);
        org.levier.programme.entity.CallForProjects call = callId == null ? null
                : programmeLoader.call(callId).orElse(null);
        return CallChecklistRules.dueDiligenceOf(call == null ? List.of() : call.getChecklist());
    }

    private void cancelOpenRequests(long dossierId, String actor, DossierStatus to, Instant now) {
        List<DocumentRequest> open = em.createQuery("select r from DocumentRequest r where r.dossierId = :dossier"
                        + " and r.status = :open order by r.id", DocumentRequest.class)
                .setParameter("dossier", dossierId)
                .setParameter("open", DocumentRequestStatus.OPEN)
                .getResultList();
        for (DocumentRequest request : open) {
            request.cancel("dossier " + to, actor, now);
        }
        if (!open.isEmpty()) {
            em.flush();
            audit.record("diligence.requests.cancelled", "DocumentRequest", dossierId, open.size()
                    + " open document requests of dossier #" + dossierId + " cancelled (" + to + ")",
                    Map.of("dossierId", dossierId, "requests", open.stream().map(DocumentRequest::getId).toList()));
        }
    }
}
