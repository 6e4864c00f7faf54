package org.levier.dossier.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.entity.Money;

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

    /** What a dossier requests, with its reference, title and status. */
    public Map<Long, Request> requests(Collection<Long> dossierIds) {
        Map<Long, Request> found = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return found;
        }
        em.createQuery("select d.id, d.reference, d.title, d.status, d.requestedGrant, d.requestedAdvance,"
                        + " d.requestedEquity from Dossier d where d.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(dossierIds))
                .getResultList().forEach(r -> found.put((Long) r[0], new Request((String) r[1], (String) r[2],
                        (DossierStatus) r[3], (Money) r[4], (Money) r[5], (Money) r[6])));
        return found;
    }

    /** The dossier's programme, action, status and reference, by a projection (nothing managed, nothing locked). */
    public Optional<Standing> standing(long dossierId) {
        return em.createQuery("select d.programmeId, d.actionId, d.status, d.reference from Dossier d"
                        + " where d.id = :id", Object[].class)
                .setParameter("id", dossierId).getResultStream().findFirst()
                .map(r -> new Standing((Long) r[0], (Long) r[1], (DossierStatus) r[2], (String) r[3]));
    }

    /** The organisation that applies with the dossier. */
    public Optional<Long> organisationOf(long dossierId) {
        return em.createQuery("select d.organisationId from Dossier d where d.id = :id", Long.class)
                .setParameter("id", dossierId).getResultStream().findFirst();
    }

    /** The call the dossier answers (empty: no such dossier, or none recorded). */
    public Optional<Long> callOf(long dossierId) {
        List<Long> call = em.createQuery("select d.callId from Dossier d where d.id = :id", Long.class)
                .setParameter("id", dossierId).getResultList();
        return call.isEmpty() ? Optional.empty() : Optional.ofNullable(call.getFirst());
    }

    /** When the dossier last moved to {@code status} (its history), if ever. */
    public Optional<Instant> lastMovedTo(long dossierId, DossierStatus status) {
        // A plain ordered read: the attribute's converter applies, unlike max().
        return em.createQuery("select t.occurredAt from DossierTransition t where t.dossier.id = :dossier"
                        + " and t.toStatus = :status order by t.occurredAt desc, t.id desc", Instant.class)
                .setParameter("dossier", dossierId)
                .setParameter("status", status)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** A dossier's reference (null before submission) and title. */
    public record Heading(String reference, String title) {
    }

    /** A dossier's reference, title, status and requested amounts per instrument. */
    public record Request(String reference, String title, DossierStatus status, Money grant, Money advance,
                          Money equity) {
    }

    /** Where a dossier stands: its programme, action, status and reference. */
    public record Standing(long programmeId, long actionId, DossierStatus status, String reference) {
    }
}
