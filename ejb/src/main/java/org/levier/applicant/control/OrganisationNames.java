package org.levier.applicant.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Organisations' legal names, for the components that show whose a dossier or an account is: indexed lookups by id,
 * nothing loaded, nothing locked. In the caller's transaction; the caller checks roles.
 */
@Stateless
@PermitAll
public class OrganisationNames {

    @PersistenceContext
    EntityManager em;

    /** The organisation's legal name. */
    public Optional<String> legalName(long organisationId) {
        return em.createQuery("select o.legalName from Organisation o where o.id = :id", String.class)
                .setParameter("id", organisationId)
                .getResultStream().findFirst();
    }

    /** The legal name of each given organisation, in one query, by id. */
    public Map<Long, String> legalNames(Collection<Long> organisationIds) {
        Map<Long, String> names = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return names;
        }
        em.createQuery("select o.id, o.legalName from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(new HashSet<>(organisationIds)))
                .getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }
}
