package org.levier.committee.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.levier.audit.boundary.AuditTrail;
import org.levier.committee.control.AgendaLocks;
import org.levier.committee.entity.AgendaItem;
import org.levier.committee.entity.CommitteeSession;
import org.levier.committee.entity.Decision;
import org.levier.committee.entity.SessionStatus;
import org.levier.committee.entity.VoteChoice;
import org.levier.dossier.control.DossierIds;
import org.levier.dossier.control.DossierLoader;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierStatus;
import org.levier.identity.control.UserDirectory;
import org.levier.programme.control.ProgrammeIds;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The investment committee's sessions: the fund director plans, fills, opens and closes sessions; the members
 * declare attendance and conflicts of interest and vote; staff, auditors and the session's members read. The
 * decision and the decisions of a dossier are {@link CommitteeDecisions}'.
 *
 * <p>Locks ({@link AgendaLocks}): a command on a session locks its row; a declaration or a vote locks the agenda
 * item's row (they queue with the decision, so no vote slips in after it).
 *
 * <p>Refusals: {@link Forbidden} (403) {@code committee.not-a-member} (a member acting on, or reading, a session it
 * does not sit on); {@link RuleViolation} (422) {@code committee.session.*}, {@code committee.agenda.*},
 * {@code committee.conflict.*}, {@code committee.vote.conflicted}, {@code committee.vote.invalid},
 * {@code committee.item.decided}, {@code committee.item.not-in-committee}; {@link NotFound} (404).
 */
@Stateless
public class Committees {

    static final String SESSION = "CommitteeSession";
    static final String DECISION = "CommitteeDecision";
    static final String BUDGET_KEY = "committee.budget";
    private static final String[] READERS = {Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME,
            Role.COMMITTEE_MEMBER_NAME};

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierLoader dossierLoader;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    AgendaLocks locks;

    @Inject
    DossierIds dossierIds;

    @Inject
    ProgrammeIds programmes;

    @Inject
    UserDirectory directory;

    // --- the director's planning ---

    /** Plans a session; its members must be enabled users with the role COMMITTEE_MEMBER. */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public CommitteeSession plan(String title, LocalDate heldOn, Set<String> memberEmails) {
        return plan(title, heldOn, memberEmails, null);
    }

    /**
     * Plans a session for a programme: with no members given, the programme's standing committee members sit
     * (see {@code programme/boundary/ProgrammeSetups#seatCommittee}).
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public CommitteeSession plan(String title, LocalDate heldOn, Set<String> memberEmails, String programmeCode) {
        if ((memberEmails == null || memberEmails.isEmpty()) && programmeCode != null && !programmeCode.isBlank()) {
            memberEmails = programmes.find(programmeCode.strip())
                    .map(org.levier.programme.entity.Programme::getCommitteeMembers)
                    .orElseThrow(() -> new org.levier.shared.control.NotFound("programme " + programmeCode));
        }
        requireCommitteeMembers(memberEmails);
        CommitteeSession session = CommitteeSession.plan(title, heldOn, memberEmails, invocation.caller(),
                invocation.now());
        em.persist(session);
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("title", session.getTitle());
        changes.put("heldOn", session.getHeldOn());
        changes.put("members", session.memberEmails());
        audit.record("committee.session.planned", SESSION, session.getId(), "Committee session \""
                + session.getTitle() + "\" planned on " + session.getHeldOn(), changes);
        return loaded(session);
    }

    /** Replaces the voting members of a planned session. */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public CommitteeSession changeMembers(long sessionId, Set<String> memberEmails) {
        CommitteeSession session = locks.lockedSession(sessionId);
        requireCommitteeMembers(memberEmails);
        session.changeMembers(memberEmails);
        invocation.flush("committee session " + session.getId());
        audit.record("committee.session.members", SESSION, sessionId, "Members of committee session #" + sessionId
                + " changed", Map.of("members", session.memberEmails()));
        return loaded(session);
    }

