package org.levier.dossier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.levier.dossier.entity.Dossier;

/**
 * A dossier loaded by id for the components downstream of it that work on the aggregate: its co-financing ledger
 * (cofinancing), what the committee reads and decides on (committee), the due diligence and its document requests
 * (diligence), the documents uploaded to it (document); loaded here because the dossier is this component's (a
 * projection is {@link DossierIds}). A CDI bean, not an EJB, so that a call is exactly the caller's own
 * {@code em.find}: the same transaction and persistence context (a lock is held until the caller's transaction
 * ends), nothing begun without one. The caller checks roles and says what is not found.
 */
@ApplicationScoped
public class DossierLoader {

    @PersistenceContext
    EntityManager em;

    /** The dossier, not locked. */
    public Optional<Dossier> find(long dossierId) {
        return Optional.ofNullable(em.find(Dossier.class, dossierId));
    }

    /** The dossier, locked (PESSIMISTIC_WRITE). */
    public Optional<Dossier> lock(long dossierId) {
        return Optional.ofNullable(em.find(Dossier.class, dossierId, LockModeType.PESSIMISTIC_WRITE));
    }
}
