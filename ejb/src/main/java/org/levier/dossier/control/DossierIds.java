package org.levier.dossier.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Dossiers by id projections, for the components downstream of the dossier that show or filter by a dossier's
 * reference (nothing is loaded, nothing is locked). In the caller's transaction; the caller checks roles.
 */
@Stateless
@PermitAll
public class DossierIds {

    @PersistenceContext
    EntityManager em;

    /** The ids of the dossiers with that reference (at most one; none when none has it). */
    public List<Long> withReference(String reference) {
        return em.createQuery("select x.id from Dossier x where x.reference = :reference", Long.class)
                .setParameter("reference", reference).getResultList();
    }

    /** The reference and title of each given dossier, in one query, by dossier id. */
    public Map<Long, Heading> headings(Collection<Long> dossierIds) {
        Map<Long, Heading> found = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return found;
        }
        em.createQuery("select d.id, d.reference, d.title from Dossier d where d.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(new HashSet<>(dossierIds)))
                .getResultList()
                .forEach(row -> found.put((Long) row[0], new Heading((String) row[1], (String) row[2])));
        return found;
    }

    /** A dossier's reference (null before submission) and title. */
    public record Heading(String reference, String title) {
    }
}
