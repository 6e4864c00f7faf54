package org.levier.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.control.ApplicantOrganisations;
import org.levier.dossier.control.DocumentKinds;
import org.levier.dossier.control.DossierList;
import org.levier.dossier.control.ReferenceAllocator;
import org.levier.dossier.control.SubmissionRules;
import org.levier.dossier.entity.DocumentKind;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierDraft;
import org.levier.dossier.entity.DossierStatus;
import org.levier.dossier.entity.DossierTransition;
import org.levier.dossier.entity.ImpactIndicator;
import org.levier.programme.control.ProgrammeIds;
import org.levier.programme.control.ProgrammeLoader;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.Role;

/**
 * The dossier use cases: applicants create, edit, submit and withdraw their organisation's dossiers and read them
 * (another organisation's dossier does not exist for them: {@link NotFound}); the fund's staff read every dossier
 * and move it along the lifecycle as their role allows. One transaction per use case; every change is audited
 * last, after the use case's own locks.
 *
 * <p>Exceptions: {@link RuleViolation} (422) for broken rules, with every violation; {@link NotFound} (404);
 * {@link org.levier.shared.control.Forbidden} (403) for a move the caller's role may not make; {@link StaleVersion}
 * (an {@link OptimisticLockException}, 409) when the version edited is not the current one.
 *
 * <p>The lists and the counts per status only read (two statements, resp. one, each seeing what is committed):
 * they run without a transaction of their own ({@code SUPPORTS}), so an API call listing dossiers pays no
 * transaction begin and commit (issue 13, the request path).
 */
@Stateless
public class Dossiers {

    static final String ENTITY = "Dossier";

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeLoader programmeLoader;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    ReferenceAllocator references;

    @Inject
    DocumentKinds documentKinds;

    @Inject
    ProgrammeIds programmes;

    /** The applicant component's organisations: their names and the search by their words. */
    @Inject
    ApplicantOrganisations organisations;

    @Inject
    org.levier.dossier.control.SubmissionMails submissionMails;

    @Inject
    Event<DossierMoved> moved;

    // --- applicant ---

