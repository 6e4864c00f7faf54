package org.levier.recovery.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.agreement.control.AgreementIds;
import org.levier.agreement.control.AgreementLoader;
import org.levier.agreement.entity.Agreement;
import org.levier.audit.boundary.AuditTrail;
import org.levier.disbursement.control.DisbursementSums;
import org.levier.programme.control.ProgrammeIds;
import org.levier.recovery.entity.RecoveryOrder;
import org.levier.recovery.entity.RecoveryReceipt;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * Recovery orders and their receipts, for fund directors; staff and auditors read them. Each command takes the
 * agreement row under PESSIMISTIC_WRITE first (as every money movement of the agreement does), then reads the sums.
 */
@Stateless
public class Recoveries {

    static final String ENTITY = "RecoveryOrder";

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    AgreementIds agreementIds;

    @Inject
    AgreementLoader agreements;

    @Inject
    DisbursementSums disbursements;

    @Inject
    ProgrammeIds programmes;

    /** A programme's recoveries: ordered, received, outstanding, and what is outstanding past its due date. */
    public record ProgrammeRecoveries(String programme, BigDecimal ordered, BigDecimal received,
                                      BigDecimal outstanding, BigDecimal overdue, long overdueOrders,
                                      List<RecoveryOrder> orders) {
    }

