package org.levier.dossier.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.control.DocumentKinds;
import org.levier.dossier.control.ReferenceAllocator;
import org.levier.dossier.control.SubmissionRules;
import org.levier.dossier.entity.DocumentKind;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierDraft;
import org.levier.dossier.entity.DossierStatus;
import org.levier.dossier.entity.DossierTransition;
import org.levier.dossier.entity.ImpactIndicator;
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
    private static final String STAFF_SELECT = "select new org.levier.dossier.boundary.DossierSummary(d.id,"
            + " d.reference, d.title, d.status, d.programmeId, d.callId, d.actionId, d.organisationId,"
            + " d.requestedGrant, d.requestedAdvance, d.requestedEquity, d.submittedAt, d.updatedAt, d.version)"
            + " from Dossier d";
    private static final Map<String, String> SORTABLE = Map.of("updatedAt", "d.updatedAt", "createdAt",
            "d.createdAt", "submittedAt", "d.submittedAt", "reference", "d.reference", "title", "d.title",
            "status", "d.status", "id", "d.id");

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    ReferenceAllocator references;

    @Inject
    DocumentKinds documentKinds;

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
        CallForProjects call = em.find(CallForProjects.class, callId);
        if (call == null) {
            throw new NotFound("call " + callId);
        }
        Instant now = invocation.now();
        List<Violation> violations = new ArrayList<>();
        if (!call.isOpenAt(now)) {
            violations.add(new Violation("callId", "the call " + call.getCode() + " is not open"));
        }
        ProgrammeAction action = em.createQuery("select a from ProgrammeAction a where a.programme = :programme"
                        + " and a.number = :number", ProgrammeAction.class)
                .setParameter("programme", call.getProgramme())
                .setParameter("number", actionNumber)
                .getResultStream().findFirst().orElse(null);
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
        Map<String, Object> changes = contentChanges(dossier);
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
                contentChanges(dossier));
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
        CallForProjects call = em.find(CallForProjects.class, dossier.getCallId());
        ProgrammeAction action = em.find(ProgrammeAction.class, dossier.getActionId());
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
        audit.record("dossier.withdrawn", ENTITY, dossier.getId(), "Dossier " + label(dossier) + " withdrawn",
                transitionChanges(transition));
        return loaded(dossier);
    }

    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
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
        Map<Long, NextMilestone> next = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return next;
        }
        em.createQuery("select m.dossier.id, m.dueDate, m.title from Milestone m"
                        + " where m.dossier.id in :ids and m.dossier.organisationId = :organisation"
                        + " and m.dueDate >= :from order by m.dossier.id, m.dueDate, m.position", Object[].class)
                .setParameter("ids", ids)
                .setParameter("organisation", applicant.organisationId())
                .setParameter("from", from)
                .getResultList()
                .forEach(row -> next.putIfAbsent((Long) row[0],
                        new NextMilestone((Long) row[0], (java.time.LocalDate) row[1], (String) row[2])));
        return next;
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
        DossierTransition transition = dossier.moveTo(target, actingRole(from, target),
                invocation.caller(), reason, invocation.now());
        invocation.flush("dossier " + dossier.getId());
        moved.fire(new DossierMoved(id, from, target, transition.getActor(), transition.reason().orElse(null)));
        audit.record("dossier.transition", ENTITY, dossier.getId(),
                "Dossier " + label(dossier) + ": " + from + " → " + target, transitionChanges(transition));
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
                "Dossier " + label(dossier) + ": " + from + " → " + DossierStatus.IN_EXECUTION,
                transitionChanges(transition));
        return dossier;
    }

    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
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
        CallForProjects call = em.find(CallForProjects.class, callId, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw new NotFound("call " + callId);
        }
        documentKinds.require(callId, kinds);
        audit.record("call.documents.required", "CallForProjects", callId,
                "Mandatory documents of " + call.getCode() + ": " + kinds,
                Map.of("mandatoryDocuments", String.valueOf(kinds)));
    }

    // --- helpers ---

    /** The legal names of the given organisations (those of a page of the list), in one query. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.COMMITTEE_MEMBER_NAME})
    public Map<Long, String> organisationNames(java.util.Collection<Long> organisationIds) {
        if (organisationIds == null || organisationIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select o.id, o.legalName from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(new HashSet<>(organisationIds)))
                .getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private Page<DossierSummary> list(Long organisationId, DossierFilter filter, int page, int size, String sort) {
        Page.check(page, size);
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(organisationId, filter, parameters);
        TypedQuery<DossierSummary> query = em.createQuery(STAFF_SELECT + where + orderBy(sort),
                DossierSummary.class);
        TypedQuery<Long> count = em.createQuery("select count(d) from Dossier d" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<DossierSummary> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /**
     * How many dossiers per status match the filter (its own status filter aside), by one {@code GROUP BY} in the
     * database; every status is present, zero when none. For the staff list's counters.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Map<DossierStatus, Long> countByStatus(DossierFilter filter) {
        DossierFilter f = filter == null ? DossierFilter.ALL : filter;
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(null, f.anyStatus(), parameters);
        TypedQuery<Object[]> query = em.createQuery("select d.status, count(d) from Dossier d" + where
                + " group by d.status", Object[].class);
        parameters.forEach(query::setParameter);
        Map<DossierStatus, Long> counts = new java.util.EnumMap<>(DossierStatus.class);
        for (DossierStatus status : DossierStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : query.getResultList()) {
            counts.put((DossierStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** The where clause of the list and its counts, filling {@code parameters}. */
    private static String where(Long organisationId, DossierFilter filter, Map<String, Object> parameters) {
        DossierFilter f = filter == null ? DossierFilter.ALL : filter;
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (organisationId != null) {
            where.append(" and d.organisationId = :organisation");
            parameters.put("organisation", organisationId);
        }
        if (f.status() != null) {
            where.append(" and d.status = :status");
            parameters.put("status", f.status());
        }
        if (f.programme() != null) {
            where.append(" and d.programmeId in (select p.id from Programme p where p.code = :programme)");
            parameters.put("programme", f.programme());
        }
        if (f.axis() != null) {
            where.append(" and d.actionId in (select a.id from ProgrammeAction a where a.axis.number = :axis)");
            parameters.put("axis", f.axis());
        }
        if (f.action() != null) {
            where.append(" and d.actionId in (select a.id from ProgrammeAction a where a.number = :action)");
            parameters.put("action", f.action());
        }
        if (f.call() != null) {
            where.append(" and d.callId = :call");
            parameters.put("call", f.call());
        }
        if (f.q() != null) {
            where.append(org.levier.dossier.control.DossierSearch.condition(f.q(), parameters));
        }
        return where.toString();
    }

    /** {@code field,asc|desc} over a fixed set of fields; newest change first by default; id breaks ties. */
    static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return " order by d.updatedAt desc, d.id desc";
        }
        String[] parts = sort.split(",", -1);
        String column = SORTABLE.get(parts[0].strip());
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new RuleViolation("paging.sort", "Sort by one of " + new java.util.TreeSet<>(SORTABLE.keySet())
                    + ", asc or desc", List.of(new Violation("sort", "unknown sort: " + sort)));
        }
        return " order by " + column + " " + direction + ("d.id".equals(column) ? "" : ", d.id " + direction);
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

    private Role actingRole(DossierStatus from, DossierStatus target) {
        Set<Role> callerRoles = new HashSet<>();
        for (Role role : List.of(Role.ANALYST, Role.FUND_DIRECTOR)) {
            if (context.isCallerInRole(role.name())) {
                callerRoles.add(role);
            }
        }
        Optional<DossierStatus.Move> move = from.findMoveTo(target);
        if (move.isPresent()) {
            for (Role role : List.of(Role.ANALYST, Role.FUND_DIRECTOR)) {
                if (callerRoles.contains(role) && move.get().allows(role)) {
                    return role;
                }
            }
        }
        return callerRoles.contains(Role.ANALYST) ? Role.ANALYST : Role.FUND_DIRECTOR;
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

    private static Map<String, Object> contentChanges(Dossier dossier) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("title", dossier.getTitle());
        changes.put("startDate", dossier.getStartDate());
        changes.put("endDate", dossier.getEndDate());
        dossier.requested().forEach((instrument, amount) -> changes.put("requested." + instrument, amount));
        changes.put("totalCost", dossier.totalCost());
        changes.put("cofinancingTotal", dossier.cofinancingTotal());
        changes.put("budgetLines", dossier.getBudgetLines().size());
        changes.put("cofinancingLines", dossier.getCofinancing().size());
        changes.put("impactTargets", dossier.getImpactTargets().size());
        changes.put("milestones", dossier.getMilestones().size());
        return changes;
    }

    private static Map<String, Object> transitionChanges(DossierTransition transition) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("from", transition.from().orElse(null));
        changes.put("to", transition.getToStatus());
        changes.put("reason", transition.reason().orElse(null));
        return changes;
    }

    private static String label(Dossier dossier) {
        return dossier.reference().orElse("#" + dossier.getId());
    }
}