    /**
     * Creates a draft of the applicant's organisation under an open call, for one of the call's actions (by its
     * number in the programme), with whatever the applicant has written so far.
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Dossier create(ApplicantContext applicant, long callId, int actionNumber, DossierDraft draft) {
        CallForProjects call = programmeLoader.call(callId).orElseThrow(() -> new NotFound("call " + callId));
        Instant now = invocation.now();
        List<Violation> violations = new ArrayList<>();
        if (!call.isOpenAt(now)) {
            violations.add(new Violation("callId", "the call " + call.getCode() + " is not open"));
        }
        ProgrammeAction action = programmes.action(call.getProgramme(), actionNumber).orElse(null);
        if (action == null) {
            violations.add(new Violation("actionNumber", "no action " + actionNumber + " in the programme "
                    + call.getProgramme().getCode()));
        } else if (!call.getEligibleActions().contains(action)) {
            violations.add(new Violation("actionNumber", "action " + actionNumber + " is not eligible for the call "
                    + call.getCode()));
        }
        Dossier dossier = null;
        try {
            dossier = Dossier.draft(call.getProgramme().getId(), call.getId(), action == null ? 0 : action.getId(),
                    applicant.organisationId(), applicant.email(), draft, indicatorCodes(), now);
        } catch (RuleViolation invalid) {
            violations.addAll(invalid.violations());
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation("dossier.invalid", "The dossier cannot be created: see violations", violations);
        }
        em.persist(dossier);
        em.flush();
        Map<String, Object> changes = DossierChanges.content(dossier);
        changes.put("callId", callId);
        changes.put("actionId", dossier.getActionId());
        changes.put("organisationId", dossier.getOrganisationId());
        audit.record("dossier.created", ENTITY, dossier.getId(), "Draft created: " + dossier.getTitle(), changes);
        return loaded(dossier);
    }

    /** The applicant's own dossier, with its lines, targets and milestones. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Optional<Dossier> findOwn(ApplicantContext applicant, long id) {
        return own(applicant, id, LockModeType.NONE).map(Dossiers::loaded);
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public Dossier getOwn(ApplicantContext applicant, long id) {
        return findOwn(applicant, id).orElseThrow(() -> new NotFound("dossier " + id));
    }

    /** Replaces the content of a draft; {@code expectedVersion} is the version the applicant edited. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Dossier updateDraft(ApplicantContext applicant, long id, long expectedVersion, DossierDraft draft) {
        Dossier dossier = requireOwn(applicant, id, LockModeType.NONE);
        requireVersion(dossier, expectedVersion);
        dossier.editDraft(applicant.organisationId(), draft, indicatorCodes(), invocation.now());
        invocation.flush("dossier " + dossier.getId());
        audit.record("dossier.updated", ENTITY, dossier.getId(), "Draft saved: " + dossier.getTitle(),
                DossierChanges.content(dossier));
        return loaded(dossier);
    }

    /**
     * Submits a draft: every submission rule is checked and all violations are reported together
     * ({@code dossier.submission.refused}); then the dossier gets the next reference of its programme and year.
     * The dossier row is locked first, so a double click queues and then finds the dossier already submitted.
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Dossier submit(ApplicantContext applicant, long id, long expectedVersion, ApplicantProfile profile) {
        Dossier dossier = requireOwn(applicant, id, LockModeType.PESSIMISTIC_WRITE);
        requireVersion(dossier, expectedVersion);
        dossier.requireNotReturned();
        dossier.getStatus().requireMoveTo(DossierStatus.SUBMITTED, Role.APPLICANT);
        CallForProjects call = programmeLoader.call(dossier.getCallId()).orElse(null);
        ProgrammeAction action = programmeLoader.action(dossier.getActionId()).orElse(null);
        Instant now = invocation.now();
        List<Violation> violations = SubmissionRules.check(new SubmissionRules.Submission(dossier, call, action,
                profile.sizeClass(), profile.deMinimisAid(), documentKinds.presentOn(id),
                documentKinds.requiredBy(call.getId()), now));
        if (!violations.isEmpty()) {
            throw new RuleViolation("dossier.submission.refused", "The dossier cannot be submitted: "
                    + violations.size() + (violations.size() == 1 ? " rule is" : " rules are") + " not met",
                    violations);
        }
        String reference = references.next(call.getProgramme().getCode(), now);
        dossier.submit(reference, now, applicant.email());
        invocation.flush("dossier " + dossier.getId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", DossierStatus.SUBMITTED);
        changes.put("reference", reference);
        changes.put("requestedTotal", dossier.requestedTotal());
        changes.put("totalCost", dossier.totalCost());
        submissionMails.submitted(dossier, applicant.email());
        audit.record("dossier.submitted", ENTITY, dossier.getId(), "Dossier " + reference + " submitted",
                changes);
        return loaded(dossier);
    }

    /** The applicant withdraws its dossier, from the draft up to the committee. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Dossier withdraw(ApplicantContext applicant, long id, String reason) {
        Dossier dossier = requireOwn(applicant, id, LockModeType.NONE);
        DossierStatus from = dossier.getStatus();
        DossierTransition transition = dossier.withdraw(applicant.organisationId(), applicant.email(), reason,
                invocation.now());
        invocation.flush("dossier " + dossier.getId());
        moved.fire(new DossierMoved(id, from, DossierStatus.WITHDRAWN, applicant.email(),
                transition.reason().orElse(null)));
        audit.record("dossier.withdrawn", ENTITY, dossier.getId(),
                "Dossier " + DossierChanges.label(dossier) + " withdrawn",
                DossierChanges.transition(transition));
        return loaded(dossier);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed(Role.APPLICANT_NAME)
    public Page<DossierSummary> listOwn(ApplicantContext applicant, DossierFilter filter, int page, int size,
                                        String sort) {
        return list(applicant.organisationId(), filter, page, size, sort);
    }

    /** The next milestone of a dossier: the first whose due date is not past. */
    public record NextMilestone(long dossierId, java.time.LocalDate dueDate, String title) {
    }

