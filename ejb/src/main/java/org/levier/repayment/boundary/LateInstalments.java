package org.levier.repayment.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.portfolio.control.LateSchedules;
import org.levier.programme.control.ProgrammeIds;
import org.levier.repayment.entity.Ageing;
import org.levier.repayment.entity.RepaymentSchedule;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The late repayment instalments of a programme, as of the fund's today: every instalment of a repayable advance on
 * which something is still owed after its due date, oldest first, with its ageing bucket (1-30, 31-60, 61-90, 90+
 * days past due) and the programme's totals per bucket. Lateness is the schedule's own rule
 * ({@link RepaymentSchedule#states}: repayments to the oldest instalments, write-offs to the latest), computed now,
 * not the hourly flags. Only schedules with an instalment due before today are read (one query selects them).
 */
@Stateless
@RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
public class LateInstalments {

    /** One late instalment, with its dossier. */
    public record LateInstalment(long dossierId, String dossierReference, String dossierTitle, String organisation,
                                 long scheduleId, int number, LocalDate dueOn, Money amount, Money owed,
                                 long daysLate, String ageing) {
    }

    /** The programme's late instalments (oldest first) and what is owed on them per ageing bucket. */
    public record ProgrammeLate(String programme, LocalDate asOf, Money owed, Ageing ageing,
                                List<LateInstalment> instalments) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ProgrammeIds programmes;

    @Inject
    LateSchedules schedules;

    public ProgrammeLate ofProgramme(String programmeCode) {
        Long programmeId = programmes.byCode(programmeCode == null ? "" : programmeCode)
                .orElseThrow(() -> new NotFound("Programme " + programmeCode));
        LocalDate today = LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
        Map<Long, LateSchedules.DueSchedule> dossierOf = new HashMap<>();
        schedules.dueBefore(programmeId, today).forEach(r -> dossierOf.put(r.scheduleId(), r));
        List<LateInstalment> late = new ArrayList<>();
        List<RepaymentSchedule.InstalmentState> allLate = new ArrayList<>();
        for (Map.Entry<Long, LateSchedules.DueSchedule> e : dossierOf.entrySet()) {
            RepaymentSchedule schedule = em.find(RepaymentSchedule.class, e.getKey());
            LateSchedules.DueSchedule d = e.getValue();
            for (RepaymentSchedule.InstalmentState s : schedule.states(today)) {
                if (s.late()) {
                    allLate.add(s);
                    late.add(new LateInstalment(d.dossierId(), d.dossierReference(), d.dossierTitle(),
                            d.organisation(), e.getKey(), s.number(), s.dueOn(), s.amount(), s.owed(), s.daysLate(),
                            s.ageing()));
                }
            }
        }
        late.sort(Comparator.comparing(LateInstalment::dueOn).thenComparing(LateInstalment::dossierId)
                .thenComparingInt(LateInstalment::number));
        Money owed = late.stream().map(LateInstalment::owed).reduce(Money.ZERO, Money::plus);
        return new ProgrammeLate(programmeCode, today, owed, Ageing.of(allLate), late);
    }
}
