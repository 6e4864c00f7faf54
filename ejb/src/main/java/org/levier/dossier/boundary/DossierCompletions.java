package org.levier.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.control.CompletionMails;
import org.levier.dossier.control.CompletionReminders;
import org.levier.dossier.control.DocumentKinds;
import org.levier.dossier.control.SubmissionRules;
import org.levier.dossier.entity.CompletionRequest;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierStatus;
import org.levier.dossier.entity.DossierTransition;
import org.levier.programme.control.ProgrammeLoader;
import org.levier.programme.entity.CallForProjects;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.Role;

/**
 * The correction loop ("en construction" again): the fund's staff return a submitted dossier (SUBMITTED or in
 * eligibility review) to its applicant with the list of what to fix and a due date; the applicant corrects it like a
 * draft ({@link Dossiers#updateDraft}, documents included) and resubmits it, under the same reference, after the
 * submission rules again (the call's closing aside). Each move locks the dossier row first, is kept in the history
 * (the list of fixes is the reason of the return), audited and e-mailed; the due date drives the overdue flag and
 * one reminder ({@link CompletionReminders}).
 */
@Stateless
public class DossierCompletions {

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeLoader programmeLoader;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    DocumentKinds documentKinds;

    @Inject
    CompletionMails mails;

    @Inject
    CompletionReminders reminders;

    @Inject
    Event<DossierMoved> moved;