    /** A dossier's recoveries with what was paid on its agreement. */
    public record DossierRecoveries(long dossierId, BigDecimal paid, BigDecimal ordered, BigDecimal received,
                                    BigDecimal recoverable, List<RecoveryOrder> orders) {
    }

    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public RecoveryOrder order(long dossierId, Money amount, String reason, LocalDate dueOn) {
        Agreement agreement = lockAgreementOfDossier(dossierId);
        Money recoverable = Money.eur(paid(agreement.getId()).subtract(ordered(agreement.getId())));
        RecoveryOrder order = RecoveryOrder.order(dossierId, agreement.getId(), agreement.getProgrammeId(), amount,
                reason, dueOn, recoverable, today(), invocation.caller(), invocation.now());
        em.persist(order);
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossierId);
        changes.put("agreementId", agreement.getId());
        changes.put("amount", order.getAmount());
        changes.put("reason", order.getReason());
        changes.put("dueOn", order.getDueOn());
        audit.record("recovery.ordered", ENTITY, order.getId(), "Recovery of " + order.getAmount().toPlainString()
                + " ordered on dossier " + dossierId + ", due " + dueOn, changes);
        return order;
    }

    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public RecoveryReceipt receive(long dossierId, long orderId, Money amount, LocalDate receivedOn,
                                   String bankReference) {
        Agreement agreement = lockAgreementOfDossier(dossierId);
        RecoveryOrder order = em.find(RecoveryOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.getAgreementId() != agreement.getId()) {
            throw new NotFound("recovery order " + orderId);
        }
        RecoveryReceipt receipt = order.receive(amount, receivedOn, bankReference, today(), invocation.caller(),
                invocation.now());
        Long used = em.createQuery("select count(r) from RecoveryReceipt r where r.bankReference = :reference",
                Long.class).setParameter("reference", receipt.getBankReference()).getSingleResult();
        if (used > 0) {
            throw referenceUsed();
        }
        try {
            em.persist(receipt);
            em.flush();
        } catch (PersistenceException e) {
            throw referenceUsed();
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("orderId", orderId);
        changes.put("amount", receipt.getAmount());
        changes.put("receivedOn", receipt.getReceivedOn());
        changes.put("bankReference", receipt.getBankReference());
        changes.put("outstanding", order.outstanding());
        audit.record("recovery.received", "RecoveryReceipt", receipt.getId(), "Recovery of "
                + receipt.getAmount().toPlainString() + " received on order " + orderId + " of dossier " + dossierId,
                changes);
        return receipt;
    }

    @RolesAllowed({Role.FUND_DIRECTOR_NAME, Role.ANALYST_NAME, Role.AUDITOR_NAME})
    public DossierRecoveries ofDossier(long dossierId) {
        Long agreementId = agreementIds.ofDossier(dossierId)
                .orElseThrow(() -> new NotFound("agreement of dossier " + dossierId));
        List<RecoveryOrder> orders = em.createQuery("select r from RecoveryOrder r where r.agreementId = :agreement"
                + " order by r.id", RecoveryOrder.class).setParameter("agreement", agreementId).getResultList();
        BigDecimal paid = paid(agreementId);
        BigDecimal ordered = ordered(agreementId);
        BigDecimal received = orders.stream().map(o -> o.getReceived().amount()).reduce(zero(), BigDecimal::add);
        return new DossierRecoveries(dossierId, paid, ordered, received, paid.subtract(ordered), orders);
    }

    @RolesAllowed({Role.FUND_DIRECTOR_NAME, Role.ANALYST_NAME, Role.AUDITOR_NAME})
    public List<RecoveryReceipt> receipts(long orderId) {
        return em.createQuery("select r from RecoveryReceipt r where r.orderId = :order order by r.id",
                RecoveryReceipt.class).setParameter("order", orderId).getResultList();
    }

    /** The programme's recovery orders (newest first, at most 500) and its totals. */
    @RolesAllowed({Role.FUND_DIRECTOR_NAME, Role.ANALYST_NAME, Role.AUDITOR_NAME})
    public ProgrammeRecoveries ofProgramme(String programmeCode) {
        Long programmeId = programmes.byCode(programmeCode)
                .orElseThrow(() -> new NotFound("programme " + programmeCode));
        LocalDate today = today();
        Object[] sums = em.createQuery("select coalesce(sum(r.amount), 0), coalesce(sum(r.received), 0)"
                + " from RecoveryOrder r where r.programmeId = :programme", Object[].class)
                .setParameter("programme", programmeId).getSingleResult();
        Object[] late = em.createQuery("select coalesce(sum(r.amount), 0), coalesce(sum(r.received), 0), count(r)"
                        + " from RecoveryOrder r where r.programmeId = :programme and r.dueOn < :today"
                        + " and r.received < r.amount", Object[].class)
                .setParameter("programme", programmeId).setParameter("today", today).getSingleResult();
        List<RecoveryOrder> orders = em.createQuery("select r from RecoveryOrder r where r.programmeId = :programme"
                + " order by r.id desc", RecoveryOrder.class).setParameter("programme", programmeId)
                .setMaxResults(500).getResultList();
        BigDecimal ordered = decimal(sums[0]);
        BigDecimal received = decimal(sums[1]);
        return new ProgrammeRecoveries(programmeCode, ordered, received, ordered.subtract(received),
                decimal(late[0]).subtract(decimal(late[1])), ((Number) late[2]).longValue(), orders);
    }

    private BigDecimal paid(long agreementId) {
        return disbursements.paid(agreementId);
    }

    private BigDecimal ordered(long agreementId) {
        return em.createQuery("select coalesce(sum(r.amount), 0) from RecoveryOrder r where r.agreementId = :agreement",
                        Object.class)
                .setParameter("agreement", agreementId)
                .getResultStream().findFirst().map(Recoveries::decimal).orElse(zero());
    }

    /** Sums come back as Money (converted columns), BigDecimal or a number (the literal 0). */
    private static BigDecimal decimal(Object value) {
        if (value instanceof Money m) {
            return m.amount();
        }
        if (value instanceof BigDecimal b) {
            return b.setScale(2);
        }
        return new BigDecimal(String.valueOf(value)).setScale(2);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static RuleViolation referenceUsed() {
        return new RuleViolation("recovery.reference-used", "This bank reference was already recorded",
                List.of(new Violation("bankReference", "already used")));
    }

    private Agreement lockAgreementOfDossier(long dossierId) {
        return agreements.lockOfDossier(dossierId);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
    }
}
