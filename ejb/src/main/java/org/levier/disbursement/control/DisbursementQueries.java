package org.levier.disbursement.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.levier.agreement.control.AgreementIds;
import org.levier.agreement.control.AgreementLoader;
import org.levier.agreement.control.Ledger;
import org.levier.agreement.entity.Agreement;
import org.levier.agreement.entity.Tranche;
import org.levier.disbursement.boundary.Disbursements.DossierOfAgreement;
import org.levier.disbursement.boundary.Disbursements.Place;
import org.levier.disbursement.entity.Disbursement;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.document.control.DocumentOwners;
import org.levier.dossier.control.DossierIds;
import org.levier.shared.control.NotFound;
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

    @Inject
    AgreementIds agreementIds;

    @Inject
    AgreementLoader agreementLoader;

    @Inject
    DossierIds dossierIds;

    @Inject
    DocumentOwners documents;

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
        List<Long> agreementsOfReference = dossierReference == null ? null
                : agreementIds.ofDossiers(dossierIds.withReference(dossierReference));
        if (agreementsOfReference != null && agreementsOfReference.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        String where = " from Disbursement d where d.status = :status" + (agreementsOfReference == null ? ""
                : " and d.agreementId in :agreements");
        var query = em.createQuery("select d" + where + " order by d." + orderedBy + ", d.id", Disbursement.class)
                .setParameter("status", status);
        var count = em.createQuery("select count(d)" + where, Long.class).setParameter("status", status);
        if (agreementsOfReference != null) {
            query.setParameter("agreements", agreementsOfReference);
            count.setParameter("agreements", agreementsOfReference);
        }
        List<Disbursement> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = count.getSingleResult();
        items.forEach(DisbursementQueries::loaded);
        return new Page<>(items, page, size, total);
    }

    /** The disbursements of a dossier's agreement (of the organisation, when given), newest first. */
    public Page<Disbursement> ofDossier(long dossierId, Long organisationId, int page, int size) {
        Page.check(page, size);
        Optional<Long> agreementId = agreementIds.ofDossier(dossierId, organisationId);
        if (agreementId.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        String where = " from Disbursement d where d.agreementId = :agreement";
        var query = em.createQuery("select d" + where + " order by d.requestedAt desc, d.id desc",
                Disbursement.class).setParameter("agreement", agreementId.get());
        var count = em.createQuery("select count(d)" + where, Long.class).setParameter("agreement", agreementId.get());
        List<Disbursement> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        items.forEach(DisbursementQueries::loaded);
        return new Page<>(items, page, size, count.getSingleResult());
    }

    /** The dossiers of the given agreements, in one query, by agreement id. */
    public Map<Long, DossierOfAgreement> dossiersOf(Collection<Long> agreements) {
        if (agreements == null || agreements.isEmpty()) {
            return Map.of();
        }
        Map<Long, AgreementIds.Parties> parties = agreementIds.partiesOf(agreements);
        Map<Long, DossierIds.Heading> headings = dossierIds.headings(parties.values().stream()
                .map(AgreementIds.Parties::dossierId).toList());
        Map<Long, DossierOfAgreement> found = new HashMap<>();
        parties.forEach((agreement, party) -> {
            DossierIds.Heading heading = headings.get(party.dossierId());
            if (heading != null) {
                found.put(agreement, new DossierOfAgreement(agreement, party.dossierId(), heading.reference(),
                        heading.title()));
            }
        });
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
        Set<Long> agreementsOfItems = new HashSet<>();
        items.forEach(d -> agreementsOfItems.add(d.getAgreementId()));
        Map<Long, DossierOfAgreement> dossiers = dossiersOf(agreementsOfItems);
        Map<Long, Ledger.Positions> positions = ledger.positions(agreementsOfItems);
        Map<Long, Agreement> agreements = new HashMap<>();
        for (Disbursement d : items) {
            Agreement agreement = agreements.computeIfAbsent(d.getAgreementId(), id -> agreementLoader.find(id)
                    .orElseThrow(() -> new NotFound("agreement " + id)));
            Tranche tranche = agreement.tranche(d.getTrancheId());
            Ledger.Positions p = positions.getOrDefault(d.getAgreementId(), Ledger.Positions.NONE);
            DossierOfAgreement dossier = dossiers.get(d.getAgreementId());
            places.put(d.getId(), new Place(dossier.dossierId(), dossier.reference(), dossier.title(),
                    tranche.getId(), tranche.getMilestone(), tranche.isWithdrawn() ? Money.ZERO : tranche.getAmount(),
                    agreement.remainingOn(tranche.getId(), p.byInstrument(), p.byTranche())));
        }
        return places;
    }

    /** The disbursement's current status, as the database holds it (NoResultException when there is none). */
    public DisbursementStatus statusOf(long disbursementId) {
        return em.createQuery("select d.status from Disbursement d where d.id = :id", DisbursementStatus.class)
                .setParameter("id", disbursementId).getSingleResult();
    }

    /** Every evidence document must be one of the dossier's uploads ({@code disbursement.evidence-unknown}). */
    public void requireDocumentsOf(long dossierId, Set<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(documentIds);
        long found = documents.countOf(dossierId, ids);
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