    /**
     * Returns the dossier to its applicant for completion.
     *
     * @throws RuleViolation {@code dossier.completion.invalid} (items, due date, all at once),
     *                       {@code dossier.transition.illegal} when the dossier is not submitted or in screening
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public CompletionRequest returnForCompletion(long dossierId, List<String> items, LocalDate dueDate) {
        Dossier dossier = em.find(Dossier.class, dossierId, LockModeType.PESSIMISTIC_WRITE);
        if (dossier == null) {
            throw new NotFound("dossier " + dossierId);
        }
        Role role = context.isCallerInRole(Role.ANALYST_NAME) ? Role.ANALYST : Role.FUND_DIRECTOR;
        String actor = invocation.caller();
        Instant now = invocation.now();
        DossierStatus from = dossier.getStatus();
        from.requireMoveTo(DossierStatus.RETURNED_FOR_COMPLETION, role);
        CompletionRequest request = CompletionRequest.ask(dossierId, from, items, dueDate, actor, role, now);
        DossierTransition transition = dossier.returnForCompletion(role, actor, request.asText(), now);
        em.persist(request);
        invocation.flush("dossier " + dossier.getId());
        moved.fire(new DossierMoved(dossierId, from, DossierStatus.RETURNED_FOR_COMPLETION, actor,
                transition.reason().orElse(null)));
        mails.returned(request);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("from", from);
        changes.put("to", DossierStatus.RETURNED_FOR_COMPLETION);
        changes.put("requestId", request.getId());
        changes.put("items", request.getItems().size());
        changes.put("dueDate", request.getDueDate());
        audit.record("dossier.returned-for-completion", Dossiers.ENTITY, dossierId, "Dossier " + label(dossier)
                + " returned to its applicant for completion by " + request.getDueDate(), changes);
        return request;
    }

    /**
     * The applicant resubmits its corrected dossier: every submission rule but the call's being open is checked and
     * all violations reported together ({@code dossier.submission.refused}); the reference stays.
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Dossier resubmit(ApplicantContext applicant, long id, long expectedVersion, ApplicantProfile profile) {
        Dossier dossier = em.createQuery("select d from Dossier d where d.id = :id"
                        + " and d.organisationId = :organisation", Dossier.class)
                .setParameter("id", id)
                .setParameter("organisation", applicant.organisationId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("dossier " + id));
        if (dossier.getVersion() != expectedVersion) {
            throw new StaleVersion("dossier " + id, expectedVersion, dossier.getVersion());
        }
        dossier.getStatus().requireMoveTo(DossierStatus.SUBMITTED, Role.APPLICANT);
        CompletionRequest request = open(id).orElseThrow(() -> new RuleViolation("dossier.transition.illegal",
                "Dossier " + id + " is not returned for completion",
                List.of(new Violation("to", "not returned for completion"))));
        Instant now = invocation.now();
        CallForProjects call = programmeLoader.call(dossier.getCallId()).orElse(null);
        List<Violation> violations = SubmissionRules.checkResubmission(new SubmissionRules.Submission(dossier, call,
                programmeLoader.action(dossier.getActionId()).orElse(null), profile.sizeClass(), profile.deMinimisAid(),
                documentKinds.presentOn(id), documentKinds.requiredBy(call.getId()), now));
        if (!violations.isEmpty()) {
            throw new RuleViolation("dossier.submission.refused", "The dossier cannot be resubmitted: "
                    + violations.size() + (violations.size() == 1 ? " rule is" : " rules are") + " not met",
                    violations);
        }
        DossierTransition transition = dossier.resubmit(applicant.organisationId(), applicant.email(), now);
        request.resubmitted(applicant.email(), now);
        invocation.flush("dossier " + dossier.getId());
        moved.fire(new DossierMoved(id, DossierStatus.RETURNED_FOR_COMPLETION, DossierStatus.SUBMITTED,
                transition.getActor(), null));
        mails.resubmitted(request);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("from", DossierStatus.RETURNED_FOR_COMPLETION);
        changes.put("to", DossierStatus.SUBMITTED);
        changes.put("requestId", request.getId());
        changes.put("requestedTotal", dossier.requestedTotal());
        changes.put("totalCost", dossier.totalCost());
        audit.record("dossier.resubmitted", Dossiers.ENTITY, id, "Dossier " + label(dossier)
                + " corrected and resubmitted", changes);
        dossier.getBudgetLines().size();
        dossier.getCofinancing().size();
        dossier.getImpactTargets().size();
        dossier.getMilestones().size();
        return dossier;
    }

    /** The requests for completion of the applicant's own dossier, oldest first. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<CompletionRequest> listOwn(ApplicantContext applicant, long dossierId) {
        Long owned = em.createQuery("select count(d) from Dossier d where d.id = :id"
                        + " and d.organisationId = :organisation", Long.class)
                .setParameter("id", dossierId)
                .setParameter("organisation", applicant.organisationId())
                .getSingleResult();
        if (owned == 0) {
            throw new NotFound("dossier " + dossierId);
        }
        return requests(dossierId);
    }

    /** The requests for completion of a dossier, oldest first. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<CompletionRequest> list(long dossierId) {
        if (em.find(Dossier.class, dossierId) == null) {
            throw new NotFound("dossier " + dossierId);
        }
        return requests(dossierId);
    }

    /** Whether a request is open and past its due date in Paris, now. */
    @RolesAllowed({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public boolean isOverdue(CompletionRequest request) {
        return request.isOverdue(clock.instant());
    }

    /** Sends now the reminders the schedule would send (claimed in the database); how many this call sent. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.ADMIN_NAME})
    public int sendReminders() {
        String actor = invocation.caller();
        int sent = 0;
        for (long requestId : reminders.due()) {
            if (reminders.remindIfDue(requestId, actor)) {
                sent++;
            }
        }
        return sent;
    }

    private Optional<CompletionRequest> open(long dossierId) {
        return requests(dossierId).stream().filter(CompletionRequest::isOpen).findFirst();
    }

    private List<CompletionRequest> requests(long dossierId) {
        return em.createQuery("select r from CompletionRequest r where r.dossierId = :dossier order by r.id",
                        CompletionRequest.class)
                .setParameter("dossier", dossierId)
                .getResultList();
    }

    private static String label(Dossier dossier) {
        return dossier.reference().orElse("#" + dossier.getId());
    }
}
