package org.levier.repayment.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.levier.audit.boundary.AuditTrail;
import org.levier.repayment.entity.Instalment;
import org.levier.repayment.entity.RepaymentSchedule;
import org.levier.shared.entity.InstantConverter;

/**
 * The late check of one schedule, in a transaction of its own. Safe with several nodes: a node first claims the
 * schedule for the day by a conditional UPDATE ({@code late_checked_on < today}); the node whose update counts one
 * row does the check (holding the row lock until commit, so a repayment recorded meanwhile queues), the others
 * skip it. Flags that change are audited as Levier's own, after the claim (audit head last).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LateCheck {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Schedules with an instalment due before {@code today} not yet checked today. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> candidates(LocalDate today, int limit) {
        return em.createQuery("select distinct i.schedule.id from Instalment i where i.dueOn < :today"
                        + " and (i.schedule.lateCheckedOn is null or i.schedule.lateCheckedOn < :today)"
                        + " order by i.schedule.id", Long.class)
                .setParameter("today", today)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Checks one schedule if this node claims it; returns how many flags changed (0 when another node has it). */
    public int check(long scheduleId, LocalDate today) {
        int claimed = em.createQuery("update RepaymentSchedule s set s.lateCheckedOn = :today where s.id = :id"
                        + " and (s.lateCheckedOn is null or s.lateCheckedOn < :today)")
                .setParameter("today", today)
                .setParameter("id", scheduleId)
                .executeUpdate();
        if (claimed != 1) {
            return 0;
        }
        RepaymentSchedule schedule = em.find(RepaymentSchedule.class, scheduleId);
        em.refresh(schedule);
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        List<Instalment> changed = schedule.refreshLateFlags(today, now);
        em.flush();
        for (Instalment instalment : changed) {
            audit.recordAs(AuditTrail.SYSTEM, null, instalment.isLate() ? "repayment.instalment.late"
                            : "repayment.instalment.settled", "RepaymentSchedule", scheduleId,
                    "Instalment " + instalment.getNumber() + " due " + instalment.getDueOn()
                            + (instalment.isLate() ? " is late" : " is no longer late"),
                    Map.of("instalment", instalment.getNumber(), "late", instalment.isLate(),
                            "agreementId", schedule.getAgreementId()));
        }
        return changed.size();
    }
}
