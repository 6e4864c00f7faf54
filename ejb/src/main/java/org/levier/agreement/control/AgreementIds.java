package org.levier.agreement.control;

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
 * Which agreement is whose, by id projections (nothing is loaded, nothing is locked): the questions the components
 * downstream of the agreement (disbursement, equity, recovery, repayment, payment) ask before they take their locks,
 * asked here because the agreement table is this component's. In the caller's transaction; the caller checks roles.
 */
@Stateless
@PermitAll
public class AgreementIds {

    @PersistenceContext
    EntityManager em;

    /** The id of the dossier's agreement, when signed. */
    public Optional<Long> ofDossier(long dossierId) {
        return ofDossier(dossierId, null);
    }

    /** The id of the dossier's agreement, when signed and, with {@code organisationId}, that organisation's. */
    public Optional<Long> ofDossier(long dossierId, Long organisationId) {
        var query = em.createQuery("select a.id from Agreement a where a.dossierId = :dossier"
                + (organisationId == null ? "" : " and a.organisationId = :organisation"), Long.class)
                .setParameter("dossier", dossierId);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
        }
        return query.getResultStream().findFirst();
    }

    /** The ids of the agreements of the given dossiers (none for none). */
    public List<Long> ofDossiers(Collection<Long> dossierIds) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a.id from Agreement a where a.dossierId in :dossiers", Long.class)
                .setParameter("dossiers", List.copyOf(new HashSet<>(dossierIds))).getResultList();
    }

    /** The ids of an organisation's agreements. */
    public List<Long> ofOrganisation(long organisationId) {
        return em.createQuery("select a.id from Agreement a where a.organisationId = :organisation", Long.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    /** The ids of a programme's agreements. */
    public List<Long> ofProgramme(long programmeId) {
        return em.createQuery("select a.id from Agreement a where a.programmeId = :programme", Long.class)
                .setParameter("programme", programmeId).getResultList();
    }

    /** The agreement's programme. */
    public Optional<Long> programmeOf(long agreementId) {
        return em.createQuery("select a.programmeId from Agreement a where a.id = :id", Long.class)
                .setParameter("id", agreementId).getResultStream().findFirst();
    }

    /** Of each given agreement: {organisation id, dossier id}, in one query, by agreement id. */
    public Map<Long, Parties> partiesOf(Collection<Long> agreementIds) {
        Map<Long, Parties> found = new HashMap<>();
        if (agreementIds.isEmpty()) {
            return found;
        }
        em.createQuery("select a.id, a.organisationId, a.dossierId from Agreement a where a.id in :ids",
                        Object[].class)
                .setParameter("ids", List.copyOf(new HashSet<>(agreementIds)))
                .getResultList()
                .forEach(row -> found.put((Long) row[0], new Parties((Long) row[1], (Long) row[2])));
        return found;
    }

    /** Whom an agreement binds: the beneficiary organisation and the dossier it funds. */
    public record Parties(long organisationId, long dossierId) {
    }
}
