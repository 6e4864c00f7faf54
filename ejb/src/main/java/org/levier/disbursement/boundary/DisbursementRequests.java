package org.levier.disbursement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.agreement.control.Ledger;
import org.levier.agreement.entity.Agreement;
import org.levier.agreement.entity.Tranche;
import org.levier.audit.boundary.AuditTrail;
import org.levier.disbursement.control.DisbursementLocks;
import org.levier.disbursement.control.DisbursementQueries;
import org.levier.disbursement.entity.Disbursement;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.Role;

/**
 * Requesting a disbursement against a tranche of a signed agreement: by the fund's staff, or by the applicant for
 * its own agreement with evidence. The request takes the agreement row under PESSIMISTIC_WRITE first
 * ({@link DisbursementLocks}, the lock every money movement of the agreement queues on), then asks the agreement
 * whether the amount fits ({@code Agreement.admit}, sums read after the lock) and audits last. The moves that follow
 * (approve, pay, cancel) are {@link Disbursements}'.
 *
 * <p>An {@code Idempotency-Key} makes a repeated request return the first one ({@link Requested#replayed()}).
 * Refusals: {@link RuleViolation} 422 ({@code disbursement.exceeds-remaining}, {@code disbursement.conditions-unmet},
 * {@code disbursement.idempotency-key-reused}, {@code disbursement.evidence-required},
 * {@code disbursement.evidence-unknown}, {@code disbursement.tranche-withdrawn}, {@code disbursement.invalid});
 * {@link NotFound} 404 (also for another organisation's agreement); {@link StaleVersion} 409 when a concurrent
 * request with the same key of the same requester on another agreement won the unique key (retrying returns the
 * first result).
 */
@Stateless
public class DisbursementRequests {

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    Ledger ledger;

    @Inject
    DisbursementQueries queries;

    @Inject
    DisbursementLocks locks;

    /**
     * Staff request a disbursement against a tranche of the dossier's agreement (evidence optional): an analyst, or a
     * fund director — who then can never approve that request (four eyes, checked at approval).
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public Requested request(long dossierId, DisbursementRequest request) {
        Agreement agreement = locks.agreementOfDossier(dossierId);
        return request(agreement, request,
                context.isCallerInRole(Role.FUND_DIRECTOR_NAME) ? Role.FUND_DIRECTOR : Role.ANALYST);
    }

    /**
     * The applicant requests a disbursement against its own agreement, with at least one evidence document of the
     * dossier.
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Requested requestOwn(ApplicantContext applicant, long dossierId, DisbursementRequest request) {
        Agreement agreement = locks.agreementOfDossier(dossierId);
        if (!agreement.belongsTo(applicant.organisationId())) {
            throw new NotFound("agreement of dossier " + dossierId);
        }
        return request(agreement, request, Role.APPLICANT);
    }

    private Requested request(Agreement agreement, DisbursementRequest request, Role role) {
        String requester = invocation.caller();
        String key = Disbursement.normaliseKey(request.idempotencyKey());
        if (key != null) {
            Optional<Disbursement> first = byKey(requester, key);
            if (first.isPresent()) {
                if (!first.get().isSameRequest(agreement.getId(), request.trancheId(), request.amount())) {
                    throw new RuleViolation("disbursement.idempotency-key-reused", "This Idempotency-Key was used for"
                            + " another request (disbursement " + first.get().getId() + "): use a new key",
                            List.of(new Violation("Idempotency-Key", "already used for another request")));
                }
                return new Requested(first.get(), true);
            }
        }
        Tranche tranche = agreement.requestableTranche(request.trancheId());
        agreement.requireConditionsMet();
        if (role == Role.APPLICANT && request.evidenceDocumentIds().isEmpty()) {
            throw new RuleViolation("disbursement.evidence-required", "An applicant's request comes with evidence:"
                    + " upload the documents to the dossier and name them",
                    List.of(new Violation("evidence", "at least one document")));
        }
        queries.requireDocumentsOf(agreement.getDossierId(), request.evidenceDocumentIds());
        Disbursement disbursement = Disbursement.request(agreement.getId(), tranche.getId(), tranche.getInstrument(),
                request.amount(), requester, role, key, request.evidenceDocumentIds(), invocation.now());
        agreement.admit(tranche.getId(), request.amount(), ledger.byInstrument(agreement.getId()),
                ledger.byTranche(agreement.getId()));
        em.persist(disbursement);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // uq_disbursement_idempotency: the same requester's same key on another agreement, committed meanwhile.
            throw new StaleVersion("disbursement request with this Idempotency-Key", e);
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("agreementId", agreement.getId());
        changes.put("trancheId", tranche.getId());
        changes.put("instrument", tranche.getInstrument());
        changes.put("amount", disbursement.getAmount());
        changes.put("status", disbursement.getStatus());
        changes.put("evidence", disbursement.getEvidence());
        changes.put("idempotencyKey", key);
        audit.record("disbursement.requested", Disbursements.ENTITY, disbursement.getId(), "Disbursement of "
                + disbursement.getAmount().toPlainString() + " requested on tranche " + tranche.getId()
                + " of dossier " + agreement.getDossierId(), changes);
        return new Requested(disbursement, false);
    }

    private Optional<Disbursement> byKey(String requester, String key) {
        return em.createQuery("select d from Disbursement d where d.requestedBy = :requester"
                        + " and d.idempotencyKey = :key", Disbursement.class)
                .setParameter("requester", requester)
                .setParameter("key", key)
                .getResultStream().findFirst().map(DisbursementQueries::loaded);
    }
}
