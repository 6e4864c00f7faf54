package org.levier.agreement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.agreement.control.Envelopes;
import org.levier.agreement.control.Ledger;
import org.levier.agreement.entity.Agreement;
import org.levier.agreement.entity.AgreementTerms;
import org.levier.agreement.entity.Amendment;
import org.levier.agreement.entity.AmendmentTerms;
import org.levier.agreement.entity.ApprovedDecision;
import org.levier.agreement.entity.ConditionPrecedent;
import org.levier.audit.boundary.AuditTrail;
import org.levier.document.control.DocumentOwners;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierStatus;
import org.levier.programme.entity.Programme;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.BusinessDates;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The agreement use cases: a fund director signs the agreement of an approved dossier and amends it; staff record
 * conditions precedent as met; the applicant reads its own agreement, staff and auditors every one.
 *
 * <p>Locks, always in this order: the programme row (signature, amendment), then the agreement row (amendment,
 * condition), then the dossier row (its status move), and the audit chain head last. Exceptions:
 * {@link RuleViolation} 422, {@link NotFound} 404, {@link StaleVersion} 409.
 */
@Stateless
public class Agreements {

    static final String ENTITY = "Agreement";

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Dossiers dossiers;

    @Inject
    Envelopes envelopes;

    @Inject
    Ledger ledger;

    @Inject
    DocumentOwners documents;

