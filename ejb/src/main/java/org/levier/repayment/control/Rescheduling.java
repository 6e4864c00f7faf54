package org.levier.repayment.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.levier.agreement.control.Ledger;
import org.levier.audit.boundary.AuditTrail;
import org.levier.disbursement.boundary.DisbursementPaid;
import org.levier.repayment.entity.RepaymentSchedule;
import org.levier.shared.control.BusinessDates;
import org.levier.shared.entity.InstantConverter;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * A repayment schedule follows the advance actually paid: when a further advance tranche is paid (in the payment's
 * transaction, under the agreement's lock the payment holds, then the schedule's), the schedule is rebuilt on the
 * advance now paid ({@link RepaymentSchedule#rebuild}) and the rebuild audited. No schedule yet: nothing to do (it
 * will be generated on what is paid then).
 */
@Stateless
@PermitAll
public class Rescheduling {

    @PersistenceContext
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public void onPaid(@Observes DisbursementPaid paid) {
        if (paid.instrument() != Instrument.REPAYABLE_ADVANCE) {
            return;
        }
        Long id = em.createQuery("select s.id from RepaymentSchedule s where s.agreementId = :agreement", Long.class)
                .setParameter("agreement", paid.agreementId())
                .getResultStream().findFirst().orElse(null);
        if (id == null) {
            return;
        }
        RepaymentSchedule schedule = em.find(RepaymentSchedule.class, id, LockModeType.PESSIMISTIC_WRITE);
        Money before = schedule.getBasis();
        Money advancePaid = ledger.onInstrument(paid.agreementId(), Instrument.REPAYABLE_ADVANCE).paid();
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        if (!schedule.rebuild(advancePaid, BusinessDates.today(clock))) {
            return;
        }
        schedule.refreshLateFlags(BusinessDates.today(clock), now);
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("disbursementId", paid.disbursementId());
        changes.put("basisBefore", before);
        changes.put("basis", schedule.getBasis());
        changes.put("instalments", schedule.getInstalmentCount());
        audit.record("repayment.schedule.rebuilt", "RepaymentSchedule", schedule.getId(), "Repayment schedule"
                + " rebuilt on the advance paid: " + schedule.getBasis().toPlainString() + " (was "
                + before.toPlainString() + ")", changes);
    }
}
