package org.levier.diligence.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.levier.audit.boundary.AuditTrail;
import org.levier.diligence.control.DiligenceMails;
import org.levier.diligence.control.DossierDocuments;
import org.levier.diligence.control.Reminders;
import org.levier.diligence.entity.DocumentRequest;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.control.DossierLoader;
import org.levier.dossier.control.DossierOwnership;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

/**
 * Documents the fund's staff asks of a dossier's applicant during screening and due diligence; the applicant
 * answers with a document it uploaded to the dossier (document component, by id); reminders go out once, shortly
 * before the due date (see {@link Reminders}).
 *
 * <p>Refusals: {@link RuleViolation} (422) {@code diligence.closed}, {@code diligence.request.invalid},
 * {@code diligence.request.not-open}, {@code diligence.document.unknown}; {@link NotFound} (404), also for another
 * organisation's dossier.
 */
@Stateless
public class DocumentRequests {

    static final String ENTITY = "DocumentRequest";
    private static final Set<DossierStatus> ASKING = EnumSet.of(DossierStatus.ELIGIBILITY_REVIEW,
            DossierStatus.DUE_DILIGENCE);

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierLoader dossierLoader;
    @Inject
    DossierOwnership ownership;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    DiligenceMails mails;

    @Inject
    Reminders reminders;

    @Inject
    DossierDocuments documents;

    /** Asks the applicant for a document by a due date (not in the past in Paris); the applicant is e-mailed. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public DocumentRequestView ask(long dossierId, String what, LocalDate dueDate) {
        Dossier dossier = dossierLoader.find(dossierId).orElseThrow(() -> new NotFound("dossier " + dossierId));
        if (!ASKING.contains(dossier.getStatus())) {
            throw new RuleViolation("diligence.closed", "Dossier " + dossier.reference().orElse("#" + dossierId)
                    + " is " + dossier.getStatus() + ": documents are requested during " + ASKING,
                    List.of(new Violation("status", "expected one of " + ASKING)));
        }
        Instant now = invocation.now();
        DocumentRequest request = DocumentRequest.ask(dossierId, what, dueDate, invocation.caller(), now);
        em.persist(request);
        em.flush();
        mails.documentRequested(request);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossierId);
        changes.put("what", request.getWhat());
        changes.put("dueDate", request.getDueDate());
        audit.record("diligence.request.asked", ENTITY, request.getId(), "Document requested on dossier #"
                + dossierId + " by " + request.getDueDate(), changes);
        return DocumentRequestView.of(request, now, true);
    }

    /** Cancels an open request (the reason is optional). */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public DocumentRequestView cancel(long dossierId, long requestId, String reason) {
        DocumentRequest request = lock(dossierId, requestId);
        Instant now = invocation.now();
        request.cancel(reason, invocation.caller(), now);
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossierId);
        changes.put("status", request.getStatus());
        changes.put("reason", request.cancelReason().orElse(null));
        audit.record("diligence.request.cancelled", ENTITY, requestId, "Document request #" + requestId
                + " of dossier #" + dossierId + " cancelled", changes);
        return DocumentRequestView.of(request, now, true);
    }

    /**
     * The applicant answers an open request of its own dossier with a document of that dossier (uploaded first
     * through the document component); the staff member who asked is e-mailed.
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public DocumentRequestView answer(ApplicantContext applicant, long dossierId, long requestId, long documentId) {
        ownership.requireOwn(applicant, dossierId);
        DocumentRequest request = lock(dossierId, requestId);
        documents.requireDocumentOf(dossierId, documentId, "documentId");
        Instant now = invocation.now();
        request.answer(documentId, applicant.email(), now);
        em.flush();
        mails.answered(request);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossierId);
        changes.put("status", request.getStatus());
        changes.put("documentId", documentId);
        audit.record("diligence.request.answered", ENTITY, requestId, "Document request #" + requestId
                + " of dossier #" + dossierId + " answered with document #" + documentId, changes);
        return DocumentRequestView.of(request, now, false);
    }

    /** The requests of a dossier, oldest first, with their overdue flags. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<DocumentRequestView> list(long dossierId) {
        if (dossierLoader.find(dossierId).isEmpty()) {
            throw new NotFound("dossier " + dossierId);
        }
        Instant now = clock.instant();
        return requests(dossierId).stream().map(r -> DocumentRequestView.of(r, now, true)).toList();
    }

    /** The requests of the applicant's own dossier (another organisation's dossier: 404). */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<DocumentRequestView> listOwn(ApplicantContext applicant, long dossierId) {
        ownership.requireOwn(applicant, dossierId);
        Instant now = clock.instant();
        return requests(dossierId).stream().map(r -> DocumentRequestView.of(r, now, false)).toList();
    }

    /**
     * Sends every reminder due now, each claimed in a transaction of its own (the schedule calls the same logic
     * every quarter of an hour on every node).
     *
     * @return how many reminders this call sent (those another node claimed first are not counted)
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendReminders() {
        String actor = invocation.caller();
        int sent = 0;
        for (long id : reminders.due()) {
            if (reminders.remindIfDue(id, actor)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Claims and sends the reminder of one request if it is due and nobody sent it yet: of two concurrent calls
     * (threads or nodes), exactly one returns true and queues the e-mail.
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean remindIfDue(long requestId) {
        return reminders.remindIfDue(requestId, invocation.caller());
    }

    private List<DocumentRequest> requests(long dossierId) {
        return em.createQuery("select r from DocumentRequest r where r.dossierId = :dossier order by r.id",
                        DocumentRequest.class)
                .setParameter("dossier", dossierId)
                .getResultList();
    }

    private DocumentRequest lock(long dossierId, long requestId) {
        DocumentRequest request = em.find(DocumentRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.getDossierId() != dossierId) {
            throw new NotFound("document request " + requestId + " of dossier " + dossierId);
        }
        return request;
    }
}
