package org.levier.committee.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.audit.boundary.AuditTrail;
import org.levier.budget.control.BudgetLedger;
import org.levier.committee.control.AgendaLocks;
import org.levier.committee.control.CommitteeGates;
import org.levier.committee.control.DecisionMails;
import org.levier.committee.entity.AgendaItem;
import org.levier.committee.entity.CommitteeSession;
import org.levier.committee.entity.Decision;
import org.levier.committee.entity.DecisionOutcome;
import org.levier.committee.entity.DecisionRequest;
import org.levier.committee.entity.Tally;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.control.DossierIds;
import org.levier.dossier.control.DossierLoader;
import org.levier.dossier.control.DossierOwnership;
import org.levier.dossier.entity.Dossier;
import org.levier.programme.entity.Programme;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The committee's decisions: the fund director records the decision on a dossier of an open session's agenda
 * ({@link #decide}), and staff, auditors and the applicant read the decisions of a dossier. The sessions, their
 * agenda, attendance, conflicts and votes are {@link Committees}'.
 *
 * <p>Locks, in the order of every money use case: for an approval the programme's row first (the one signatures
 * take, {@link BudgetLedger}), then the agenda item's row (so no vote slips in after the decision and an item is
 * decided once), then the dossier through {@link Dossiers#moveTo} (dossier row, then the due-diligence file on a
 * deferral); the audit trail last.
 *
 * <p>Refusals: {@link RuleViolation} (422) {@code committee.session.*} (not open), {@code committee.item.decided},
 * {@code committee.item.not-in-committee}, {@code committee.decision.invalid},
 * {@code committee.decision.above-requested}, {@code committee.decision.no-quorum},
 * {@code committee.decision.no-majority}, {@code committee.decision.against-vote},
 * {@code committee.decision.exists}, {@code committee.budget.programme-exceeded} /
 * {@code committee.budget.action-exceeded} (an approval beyond what is left, unless recorded subject to funds:
 * then it reserves nothing); {@link NotFound} (404); {@link StaleVersion} (409).
 */
@Stateless
public class CommitteeDecisions {

    @Inject
    Invocation invocation;

    @Inject
    DossierIds dossierIds;

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierLoader dossierLoader;

    @Inject
    DossierOwnership ownership;

    @Inject
    AuditTrail audit;

    @Inject
    Dossiers dossiers;

    @Inject
    DecisionMails mails;

    @Inject
    BudgetLedger budget;

    @Inject
    AgendaLocks locks;

    /**
     * Records the committee's decision on a dossier of an open session's agenda, then moves the dossier (APPROVED,
     * REJECTED, or back to DUE_DILIGENCE when DEFERRED) and tells the applicant by e-mail.
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public Decision decide(long sessionId, long dossierId, DecisionRequest request) {
        CommitteeSession session = locks.session(sessionId);
        session.requireOpen();
        // An approval reserves money: the programme's row lock comes first, as for signatures.
        Programme programme = request.outcome() == DecisionOutcome.APPROVED
                ? budget.lock(programmeIdOf(dossierId)) : null;
        AgendaItem item = locks.lockedItem(session, dossierId);
        if (item.decision().isPresent()) {
            throw new RuleViolation("committee.decision.exists", "The committee has already decided on this"
                    + " dossier in this session (" + item.decision().get().getOutcome() + "): a decision is final");
        }
        Dossier dossier = dossierLoader.find(dossierId).orElse(null);
        Committees.requireInCommittee(dossier);
        if (request.outcome() == DecisionOutcome.APPROVED && approvedDecision(dossierId).isPresent()) {
            throw new RuleViolation("committee.decision.exists", "Dossier " + Committees.label(dossier)
                    + " has already been approved");
        }
        Tally tally = item.tally(session.memberEmails(), session.attendingEmails());
        Decision decision = item.decide(request, dossier.requested(), tally, invocation.caller(), invocation.now());
        if (decision.isReserving()) {
            budget.requireRoom(programme, dossier.getActionId(), decision.approvedTotal(), Money.ZERO,
                    Committees.BUDGET_KEY);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("agenda item of dossier " + dossierId, e);
        } catch (PersistenceException e) {
            throw new RuleViolation("committee.decision.exists", "A decision on dossier "
                    + Committees.label(dossier) + " was recorded meanwhile: a decision is final");
        }
        String reason = decision.reasons().orElse("Committee session \"" + session.getTitle() + "\" of "
                + session.getHeldOn());
        dossiers.moveTo(dossierId, CommitteeGates.targetOf(decision.getOutcome()), reason);
        mails.decided(decision);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("sessionId", sessionId);
        changes.put("dossierId", dossierId);
        changes.put("outcome", decision.getOutcome());
        decision.approvedAmounts().forEach((i, m) -> changes.put("approved." + i, m));
        changes.put("conditions", decision.getConditions());
        changes.put("subjectToFunds", decision.isSubjectToFunds());
        changes.put("reasons", decision.reasons().orElse(null));
        changes.put("tally", tally);
        audit.record("committee.decision.recorded", Committees.DECISION, decision.getId(),
                "Committee decision on dossier " + Committees.label(dossier) + ": " + decision.getOutcome(), changes);
        return Committees.loadedDecision(decision);
    }

    // --- reading ---

    /** The decisions on a dossier, oldest first (a deferral, then an approval in a later session...). */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<Decision> decisions(long dossierId) {
        return decisionsOf(dossierId);
    }

    /** The decisions on the applicant's own dossier (another organisation's dossier: 404). */
    @RolesAllowed(Role.APPLICANT_NAME)
    public List<Decision> decisionsOwn(ApplicantContext applicant, long dossierId) {
        ownership.requireOwn(applicant, dossierId);
        return decisionsOf(dossierId);
    }

    /** The approving decision of a dossier (at most one), with its amounts and conditions precedent. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Optional<Decision> approvedDecision(long dossierId) {
        return em.createQuery("select d from Decision d where d.dossierId = :dossier and d.outcome = :approved",
                        Decision.class)
                .setParameter("dossier", dossierId)
                .setParameter("approved", DecisionOutcome.APPROVED)
                .getResultStream().findFirst().map(Committees::loadedDecision);
    }

    /**
     * The amounts the committee approved for a dossier, every instrument present (zero where none); empty when the
     * dossier is not approved. What the funding agreement commits.
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Map<Instrument, Money> approvedAmounts(long dossierId) {
        return approvedDecision(dossierId).map(Decision::approvedAmounts).orElse(Map.of());
    }

    // --- helpers ---

    private List<Decision> decisionsOf(long dossierId) {
        return em.createQuery("select d from Decision d where d.dossierId = :dossier order by d.decidedAt, d.id",
                        Decision.class)
                .setParameter("dossier", dossierId)
                .getResultList().stream().map(Committees::loadedDecision).toList();
    }

    /** The dossier's programme by a projection (nothing managed before the programme's lock). */
    private long programmeIdOf(long dossierId) {
        return dossierIds.standing(dossierId).map(DossierIds.Standing::programmeId)
                .orElseThrow(() -> new NotFound("dossier " + dossierId));
    }
}
