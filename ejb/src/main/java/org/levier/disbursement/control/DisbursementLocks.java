package org.levier.disbursement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.levier.agreement.control.AgreementIds;
import org.levier.agreement.entity.Agreement;
import org.levier.disbursement.entity.Disbursement;
import org.levier.shared.control.NotFound;

/**
 * The rows every disbursement use case locks, in the one order they are taken: the agreement (PESSIMISTIC_WRITE,
 * the lock all money movements of an agreement queue on), then the disbursement. The agreement is found by an id
 * projection, so that nothing is read stale before the lock. Used by the boundaries
 * ({@link org.levier.disbursement.boundary.Disbursements},
 * {@link org.levier.disbursement.boundary.DisbursementRequests}), which check the caller's roles.
 */
@Stateless
@PermitAll
public class DisbursementLocks {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementIds agreementIds;

    /** The agreement of a dossier, locked. */
    public Agreement agreementOfDossier(long dossierId) {
        Long id = agreementIds.ofDossier(dossierId)
                .orElseThrow(() -> new NotFound("agreement of dossier " + dossierId));
        return agreement(id);
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
        Agreement agreement = em.find(Agreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null) {
            throw new NotFound("agreement " + agreementId);
        }
        return agreement;
    }

    /** The disbursement, locked: after its agreement. */
    public Disbursement disbursement(long disbursementId) {
        Disbursement disbursement = em.find(Disbursement.class, disbursementId, LockModeType.PESSIMISTIC_WRITE);
        if (disbursement == null) {
            throw new NotFound("disbursement " + disbursementId);
        }
        return disbursement;
    }
}
