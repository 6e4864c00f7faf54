package org.levier.applicant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.levier.applicant.entity.Organisation;

/**
 * An organisation loaded by id and locked, for the components that serialise their changes of an organisation's
 * records on its row (banking: an account and its evidence); loaded here because the organisation is this
 * component's (its names are {@link OrganisationNames}). A CDI bean, not an EJB, so that a call is exactly the
 * caller's own {@code em.find}: the same transaction and persistence context, the lock held until the caller's
 * transaction ends. The caller checks roles and says what is not found.
 */
@ApplicationScoped
public class OrganisationLoader {

    @PersistenceContext
    EntityManager em;

    /** The organisation, locked (PESSIMISTIC_WRITE). */
    public Optional<Organisation> lock(long organisationId) {
        return Optional.ofNullable(em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE));
    }
}
