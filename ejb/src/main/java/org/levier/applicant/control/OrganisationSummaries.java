package org.levier.applicant.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.levier.identity.boundary.Users.OrganisationSummary;
import org.levier.identity.control.Memberships;

/** The applicant component's answer to identity: an organisation as its members see it in their profile. */
@Stateless
@PermitAll
public class OrganisationSummaries implements Memberships {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<OrganisationSummary> organisation(long organisationId) {
        return em.createQuery("select o.id, o.legalName, o.legalForm, o.siren, o.siret, o.foreignRegistration,"
                        + " o.sizeClass, o.demo from Organisation o where o.id = :id", Object[].class)
                .setParameter("id", organisationId)
                .getResultStream().findFirst()
                .map(o -> new OrganisationSummary((Long) o[0], (String) o[1], (String) o[2], (String) o[3],
                        (String) o[4], (String) o[5], String.valueOf(o[6]), Boolean.TRUE.equals(o[7])));
    }
}
