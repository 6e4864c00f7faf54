package org.levier.agreement.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.levier.agreement.entity.Agreement;
import org.levier.shared.control.NotFound;

/**
 * An agreement loaded by id for the components downstream of it that act on the aggregate: its tranches and what
 * remains on them (disbursement), and the agreement row every money movement of an agreement queues on, locked
 * PESSIMISTIC_WRITE (disbursement, equity, recovery, repayment); loaded here because the agreement is this
 * component's. A CDI bean, not an EJB, so that a call is exactly the caller's own {@code em.find}: the same
 * transaction and persistence context (the lock is held until the caller's transaction ends), nothing begun without
 * one. The caller checks roles and takes its locks in its own order.
 */
@ApplicationScoped
public class AgreementLoader {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgreementIds agreementIds;

    /** The agreement, not locked. */
    public Optional<Agreement> find(long agreementId) {
        return Optional.ofNullable(em.find(Agreement.class, agreementId));
    }

    /** The agreement, locked (PESSIMISTIC_WRITE). */
    public Agreement lock(long agreementId) {
        Agreement agreement = em.find(Agreement.class, agreementId, LockModeType.PESSIMISTIC_WRITE);
        if (agreement == null) {
            throw new NotFound("agreement " + agreementId);
        }
        return agreement;
    }

    /** The dossier's agreement, found by an id projection (nothing read stale before the lock), then locked. */
    public Agreement lockOfDossier(long dossierId) {
        return lock(agreementIds.ofDossier(dossierId)
                .orElseThrow(() -> new NotFound("agreement of dossier " + dossierId)));
    }
}
