package org.levier.disbursement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.levier.agreement.control.AgreementLoader;
import org.levier.agreement.entity.Agreement;
import org.levier.disbursement.entity.Disbursement;
import org.levier.shared.control.NotFound;

/**
 * The rows every disbursement use case locks, in the one order they are taken: the agreement (PESSIMISTIC_WRITE,
 * the lock all money movements of an agreement queue on, taken by its owner's {@link AgreementLoader} in this
 * transaction), then the disbursement. The agreement is found by an id projection, so that nothing is read stale
 * before the lock. Used by the boundaries
 * ({@link org.levier.disbursement.boundary.Disbursements},
 * {@link org.levier.disbursement.boundary.DisbursementRequests}, and the payment batches), which check the
 * caller's roles.
 */
@Stateless
@PermitAll
public class DisbursementLocks {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementLoader agreements;

    /** The agreement of a dossier, locked. */
    public Agreement agreementOfDossier(long dossierId) {
        return agreements.lockOfDossier(dossierId);
    }

    /** The agreement of a disbursement, locked. */
    public Agreement agreementOf(long disbursementId) {
        Long agreementId = em.createQuery("select d.agreementId from Disbursement d where d.id = :id", Long.class)
                .setParameter("id", disbursementId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("disbursement " + disbursementId));
        return agreement(agreementId);
    }

    public Agreement agreement(long agreementId) {
        return agreements.lock(agreementId);
    }

    /** The disbursement, locked: after its agreement. */
    public Disbursement disbursement(long disbursementId) {
        return lockIfAny(disbursementId).orElseThrow(() -> new NotFound("disbursement " + disbursementId));
    }

    /**
     * The disbursement, locked, if it exists: also for a payment batch, which locks the disbursements it claims (in
     * ascending ids) and not their agreements, since claiming one moves no money (paying it is
     * {@link org.levier.disbursement.boundary.Disbursements#payConfirmedByBank}, which takes both locks in order).
     */
    public Optional<Disbursement> lockIfAny(long disbursementId) {
        return Optional.ofNullable(em.find(Disbursement.class, disbursementId, LockModeType.PESSIMISTIC_WRITE));
    }
}
