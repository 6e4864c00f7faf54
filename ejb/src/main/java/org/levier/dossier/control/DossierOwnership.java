package org.levier.dossier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.shared.control.NotFound;

/**
 * The applicant's confinement to its own organisation's dossiers, for use cases that need only the check (not the
 * dossier): one count by primary key and organisation, in the caller's transaction. Another organisation's dossier
 * looks like a missing one (404), as everywhere in Levier.
 */
@ApplicationScoped
public class DossierOwnership {

    @PersistenceContext
    EntityManager em;

    /** {@link NotFound} unless dossier {@code dossierId} belongs to the applicant's organisation. */
    public void requireOwn(ApplicantContext applicant, long dossierId) {
        Long count = em.createQuery("select count(d) from Dossier d where d.id = :id"
                        + " and d.organisationId = :organisation", Long.class)
                .setParameter("id", dossierId)
                .setParameter("organisation", applicant.organisationId())
                .getSingleResult();
        if (count == 0) {
            throw new NotFound("dossier " + dossierId);
        }
    }
}