    /** Puts a dossier in COMMITTEE on the agenda (not if it is already on an undecided item of another session). */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public CommitteeSession schedule(long sessionId, long dossierId) {
        CommitteeSession session = locks.lockedSession(sessionId);
        Dossier dossier = dossierLoader.find(dossierId).orElseThrow(() -> new NotFound("dossier " + dossierId));
        requireInCommittee(dossier);
        Long elsewhere = em.createQuery("select count(i) from AgendaItem i where i.dossierId = :dossier"
                        + " and i.session.id <> :session and i.session.status <> :closed"
                        + " and not exists (select d from Decision d where d.item = i)", Long.class)
                .setParameter("dossier", dossierId)
                .setParameter("session", sessionId)
                .setParameter("closed", SessionStatus.CLOSED)
                .getSingleResult();
        if (elsewhere > 0) {
            throw new RuleViolation("committee.agenda.already-scheduled", "Dossier " + label(dossier)
                    + " is already on the agenda of another session that has not decided on it");
        }
        AgendaItem item = session.schedule(dossierId, invocation.caller(), invocation.now());
        invocation.flush("committee session " + session.getId());
        audit.record("committee.agenda.added", SESSION, sessionId, "Dossier " + label(dossier)
                + " on the agenda of committee session #" + sessionId,
                Map.of("dossierId", dossierId, "position", item.getPosition()));
        return loaded(session);
    }

    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public CommitteeSession open(long sessionId) {
        CommitteeSession session = locks.lockedSession(sessionId);
        session.open(invocation.now());
        invocation.flush("committee session " + session.getId());
        audit.record("committee.session.opened", SESSION, sessionId, "Committee session #" + sessionId + " opened",
                Map.of("status", session.getStatus()));
        return loaded(session);
    }

    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public CommitteeSession close(long sessionId) {
        CommitteeSession session = locks.lockedSession(sessionId);
        session.close(invocation.now());
        invocation.flush("committee session " + session.getId());
        audit.record("committee.session.closed", SESSION, sessionId, "Committee session #" + sessionId + " closed",
                Map.of("status", session.getStatus()));
        return loaded(session);
    }

    // --- the members ---

    /** The calling member declares its attendance at an open session (it counts for the quorum). */
    @RolesAllowed(Role.COMMITTEE_MEMBER_NAME)
    public CommitteeSession attend(long sessionId) {
        CommitteeSession session = locks.lockedSession(sessionId);
        String member = requireMember(session);
        session.attend(member, invocation.now());
        invocation.flush("committee session " + session.getId());
        audit.record("committee.attendance", SESSION, sessionId, member + " attends committee session #"
                + sessionId, Map.of("member", member));
        return loaded(session);
    }

    /**
     * The calling member declares a conflict of interest on a dossier of the agenda (final; a vote it cast on it is
     * annulled); the member then neither votes nor counts for that item's quorum.
     */
    @RolesAllowed(Role.COMMITTEE_MEMBER_NAME)
    public AgendaEntry declareConflict(long sessionId, long dossierId, String note) {
        CommitteeSession session = locks.session(sessionId);
        String member = requireMember(session);
        if (session.getStatus() == SessionStatus.CLOSED) {
            throw new RuleViolation("committee.session.closed", "The session is closed");
        }
        AgendaItem item = locks.lockedItem(session, dossierId);
        Optional<VoteChoice> annulled = item.declareConflict(member, note, invocation.now());
        invocation.flush("agenda item " + item.getId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossierId);
        changes.put("member", member);
        changes.put("annulledVote", annulled.orElse(null));
        audit.record("committee.conflict.declared", SESSION, sessionId, member + " declared a conflict of interest"
                + " on dossier #" + dossierId, changes);
        return entries(session, List.of(item)).get(0);
    }

    /**
     * The calling member votes on a dossier of the agenda of an open session (voting records its attendance).
     * A member may change its vote until the dossier is decided.
     */
    @RolesAllowed(Role.COMMITTEE_MEMBER_NAME)
    public AgendaEntry vote(long sessionId, long dossierId, VoteChoice choice) {
        CommitteeSession session = locks.session(sessionId);
        String member = requireMember(session);
        session.requireOpen();
        AgendaItem item = locks.lockedItem(session, dossierId);
        Dossier dossier = dossierLoader.find(dossierId).orElse(null);
        requireInCommittee(dossier);
        Instant now = invocation.now();
        Optional<VoteChoice> previous = item.vote(member, choice, now);
        session.member(member).filter(m -> !m.isPresent()).ifPresent(m -> session.attend(member, now));
        invocation.flush("agenda item " + item.getId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossierId);
        changes.put("member", member);
        changes.put("choice", choice);
        changes.put("previous", previous.orElse(null));
        audit.record(previous.isPresent() ? "committee.vote.changed" : "committee.vote.cast", SESSION, sessionId,
                member + " voted " + choice + " on dossier " + label(dossier), changes);
        return entries(session, List.of(item)).get(0);
    }

    // --- reading ---

