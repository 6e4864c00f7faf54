package org.levier.repayment.boundary;

import java.time.LocalDate;
import java.util.List;
import org.levier.repayment.entity.Frequency;
import org.levier.repayment.entity.RepaymentSchedule;
import org.levier.repayment.entity.RepaymentSchedule.InstalmentState;
import org.levier.shared.entity.Money;

/** A repayment schedule as of a day: instalments with what was repaid, written off, owed and late; the balance. */
public record ScheduleView(long id, long version, long agreementId, Money basis, LocalDate firstDueOn,
                           int instalmentCount, Frequency frequency, LocalDate asOf, List<InstalmentState> instalments,
                           Money repaid, Money writtenOff, Money outstanding, long lateInstalments, Money lateAmount,
                           boolean totallyWrittenOff) {

    public static ScheduleView of(RepaymentSchedule s, LocalDate asOf) {
        List<InstalmentState> states = s.states(asOf);
        Money lateAmount = states.stream().filter(InstalmentState::late).map(InstalmentState::owed)
                .reduce(Money.ZERO, Money::plus);
        return new ScheduleView(s.getId() == null ? 0 : s.getId(), s.getVersion(), s.getAgreementId(), s.getBasis(),
                s.getFirstDueOn(), s.getInstalmentCount(), s.getFrequency(), asOf, states, s.repaid(),
                s.writtenOff(), s.outstanding(), states.stream().filter(InstalmentState::late).count(), lateAmount,
                s.isTotallyWrittenOff());
    }
}