    /**
     * Signs the agreement of an APPROVED dossier from the committee's decision (read by the caller from the
     * committee component) and moves the dossier to AGREEMENT_SIGNED.
     *
     * @throws RuleViolation {@code agreement.dossier-not-approved}, {@code agreement.exists}, the rules of
     *                       {@link Agreement#sign}, {@code agreement.envelope.programme-exceeded} /
     *                       {@code agreement.envelope.action-exceeded}
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public AgreementView sign(ApprovedDecision decision, AgreementTerms terms) {
        Dossier dossier = dossiers.get(decision.dossierId());
        if (dossier.getStatus() != DossierStatus.APPROVED) {
            throw new RuleViolation("agreement.dossier-not-approved", "Only an approved dossier gets an agreement:"
                    + " this one is " + dossier.getStatus(), List.of(new Violation("status",
                    String.valueOf(dossier.getStatus()))));
        }
        Programme programme = envelopes.lock(dossier.getProgrammeId());
        if (agreementIdOf(decision.dossierId()).isPresent()) {
            throw new RuleViolation("agreement.exists", "The dossier already has its agreement");
        }
        Instant now = invocation.now();
        Agreement agreement = Agreement.sign(decision, dossier.getProgrammeId(), dossier.getActionId(),
                dossier.getOrganisationId(), terms, invocation.caller(), BusinessDates.today(clock), now);
        envelopes.requireRoomForSignature(programme, agreement.getActionId(), agreement.totalCommitted(),
                decision.dossierId());
        em.persist(agreement);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // uq_agreement_dossier: only reachable if the dossier changed programme meanwhile, which it cannot.
            throw new StaleVersion("agreement of dossier " + decision.dossierId(), e);
        }
        dossiers.moveTo(decision.dossierId(), DossierStatus.AGREEMENT_SIGNED, "agreement signed on "
                + terms.signedOn());
        Map<String, Object> changes = commitmentChanges(agreement.committed());
        changes.put("dossierId", agreement.getDossierId());
        changes.put("signedOn", agreement.getSignedOn());
        changes.put("tranches", agreement.getTranches().size());
        changes.put("conditions", agreement.getConditions().size());
        audit.record("agreement.signed", ENTITY, agreement.getId(), "Agreement signed for dossier "
                + label(dossier) + ": " + agreement.totalCommitted().toPlainString() + " committed", changes);
        return view(agreement);
    }

    /**
     * Amends the agreement of a dossier; {@code expectedVersion} is the version the director edited.
     *
     * @throws RuleViolation the rules of {@link Agreement#amend} (notably {@code agreement.amendment.below-engaged})
     *                       and, on an increase, the envelope rules
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public AgreementView amend(long dossierId, long expectedVersion, AmendmentTerms terms) {
        Object[] ids = idsOf(dossierId);
        Programme programme = envelopes.lock((Long) ids[1]);
        Agreement agreement = lock((Long) ids[0]);
        if (agreement.getVersion() != expectedVersion) {
            throw new StaleVersion("agreement " + agreement.getId(), expectedVersion, agreement.getVersion());
        }
        Money before = agreement.totalCommitted();
        Amendment amendment = agreement.amend(terms, ledger.byInstrument(agreement.getId()),
                ledger.byTranche(agreement.getId()), invocation.caller(), invocation.now());
        Money increase = agreement.totalCommitted().minus(before);
        if (increase.isPositive()) {
            envelopes.requireRoomFor(programme, agreement.getActionId(), increase);
        }
        invocation.flush("agreement " + agreement.getId());
        Map<String, Object> changes = commitmentChanges(agreement.committed());
        changes.put("amendment", amendment.getNumber());
        changes.put("reason", amendment.getReason());
        changes.put("schedule", amendment.getSchedule());
        audit.record("agreement.amended", ENTITY, agreement.getId(), "Agreement of dossier " + dossierId
                + " amended (n° " + amendment.getNumber() + ")", changes);
        return view(agreement);
    }

    /**
     * Records a condition precedent of the dossier's agreement as met on {@code metOn} (not after today), evidenced
     * by a document of the dossier.
     *
     * @throws RuleViolation the rules of {@link Agreement#markConditionMet}, {@code agreement.condition.evidence-unknown}
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public AgreementView markConditionMet(long dossierId, long conditionId, LocalDate metOn, Long evidenceDocumentId) {
        Agreement agreement = lock((Long) idsOf(dossierId)[0]);
        ConditionPrecedent condition = agreement.markConditionMet(conditionId, metOn, evidenceDocumentId,
                invocation.caller(),
                BusinessDates.today(clock), invocation.now());
        if (!isDocumentOf(dossierId, evidenceDocumentId)) {
            throw new RuleViolation("agreement.condition.evidence-unknown", "The evidence must be a document uploaded"
                    + " to the dossier", List.of(new Violation("evidenceDocumentId", "not a document of dossier "
                    + dossierId)));
        }
        invocation.flush("agreement " + agreement.getId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("condition", condition.getId());
        changes.put("metOn", metOn);
        changes.put("evidenceDocumentId", evidenceDocumentId);
        changes.put("allMet", agreement.conditionsMet());
        audit.record("agreement.condition.met", ENTITY, agreement.getId(), "Condition precedent met: "
                + condition.getDescription(), changes);
        return view(agreement);
    }

    /**
     * Withdraws the "met" of a condition precedent, with a reason, while no disbursement of the agreement other
     * than cancelled ones exists.
     *
     * @throws RuleViolation the rules of {@link Agreement#withdrawConditionMet}
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public AgreementView withdrawConditionMet(long dossierId, long conditionId, String reason) {
        Agreement agreement = lock((Long) idsOf(dossierId)[0]);
        ConditionPrecedent condition = agreement.withdrawConditionMet(conditionId, reason,
                ledger.anyLive(agreement.getId()), invocation.caller(), invocation.now());
        invocation.flush("agreement " + agreement.getId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("condition", condition.getId());
        changes.put("reason", condition.withdrawnReason().orElse(null));
        changes.put("allMet", agreement.conditionsMet());
        audit.record("agreement.condition.withdrawn", ENTITY, agreement.getId(), "Condition precedent no longer"
                + " met: " + condition.getDescription(), changes);
        return view(agreement);
    }

    /** The id of the dossier's agreement, when signed (nothing else is read). */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Optional<Long> idOf(long dossierId) {
        return agreementIdOf(dossierId);
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Optional<AgreementView> find(long dossierId) {
        return agreementIdOf(dossierId).map(id -> view(em.find(Agreement.class, id)));
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public AgreementView get(long dossierId) {
        return find(dossierId).orElseThrow(() -> new NotFound("agreement of dossier " + dossierId));
    }

    /** The applicant's own agreement; another organisation's does not exist for it. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public AgreementView getOwn(ApplicantContext applicant, long dossierId) {
        return agreementIdOf(dossierId).map(id -> em.find(Agreement.class, id))
                .filter(a -> a.belongsTo(applicant.organisationId()))
                .map(this::view)
                .orElseThrow(() -> new NotFound("agreement of dossier " + dossierId));
    }

    /** The amendments of the dossier's agreement, oldest first. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<Amendment> amendments(long dossierId) {
        Long id = agreementIdOf(dossierId).orElseThrow(() -> new NotFound("agreement of dossier " + dossierId));
        return em.createQuery("select m from Amendment m where m.agreement.id = :id order by m.number",
                Amendment.class).setParameter("id", id).getResultList();
    }

    // --- helpers ---

    private AgreementView view(Agreement agreement) {
        return AgreementView.of(agreement, ledger.byInstrument(agreement.getId()), ledger.byTranche(agreement.getId()),
                ledger.recovered(agreement.getId()));
    }

    private boolean isDocumentOf(long dossierId, Long documentId) {
        if (documentId == null) {
            return false;
        }
        return documents.isOf(dossierId, documentId);
    }

    private Optional<Long> agreementIdOf(long dossierId) {
        return em.createQuery("select a.id from Agreement a where a.dossierId = :dossier", Long.class)
                .setParameter("dossier", dossierId)
                .getResultStream().findFirst();
    }

    /** {agreement id, programme id} by a projection (nothing managed before the locks are taken). */
    private Object[] idsOf(long dossierId) {
        return em.createQuery("select a.id, a.programmeId from Agreement a where a.dossierId = :dossier",
                        Object[].class)
                .setParameter("dossier", dossierId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("agreement of dossier " + dossierId));
    }

    private Agreement lock(long agreementId) {
        Agreement agreement = em.find(Agreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null) {
            throw new NotFound("agreement " + agreementId);
        }
        return agreement;
    }

    private static Map<String, Object> commitmentChanges(Map<Instrument, Money> committed) {
        Map<String, Object> changes = new LinkedHashMap<>();
        committed.forEach((instrument, amount) -> changes.put("committed." + instrument, amount));
        return changes;
    }

    private static String label(Dossier dossier) {
        return dossier.reference().orElse("#" + dossier.getId());
    }
}