    /**
     * For one page of the applicant's list: each dossier's first milestone due on or after {@code from}, by one
     * query (dossiers of other organisations are ignored).
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Map<Long, NextMilestone> nextMilestonesOwn(ApplicantContext applicant, java.util.Collection<Long> ids,
                                                      java.time.LocalDate from) {
        return new DossierList(em, organisations).nextMilestones(applicant.organisationId(), ids, from);
    }

    /** The history as the applicant may see it: the staff's moves show their role, not the person. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<HistoryEntry> historyOwn(ApplicantContext applicant, long id) {
        requireOwn(applicant, id, LockModeType.NONE);
        return transitions(id).stream()
                .map(t -> entry(t, t.actorRole().filter(Role.APPLICANT.name()::equals).isPresent()))
                .toList();
    }

    // --- fund staff and auditors ---

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Optional<Dossier> find(long id) {
        return Optional.ofNullable(em.find(Dossier.class, id)).map(Dossiers::loaded);
    }

    /** The dossier of a reference ({@code TI-DK-2026-0001}, case and surrounding spaces ignored). */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Optional<Dossier> findByReference(String reference) {
        if (reference == null || reference.isBlank() || reference.strip().length() > 40) {
            return Optional.empty();
        }
        return em.createQuery("select d from Dossier d where d.reference = :reference", Dossier.class)
                .setParameter("reference", reference.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().map(Dossiers::loaded);
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Dossier get(long id) {
        return find(id).orElseThrow(() -> new NotFound("dossier " + id));
    }

    /**
     * A move of the lifecycle by the fund's staff, in the role the move needs when the caller has it (a caller who
     * is both analyst and director acts as director only where an analyst may not). Fires {@link DossierMoved} in
     * the transaction: the components whose gate the move crosses (due diligence, committee) may refuse it.
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public Dossier moveTo(long id, DossierStatus target, String reason) {
        Dossier dossier = em.find(Dossier.class, id);
        if (dossier == null) {
            throw new NotFound("dossier " + id);
        }
        DossierStatus from = dossier.getStatus();
        Role role = DossierChanges.actingRole(from, target, context::isCallerInRole);
        DossierTransition transition = dossier.moveTo(target, role, invocation.caller(), reason, invocation.now());
        invocation.flush("dossier " + dossier.getId());
        moved.fire(new DossierMoved(id, from, target, transition.getActor(), transition.reason().orElse(null)));
        audit.record("dossier.transition", ENTITY, dossier.getId(),
                "Dossier " + DossierChanges.label(dossier) + ": " + from + " → " + target,
                DossierChanges.transition(transition));
        return loaded(dossier);
    }

    /**
     * Levier's own move AGREEMENT_SIGNED → IN_EXECUTION, made when the first disbursement of the dossier's agreement
     * is paid: only inside the paying transaction (MANDATORY), by the director who pays. The history shows Levier
     * as the actor; the audit event names the director whose payment caused it.
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.MANDATORY)
    public Dossier startExecution(long id, String cause) {
        Dossier dossier = em.find(Dossier.class, id);
        if (dossier == null) {
            throw new NotFound("dossier " + id);
        }
        DossierStatus from = dossier.getStatus();
        DossierTransition transition = dossier.startExecution(cause, invocation.now());
        invocation.flush("dossier " + dossier.getId());
        audit.record("dossier.transition", ENTITY, dossier.getId(),
                "Dossier " + DossierChanges.label(dossier) + ": " + from + " → " + DossierStatus.IN_EXECUTION,
                DossierChanges.transition(transition));
        return dossier;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Page<DossierSummary> list(DossierFilter filter, int page, int size, String sort) {
        return list(null, filter, page, size, sort);
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<HistoryEntry> history(long id) {
        if (em.find(Dossier.class, id) == null) {
            throw new NotFound("dossier " + id);
        }
        return transitions(id).stream().map(t -> entry(t, true)).toList();
    }

    // --- reference data of the form ---

    /** The impact indicator catalogue, by code. */
    @RolesAllowed({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<ImpactIndicator> indicators() {
        return em.createQuery("select i from ImpactIndicator i order by i.code", ImpactIndicator.class)
                .getResultList();
    }

    /** The kinds of documents a call requires before submission. */
    @RolesAllowed({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public Set<DocumentKind> mandatoryDocuments(long callId) {
        return documentKinds.requiredBy(callId);
    }

    /** Sets the kinds of documents a call requires (the director manages calls). */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public void requireDocuments(long callId, Set<DocumentKind> kinds) {
        CallForProjects call = programmeLoader.lockCall(callId).orElseThrow(() -> new NotFound("call " + callId));
        documentKinds.require(callId, kinds);
        audit.record("call.documents.required", "CallForProjects", callId,
                "Mandatory documents of " + call.getCode() + ": " + kinds,
                Map.of("mandatoryDocuments", String.valueOf(kinds)));
    }

    // --- helpers ---

    /** The legal names of the given organisations (those of a page of the list), in one query. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.COMMITTEE_MEMBER_NAME})
    public Map<Long, String> organisationNames(java.util.Collection<Long> organisationIds) {
        return organisationIds == null || organisationIds.isEmpty() ? Map.of()
                : organisations.legalNames(organisationIds);
    }

    private Page<DossierSummary> list(Long organisationId, DossierFilter filter, int page, int size, String sort) {
        return new DossierList(em, organisations).page(organisationId, filter, page, size, sort);
    }

    /**
     * How many dossiers per status match the filter (its own status filter aside), by one {@code GROUP BY} in the
     * database; every status is present, zero when none. For the staff list's counters.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Map<DossierStatus, Long> countByStatus(DossierFilter filter) {
        return new DossierList(em, organisations).countByStatus(filter);
    }

    private Optional<Dossier> own(ApplicantContext applicant, long id, LockModeType lock) {
        return em.createQuery("select d from Dossier d where d.id = :id and d.organisationId = :organisation",
                        Dossier.class)
                .setParameter("id", id)
                .setParameter("organisation", applicant.organisationId())
                .setLockMode(lock)
                .getResultStream().findFirst();
    }

    private Dossier requireOwn(ApplicantContext applicant, long id, LockModeType lock) {
        return own(applicant, id, lock).orElseThrow(() -> new NotFound("dossier " + id));
    }

    private static void requireVersion(Dossier dossier, long expectedVersion) {
        if (dossier.getVersion() != expectedVersion) {
            throw new StaleVersion("dossier " + dossier.getId(), expectedVersion, dossier.getVersion());
        }
    }

    private Set<String> indicatorCodes() {
        return Set.copyOf(em.createQuery("select i.code from ImpactIndicator i", String.class).getResultList());
    }

    private List<DossierTransition> transitions(long id) {
        return em.createQuery("select t from DossierTransition t where t.dossier.id = :id"
                        + " order by t.occurredAt, t.id", DossierTransition.class)
                .setParameter("id", id)
                .getResultList();
    }

    private static HistoryEntry entry(DossierTransition t, boolean showActor) {
        return new HistoryEntry(t.from().orElse(null), t.getToStatus(), t.getOccurredAt(),
                showActor ? t.getActor() : null, t.actorRole().orElse(null), t.reason().orElse(null));
    }

    /** Loads what a reader of the dossier sees (four short queries), so it can be used once detached. */
    private static Dossier loaded(Dossier dossier) {
        dossier.getBudgetLines().size();
        dossier.getCofinancing().size();
        dossier.getImpactTargets().size();
        dossier.getMilestones().size();
        return dossier;
    }
}