    /** A session with its members and agenda; a member reads only the sessions it sits on. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.COMMITTEE_MEMBER_NAME})
    public CommitteeSession get(long sessionId) {
        CommitteeSession session = locks.session(sessionId);
        requireReader(session);
        return loaded(session);
    }

    /**
     * Sessions, latest date first, optionally of one status; a member (who is not also staff or auditor) sees only
     * the sessions it sits on.
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.COMMITTEE_MEMBER_NAME})
    public Page<CommitteeSession> list(SessionStatus status, int page, int size) {
        Page.check(page, size);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (status != null) {
            where.append(" and s.status = :status");
            parameters.put("status", status);
        }
        if (!isStaffOrAuditor()) {
            where.append(" and exists (select m from SessionMember m where m.session = s and m.email = :me)");
            parameters.put("me", invocation.caller());
        }
        var query = em.createQuery("select s from CommitteeSession s" + where + " order by s.heldOn desc, s.id desc",
                CommitteeSession.class);
        var count = em.createQuery("select count(s) from CommitteeSession s" + where, Long.class);
        parameters.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    /** The agenda with, per dossier, its request, conflicts, votes, live tally and decision. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.COMMITTEE_MEMBER_NAME})
    public List<AgendaEntry> agenda(long sessionId) {
        CommitteeSession session = locks.session(sessionId);
        requireReader(session);
        return entries(session, session.getAgenda());
    }

    // --- helpers ---

    private List<AgendaEntry> entries(CommitteeSession session, List<AgendaItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, DossierIds.Request> rows = dossierIds.requests(items.stream().map(AgendaItem::getDossierId)
                .toList());
        Set<String> members = session.memberEmails();
        Set<String> attending = session.attendingEmails();
        return items.stream().map(item -> {
            DossierIds.Request r = rows.get(item.getDossierId());
            Map<Instrument, Money> requested = new EnumMap<>(Instrument.class);
            requested.put(Instrument.GRANT, r.grant());
            requested.put(Instrument.REPAYABLE_ADVANCE, r.advance());
            requested.put(Instrument.EQUITY, r.equity());
            return new AgendaEntry(item.getId(), item.getDossierId(), r.reference(), r.title(),
                    r.status(), requested, new TreeSet<>(item.conflictedMembers()), item.votesByMember(),
                    item.tally(members, attending), item.decision().map(Committees::loadedDecision).orElse(null));
        }).toList();
    }

    private void requireCommitteeMembers(Set<String> memberEmails) {
        Set<String> wanted = CommitteeSession.normalise(memberEmails);
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> found = directory.enabledWithRole(wanted, Role.COMMITTEE_MEMBER);
        List<Violation> v = wanted.stream().filter(e -> !found.contains(e))
                .map(e -> new Violation("members", e + " is not an enabled committee member")).toList();
        if (!v.isEmpty()) {
            throw new RuleViolation("committee.session.member-invalid", "Voting members are enabled users with the"
                    + " role COMMITTEE_MEMBER: see violations", v);
        }
    }

    private String requireMember(CommitteeSession session) {
        String me = invocation.caller();
        if (!session.isMember(me)) {
            throw new Forbidden("committee.not-a-member", me + " is not a voting member of committee session #"
                    + session.getId());
        }
        return me;
    }

    private void requireReader(CommitteeSession session) {
        if (!isStaffOrAuditor()) {
            requireMember(session);
        }
    }

    private boolean isStaffOrAuditor() {
        return context.isCallerInRole(Role.ANALYST_NAME) || context.isCallerInRole(Role.FUND_DIRECTOR_NAME)
                || context.isCallerInRole(Role.AUDITOR_NAME);
    }

    static void requireInCommittee(Dossier dossier) {
        if (dossier.getStatus() != DossierStatus.COMMITTEE) {
            throw new RuleViolation("committee.item.not-in-committee", "Dossier " + label(dossier) + " is "
                    + dossier.getStatus() + ", not in COMMITTEE");
        }
    }

    static String label(Dossier dossier) {
        return dossier.reference().orElse("#" + dossier.getId());
    }

    private static CommitteeSession loaded(CommitteeSession session) {
        session.getMembers().size();
        session.getAgenda().forEach(i -> {
            i.getVotes().size();
            i.getConflicts().size();
            i.decision().ifPresent(Committees::loadedDecision);
        });
        return session;
    }

    static Decision loadedDecision(Decision decision) {
        decision.getConditions().size();
        return decision;
    }
}
