package org.levier.repayment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.agreement.control.AgreementIds;
import org.levier.agreement.control.AgreementLoader;
import org.levier.agreement.control.Ledger;
import org.levier.agreement.entity.Agreement;
import org.levier.agreement.entity.Engaged;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.boundary.Dossiers;
import org.levier.repayment.entity.Instalment;
import org.levier.repayment.entity.Repayment;
import org.levier.repayment.entity.RepaymentReversal;
import org.levier.repayment.entity.RepaymentSchedule;
import org.levier.repayment.entity.RepaymentTerms;
import org.levier.repayment.entity.WriteOff;
import org.levier.repayment.entity.WriteOffKind;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * Repayable advances: generating the schedule (under the agreement's lock, so the paid advance it is based on cannot
 * move meanwhile), recording repayments and write-offs (under the schedule's lock), reading the schedule.
 * Locks: agreement row, then schedule row, then the audit chain head.
 */
@Stateless
public class Repayments {

    static final String ENTITY = "RepaymentSchedule";

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
    Ledger ledger;

    @Inject
    Dossiers dossiers;

    /**
     * Generates the schedule of the dossier's repayable advance on the amount paid, after the project end.
     *
     * @throws RuleViolation {@code repayment.schedule-exists}, {@code repayment.disbursements-open} (advance requests
     *                       pending or approved), {@code repayment.nothing-paid}, {@code repayment.terms.invalid},
     *                       {@code repayment.before-project-end}
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public ScheduleView generate(long dossierId, RepaymentTerms terms) {
        LocalDate projectEnd = dossiers.get(dossierId).getEndDate();
        Agreement agreement = lockAgreement(dossierId);
        if (scheduleIdOf(agreement.getId()) != null) {
            throw new RuleViolation("repayment.schedule-exists", "The advance already has its repayment schedule");
        }
        Engaged advance = ledger.onInstrument(agreement.getId(), Instrument.REPAYABLE_ADVANCE);
        if (advance.pending().isPositive() || advance.approved().isPositive()) {
            throw new RuleViolation("repayment.disbursements-open", "Advance disbursements are still pending or"
                    + " approved (" + advance.pending().plus(advance.approved()).toPlainString() + "): pay or cancel"
                    + " them before scheduling the repayment");
        }
        if (!advance.paid().isPositive()) {
            throw new RuleViolation("repayment.nothing-paid", "No repayable advance was paid on this agreement");
        }
        RepaymentSchedule schedule = RepaymentSchedule.generate(agreement.getId(), advance.paid(), terms, projectEnd,
                invocation.caller(), invocation.now());
        em.persist(schedule);
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("agreementId", agreement.getId());
        changes.put("basis", schedule.getBasis());
        changes.put("firstDueOn", terms.firstDueOn());
        changes.put("instalments", terms.instalments());
        changes.put("frequency", terms.frequency());
        audit.record("repayment.schedule.generated", ENTITY, schedule.getId(), "Repayment schedule of "
                + schedule.getBasis().toPlainString() + " in " + terms.instalments() + " instalments", changes);
        return ScheduleView.of(schedule, today());
    }

    /** Records money received back; late flags are brought up to date at once. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public ScheduleView recordRepayment(long dossierId, LocalDate receivedOn, Money amount, String reference) {
        RepaymentSchedule schedule = lockSchedule(dossierId);
        Instant now = invocation.now();
        Repayment repayment = schedule.recordRepayment(receivedOn, amount, reference, invocation.caller(), today(),
                now);
        List<Instalment> changed = schedule.refreshLateFlags(today(), now);
        invocation.flush("repayment schedule " + schedule.getId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("receivedOn", receivedOn);
        changes.put("amount", amount);
        changes.put("reference", repayment.reference().orElse(null));
        changes.put("outstanding", schedule.outstanding());
        changes.put("lateFlagsChanged", changed.size());
        audit.record("repayment.recorded", ENTITY, schedule.getId(), "Repayment of " + amount.toPlainString()
                + " received on " + receivedOn, changes);
        return ScheduleView.of(schedule, today());
    }

    /** Records the failure of the project as a partial or total write-off, with the decision's reference. */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public ScheduleView writeOff(long dossierId, WriteOffKind kind, Money amount, LocalDate decidedOn,
                                 String decisionReference, String reason) {
        RepaymentSchedule schedule = lockSchedule(dossierId);
        Instant now = invocation.now();
        WriteOff writeOff = schedule.writeOff(kind, amount, decidedOn, decisionReference, reason, invocation.caller(),
                today(),
                now);
        schedule.refreshLateFlags(today(), now);
        invocation.flush("repayment schedule " + schedule.getId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("kind", kind);
        changes.put("amount", writeOff.getAmount());
        changes.put("decidedOn", decidedOn);
        changes.put("decisionReference", writeOff.getDecisionReference());
        changes.put("outstanding", schedule.outstanding());
        audit.record("repayment.written-off", ENTITY, schedule.getId(), "Failure recorded: " + kind
                + " write-off of " + writeOff.getAmount().toPlainString() + " (" + writeOff.getDecisionReference()
                + ")", changes);
        return ScheduleView.of(schedule, today());
    }

    /**
     * Reverses a repayment recorded by mistake, with a reason: never deleted, a reversal row takes it out of what was
     * repaid; late flags are brought up to date at once.
     *
     * @throws RuleViolation {@code repayment.reversal.invalid}
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public ScheduleView reverseRepayment(long dossierId, long repaymentId, String reason) {
        RepaymentSchedule schedule = lockSchedule(dossierId);
        Instant now = invocation.now();
        RepaymentReversal reversal = schedule.reverse(repaymentId, reason, invocation.caller(), now);
        schedule.refreshLateFlags(today(), now);
        invocation.flush("repayment schedule " + schedule.getId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("repaymentId", repaymentId);
        changes.put("reason", reversal.getReason());
        changes.put("outstanding", schedule.outstanding());
        audit.record("repayment.reversed", ENTITY, schedule.getId(), "Repayment " + repaymentId + " reversed: "
                + reversal.getReason(), changes);
        return ScheduleView.of(schedule, today());
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public ScheduleView get(long dossierId) {
        return ScheduleView.of(schedule(dossierId, null), today());
    }

    /** The applicant's own repayment schedule. */
    @RolesAllowed(Role.APPLICANT_NAME)
    public ScheduleView getOwn(ApplicantContext applicant, long dossierId) {
        return ScheduleView.of(schedule(dossierId, applicant.organisationId()), today());
    }

    // --- helpers ---

    private RepaymentSchedule schedule(long dossierId, Long organisationId) {
        return agreementIds.ofDossier(dossierId, organisationId).flatMap(agreement -> em.createQuery(
                        "select s from RepaymentSchedule s where s.agreementId = :agreement", RepaymentSchedule.class)
                .setParameter("agreement", agreement).getResultStream().findFirst())
                .orElseThrow(() -> new NotFound("repayment schedule of dossier " + dossierId));
    }

    private Agreement lockAgreement(long dossierId) {
        return agreements.lockOfDossier(dossierId);
    }

    private RepaymentSchedule lockSchedule(long dossierId) {
        Long id = agreementIds.ofDossier(dossierId).flatMap(agreement -> em.createQuery(
                        "select s.id from RepaymentSchedule s where s.agreementId = :agreement", Long.class)
                .setParameter("agreement", agreement).getResultStream().findFirst())
                .orElseThrow(() -> new NotFound("repayment schedule of dossier " + dossierId));
        return em.find(RepaymentSchedule.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Long scheduleIdOf(long agreementId) {
        return em.createQuery("select s.id from RepaymentSchedule s where s.agreementId = :agreement", Long.class)
                .setParameter("agreement", agreementId)
                .getResultStream().findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
    }
}
