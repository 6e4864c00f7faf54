package org.levier.disbursement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.levier.agreement.control.Ledger;
import org.levier.agreement.entity.Agreement;
import org.levier.agreement.entity.Tranche;
import org.levier.disbursement.boundary.Disbursements.DossierOfAgreement;
import org.levier.disbursement.boundary.Disbursements.Place;
import org.levier.disbursement.entity.Disbursement;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * The read side of the disbursement component (queues, a dossier's disbursements, where each disbursement stands)
 * and the evidence check of a request: queries only, no lock, no audit. Access is the boundary's
 * ({@link org.levier.disbursement.boundary.Disbursements}), which checks the caller's roles and delegates here.
 */
@Stateless
@PermitAll
public class DisbursementQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    Ledger ledger;

    /** Disbursements in one status, across every agreement, ordered by {@code orderedBy} (a moment) then id. */
    public Page<Disbursement> inStatus(DisbursementStatus status, String orderedBy, int page, int size) {
        return inStatus(status, orderedBy, null, page, size);
    }

    /**
     * The disbursements in a status, in the given order; {@code dossierReference} not null: of that dossier's
     * agreement only (none when no dossier has that reference).
     */
    public Page<Disbursement> inStatus(DisbursementStatus status, String orderedBy, String dossierReference, int page,
                                      int size) {
        Page.check(page, size);
        String where = " from Disbursement d where d.status = :status" + (dossierReference == null ? ""
                : " and d.agreementId in (select a.id from Agreement a where a.dossierId in"
                + " (select x.id from Dossier x where x.reference = :reference))");
        var query = em.createQuery("select d" + where + " order by d." + orderedBy + ", d.id", Disbursement.class)
                .setParameter("status", status);
        var count = em.createQuery("select count(d)" + where, Long.class).setParameter("status", status);
        if (dossierReference != null) {
            query.setParameter("reference", dossierReference);
            count.setParameter("reference", dossierReference);
        }
        List<Disbursement> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = count.getSingleResult();
        items.forEach(DisbursementQueries::loaded);
        return new Page<>(items, page, size, total);
    }

    /** The disbursements of a dossier's agreement (of the organisation, when given), newest first. */
    public Page<Disbursement> ofDossier(long dossierId, Long organisationId, int page, int size) {
        Page.check(page, size);
        String where = " from Disbursement d where d.agreementId in (select a.id from Agreement a where"
                + " a.dossierId = :dossier" + (organisationId == null ? "" : " and a.organisationId = :organisation")
                + ")";
        var query = em.createQuery("select d" + where + " order by d.requestedAt desc, d.id desc",
                Disbursement.class).setParameter("dossier", dossierId);
        var count = em.createQuery("select count(d)" + where, Long.class).setParameter("dossier", dossierId);
        if (organisationId != null) {
            query.setParameter("organisation", organisationId);
            count.setParameter("organisation", organisationId);
        }
        List<Disbursement> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        items.forEach(DisbursementQueries::loaded);
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /** The dossiers of the given agreements, in one query, by agreement id. */
    public Map<Long, DossierOfAgreement> dossiersOf(Collection<Long> agreementIds) {
        if (agreementIds == null || agreementIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, DossierOfAgreement> found = new HashMap<>();
        em.createQuery("select a.id, d.id, d.reference, d.title from Agreement a, Dossier d"
                        + " where d.id = a.dossierId and a.id in :ids", Object[].class)
                .setParameter("ids", List.copyOf(new HashSet<>(agreementIds)))
                .getResultList()
                .forEach(row -> found.put((Long) row[0], new DossierOfAgreement((Long) row[0], (Long) row[1],
                        (String) row[2], (String) row[3])));
        return found;
    }

    /**
     * Where each disbursement stands: its dossier, its tranche and what remains to be requested on the tranche now
     * (the agreement's rule, database sums). One query for the dossiers, one grouped query for the sums, one read per
     * agreement.
     */
    public Map<Long, Place> placesOf(Collection<Disbursement> items) {
        Map<Long, Place> places = new HashMap<>();
        if (items == null || items.isEmpty()) {
            return places;
        }
        Set<Long> agreementIds = new HashSet<>();
        items.forEach(d -> agreementIds.add(d.getAgreementId()));
        Map<Long, DossierOfAgreement> dossiers = dossiersOf(agreementIds);
        Map<Long, Ledger.Positions> positions = ledger.positions(agreementIds);
        Map<Long, Agreement> agreements = new HashMap<>();
        for (Disbursement d : items) {
            Agreement agreement = agreements.computeIfAbsent(d.getAgreementId(), id -> em.find(Agreement.class, id));
            Tranche tranche = agreement.tranche(d.getTrancheId());
            Ledger.Positions p = positions.getOrDefault(d.getAgreementId(), Ledger.Positions.NONE);
            DossierOfAgreement dossier = dossiers.get(d.getAgreementId());
            places.put(d.getId(), new Place(dossier.dossierId(), dossier.reference(), dossier.title(),
                    tranche.getId(), tranche.getMilestone(), tranche.isWithdrawn() ? Money.ZERO : tranche.getAmount(),
                    agreement.remainingOn(tranche.getId(), p.byInstrument(), p.byTranche())));
        }
        return places;
    }

    /** Every evidence document must be one of the dossier's uploads ({@code disbursement.evidence-unknown}). */
    public void requireDocumentsOf(long dossierId, Set<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(documentIds);
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM document WHERE dossier_id = ?1 AND id IN (");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
        }
        Query query = em.createNativeQuery(sql.append(')').toString()).setParameter(1, dossierId);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 2, ids.get(i));
        }
        long found = ((Number) query.getSingleResult()).longValue();
        if (found != ids.size()) {
            throw new RuleViolation("disbursement.evidence-unknown", "The evidence must be documents uploaded to"
                    + " the dossier: " + (ids.size() - found) + " of " + ids.size() + " are not",
                    List.of(new Violation("evidence", "unknown document")));
        }
    }

    /** The disbursement with its evidence ids loaded (read after the transaction). */
    public static Disbursement loaded(Disbursement d) {
        d.getEvidence().size();
        return d;
    }
}
