package org.levier.disbursement.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.levier.agreement.control.AgreementIds;
import org.levier.agreement.control.Ledger;
import org.levier.agreement.entity.Agreement;
import org.levier.agreement.entity.Engaged;
import org.levier.audit.boundary.AuditTrail;
import org.levier.banking.boundary.BankAccounts;
import org.levier.disbursement.control.DisbursementLocks;
import org.levier.disbursement.control.DisbursementQueries;
import org.levier.disbursement.entity.Disbursement;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.boundary.Dossiers;
import org.levier.programme.control.ProgrammeLoader;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.BusinessDates;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The disbursement use cases after the request ({@link DisbursementRequests}): a director's approval and payment, a
 * bank's confirmation, a cancellation; and the read side. Every command first takes the agreement row under
 * PESSIMISTIC_WRITE (the one lock all money movements of an agreement queue on, {@link DisbursementLocks}) -
 * preceded, for the first payment only, by a shared lock on the programme row (see {@link #pay}) - then the
 * disbursement row, then, for the first payment, the dossier row (its move to IN_EXECUTION), then the rows of the
 * payment's observers (a repayment schedule, an equity stake), and appends to the audit trail last. Sums are read
 * after the lock, under READ COMMITTED, so each request sees every request committed before it.
 *
 * <p>Refusals: {@link RuleViolation} 422 ({@code disbursement.self-approval}, {@code disbursement.conditions-unmet},
 * {@code disbursement.transition.illegal}, {@code disbursement.value-date.invalid},
 * {@code disbursement.bank-reference-used}, {@code disbursement.bank-account-unverified},
 * {@code disbursement.in-payment-batch}, {@code disbursement.cancel.reason-required});
 * {@link NotFound} 404 (also for another organisation's agreement or disbursement); {@link StaleVersion} 409.
 * The queries behind the reads (queues, a dossier's disbursements, where each stands) live in
 * {@link DisbursementQueries}.
 */
@Stateless
public class Disbursements {

    static final String ENTITY = "Disbursement";

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeLoader programmeLoader;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Ledger ledger;

    @Inject
    Dossiers dossiers;

    @Inject
    Event<DisbursementPaid> paid;

    /** The payment component refuses while the disbursement is in a live batch. */
    @Inject
    Event<ApprovedCancelling> cancelling;

    @Inject
    AgreementIds agreementIds;

    @Inject
    BankAccounts bankAccounts;

    @Inject
    DisbursementQueries queries;

    @Inject
    DisbursementLocks locks;

    // --- director's moves ---

    /** A fund director other than the requester approves a pending request, all conditions precedent being met. */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public Disbursement approve(long disbursementId) {
        Agreement agreement = locks.agreementOf(disbursementId);
        Disbursement disbursement = locks.disbursement(disbursementId);
        agreement.requireConditionsMet();
        disbursement.approve(invocation.caller(), invocation.now());
        // Defence in depth: approval moves money from pending to approved and cannot raise what is engaged.
        Engaged onInstrument = ledger.onInstrument(agreement.getId(), disbursement.getInstrument());
        if (onInstrument.total().isGreaterThan(agreement.committed(disbursement.getInstrument()))) {
            throw new IllegalStateException("engaged above committed on agreement " + agreement.getId());
        }
        invocation.flush("disbursement " + disbursement.getId());
        audit.record("disbursement.approved", ENTITY, disbursement.getId(), "Disbursement of "
                + disbursement.getAmount().toPlainString() + " approved", statusChanges(disbursement));
        return disbursement;
    }

    /**
     * Pays an approved disbursement: the one pay path of the fund (a director's manual payment, a bank confirmation
     * of a payment batch). The rules are the aggregate's and this use case's: every condition precedent met; the
     * value date not after today, not before the agreement's signature nor the approval
     * ({@code disbursement.value-date.invalid}); a bank reference used by no other payment of the fund
     * ({@code disbursement.bank-reference-used}, also when two payments race for one reference: the database's
     * unique index lets one win). The first payment of an agreement moves the dossier to IN_EXECUTION; every payment
     * is announced as {@link DisbursementPaid} in the same transaction (repayment schedules and equity stakes follow
     * the money paid).
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public Disbursement pay(long disbursementId, LocalDate valueDate, String bankReference) {
        return pay(disbursementId, valueDate, bankReference, true);
    }

    /**
     * @param manual a director's manual payment (not a bank's confirmation of a batch line, whose account was taken
     *               when the batch was made): the beneficiary organisation must then have a verified bank account in
     *               force, the rule of batches ({@code disbursement.bank-account-unverified})
     */
    private Disbursement pay(long disbursementId, LocalDate valueDate, String bankReference, boolean manual) {
        Long agreementId = em.createQuery("select d.agreementId from Disbursement d where d.id = :id", Long.class)
                .setParameter("id", disbursementId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("disbursement " + disbursementId));
        Object[] ids = {agreementId, agreementIds.programmeOf(agreementId)
                .orElseThrow(() -> new NotFound("disbursement " + disbursementId))};
        if (!ledger.anyPaid((Long) ids[0])) {
            // The first payment moves the dossier. Updating the dossier row makes MariaDB/InnoDB check its foreign
            // key to the programme row (a shared lock on it): taken here, first, in the order of every money use
            // case (programme, agreement, dossier, audit), or an amendment holding the programme and waiting for
            // the agreement deadlocks with this payment. Once a payment exists, none is ever undone: no move.
            programmeLoader.lock((Long) ids[1], LockModeType.PESSIMISTIC_READ);
        }
        Agreement agreement = locks.agreement((Long) ids[0]);
        Disbursement disbursement = locks.disbursement(disbursementId);
        agreement.requireConditionsMet();
        boolean first = !ledger.anyPaid(agreement.getId());
        // Read before the disbursement changes (a query would flush it), refused after the request's own checks
        // (dates, reference), so that a wrong date is named first; a refusal rolls the transaction back.
        boolean accountInForce = !manual || bankAccounts.inForceForPayment(agreement.getOrganisationId()).isPresent();
        disbursement.pay(valueDate, bankReference, agreement.getSignedOn(), BusinessDates.today(clock),
                invocation.caller(),
                invocation.now());
        if (!accountInForce) {
            throw new RuleViolation("disbursement.bank-account-unverified", "The beneficiary organisation has no"
                    + " verified bank account in force (none declared, or a change awaits verification): money is"
                    + " paid only to a verified account", List.of(new Violation("bankAccount",
                    "no verified bank account in force for organisation " + agreement.getOrganisationId())));
        }
        String reference = disbursement.bankReference().orElseThrow();
        Long usedBy = em.createQuery("select d.id from Disbursement d where d.bankReference = :reference"
                        + " and d.id <> :id", Long.class)
                .setParameter("reference", reference)
                .setParameter("id", disbursementId)
                .setFlushMode(jakarta.persistence.FlushModeType.COMMIT)
                .getResultStream().findFirst().orElse(null);
        if (usedBy != null) {
            throw referenceUsed(reference, null);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("disbursement " + disbursement.getId(), e);
        } catch (PersistenceException e) {
            // uq_disbursement_bank_reference: a concurrent payment with the same reference committed first.
            throw referenceUsed(reference, e);
        }
        if (first) {
            dossiers.startExecution(agreement.getDossierId(), "first disbursement paid (n° " + disbursement.getId()
                    + ")");
        }
        // After the dossier, before the audit head: the observers lock their own rows (a schedule, a stake).
        paid.fire(new DisbursementPaid(disbursement.getId(), agreement.getId(), agreement.getDossierId(),
                disbursement.getInstrument(), disbursement.getAmount(), valueDate));
        Map<String, Object> changes = statusChanges(disbursement);
        changes.put("valueDate", valueDate);
        changes.put("bankReference", reference);
        audit.record("disbursement.paid", ENTITY, disbursement.getId(), "Disbursement of "
                + disbursement.getAmount().toPlainString() + " paid on " + valueDate, changes);
        return disbursement;
    }

    private static RuleViolation referenceUsed(String reference, Exception cause) {
        RuleViolation refused = new RuleViolation("disbursement.bank-reference-used", "The bank reference "
                + reference + " is already the reference of another payment of the fund",
                List.of(new Violation("bankReference", "already used by another payment")));
        if (cause != null) {
            refused.initCause(cause);
        }
        return refused;
    }

    /**
     * The bank confirmed the payment of a batch line: exactly {@link #pay} (every payment rule applies), in a
     * transaction of its own, so that a refused line of a bank file does not undo the lines paid before it.
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public Disbursement payConfirmedByBank(long disbursementId, LocalDate valueDate, String bankReference) {
        return pay(disbursementId, valueDate, bankReference, false);
    }

    /**
     * Staff cancel a request before payment (pending or approved), for a reason (required), unless it sits in a live
     * payment batch (drafted or exported: the bank may pay it), {@code disbursement.in-payment-batch}: cancel the
     * batch first. Making a batch locks the disbursement row too, so of a cancellation and a batch racing for one
     * disbursement the second to get the row sees the first's outcome (a cancelled status, or the batch's line).
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public Disbursement cancel(long disbursementId, String reason) {
        locks.agreementOf(disbursementId);
        Disbursement disbursement = locks.disbursement(disbursementId);
        if (disbursement.getStatus() == DisbursementStatus.APPROVED) {
            cancelling.fire(new ApprovedCancelling(disbursementId));
        }
        return cancelled(disbursement, reason);
    }

    /** The applicant withdraws its organisation's request while it is still pending. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Disbursement cancelOwn(ApplicantContext applicant, long disbursementId, String reason) {
        Agreement agreement = locks.agreementOf(disbursementId);
        if (!agreement.belongsTo(applicant.organisationId())) {
            throw new NotFound("disbursement " + disbursementId);
        }
        Disbursement disbursement = locks.disbursement(disbursementId);
        if (disbursement.getStatus() != DisbursementStatus.PENDING) {
            throw new RuleViolation("disbursement.transition.illegal", "Only a pending request is withdrawn by the"
                    + " applicant; this one is " + disbursement.getStatus(),
                    List.of(new Violation("status", String.valueOf(disbursement.getStatus()))));
        }
        return cancelled(disbursement, reason);
    }

    private Disbursement cancelled(Disbursement disbursement, String reason) {
        disbursement.cancel(invocation.caller(), reason, invocation.now());
        invocation.flush("disbursement " + disbursement.getId());
        Map<String, Object> changes = statusChanges(disbursement);
        changes.put("reason", disbursement.cancelReason().orElse(null));
        audit.record("disbursement.cancelled", ENTITY, disbursement.getId(), "Disbursement of "
                + disbursement.getAmount().toPlainString() + " cancelled", changes);
        return disbursement;
    }

    // --- reading ---

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Optional<Disbursement> find(long disbursementId) {
        return Optional.ofNullable(em.find(Disbursement.class, disbursementId)).map(DisbursementQueries::loaded);
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Disbursement get(long disbursementId) {
        return find(disbursementId).orElseThrow(() -> new NotFound("disbursement " + disbursementId));
    }

    /** The applicant's own disbursement; another organisation's does not exist for it. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public Disbursement getOwn(ApplicantContext applicant, long disbursementId) {
        List<Long> own = agreementIds.ofOrganisation(applicant.organisationId());
        return (own.isEmpty() ? Stream.<Disbursement>empty() : em.createQuery("select d from Disbursement d"
                        + " where d.id = :id and d.agreementId in :agreements", Disbursement.class)
                .setParameter("id", disbursementId)
                .setParameter("agreements", own)
                .getResultStream()).findFirst().map(DisbursementQueries::loaded)
                .orElseThrow(() -> new NotFound("disbursement " + disbursementId));
    }

    /** The ids of every disbursement of a dossier's agreement (an id projection: no entity is loaded). */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<Long> idsOfDossier(long dossierId) {
        return agreementIds.ofDossier(dossierId).map(agreement -> em.createQuery("select d.id from Disbursement d"
                        + " where d.agreementId = :agreement order by d.id", Long.class)
                .setParameter("agreement", agreement).getResultList()).orElse(List.of());
    }

    /** The disbursements of a dossier's agreement, newest first. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Page<Disbursement> ofDossier(long dossierId, int page, int size) {
        return queries.ofDossier(dossierId, null, page, size);
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public Page<Disbursement> ofOwnDossier(ApplicantContext applicant, long dossierId, int page, int size) {
        return queries.ofDossier(dossierId, applicant.organisationId(), page, size);
    }

    /** The approval queue: pending requests, oldest first, across every agreement. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Page<Disbursement> awaitingApproval(int page, int size) {
        return awaitingApproval(null, page, size);
    }

    /** The approval queue of one dossier, by its reference (null: every dossier). */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Page<Disbursement> awaitingApproval(String dossierReference, int page, int size) {
        return queries.inStatus(DisbursementStatus.PENDING, "requestedAt", blankToNull(dossierReference), page, size);
    }

    /** Approved requests waiting for their payment, oldest approval first, across every agreement. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Page<Disbursement> awaitingPayment(int page, int size) {
        return awaitingPayment(null, page, size);
    }

    /** Approved requests of one dossier waiting for their payment, by its reference (null: every dossier). */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Page<Disbursement> awaitingPayment(String dossierReference, int page, int size) {
        return queries.inStatus(DisbursementStatus.APPROVED, "approvedAt", blankToNull(dossierReference), page, size);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The dossier of an agreement, as a queue shows it. */
    public record DossierOfAgreement(long agreementId, long dossierId, String reference, String title) {
    }

    /** The dossiers of the given agreements (those of a page of a queue), in one query, by agreement id. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Map<Long, DossierOfAgreement> dossiersOf(java.util.Collection<Long> agreementIds) {
        return queries.dossiersOf(agreementIds);
    }

    /**
     * Where each disbursement stands: its dossier (id, reference, title), its tranche (id, milestone, amount) and
     * what remains to be requested on the tranche now (the agreement's rule, database sums).
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.APPLICANT_NAME})
    public Map<Long, Place> placesOf(java.util.Collection<Disbursement> items) {
        return queries.placesOf(items);
    }

    /** A disbursement's dossier and tranche, with what remains to be requested on the tranche. */
    public record Place(long dossierId, String dossierReference, String dossierTitle, long trancheId,
                        String milestone, Money trancheAmount, Money remainingOnTranche) {
    }

    // --- helpers ---

    private static Map<String, Object> statusChanges(Disbursement d) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", d.getStatus());
        changes.put("amount", d.getAmount());
        changes.put("agreementId", d.getAgreementId());
        changes.put("trancheId", d.getTrancheId());
        return changes;
    }
}
