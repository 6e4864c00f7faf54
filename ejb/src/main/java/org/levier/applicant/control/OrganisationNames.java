package org.levier.applicant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.dossier.control.ApplicantOrganisations;

/**
 * Organisations' legal names, for the components that show whose a dossier or an account is, and the search by
 * their words for the dossier list ({@link ApplicantOrganisations}, whose Javadoc says why some answers are JPQL
 * text): indexed lookups, nothing loaded, nothing locked. A CDI bean, not an EJB, so that a call neither begins a
 * transaction (the lists run without one) nor passes an EJB proxy (the list asks for its conditions per statement):
 * in the caller's transaction; the caller checks roles.
 */
@ApplicationScoped
public class OrganisationNames implements ApplicantOrganisations {

    @PersistenceContext
    EntityManager em;

    public OrganisationNames() {
    }

    /** Outside the container, on the caller's entity manager (the benchmark's and the tests' dossier list). */
    public OrganisationNames(EntityManager em) {
        this.em = em;
    }

    /** The organisation's legal name. */
    public Optional<String> legalName(long organisationId) {
        return em.createQuery("select o.legalName from Organisation o where o.id = :id", String.class)
                .setParameter("id", organisationId)
                .getResultStream().findFirst();
    }

    @Override
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

    @Override
    public List<Long> withWord(String pattern, int limit) {
        List<?> ids = em.createNativeQuery("SELECT organisation_id FROM organisation_word WHERE word LIKE ?1")
                .setParameter(1, pattern).setMaxResults(limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public String hasWord(String organisationId, String parameter) {
        // JPQL, so every column is qualified: in SQL text, the caller's organisation_id would bind to the word
        // table's own column of that name (a condition always true).
        return "exists (select ow.word from OrganisationWord ow where ow.organisationId = " + organisationId
                + " and ow.word like :" + parameter + ")";
    }

    @Override
    public Range words(String organisationId, String parameter) {
        return new Range("OrganisationWord ow", "ow.organisationId = " + organisationId + " and ow.word like :"
                + parameter);
    }
}
