package org.levier.repayment.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.levier.repayment.entity.Ageing;
import org.levier.repayment.entity.Frequency;
import org.levier.repayment.entity.RepaymentSchedule;
import org.levier.repayment.entity.RepaymentSchedule.InstalmentState;
import org.levier.shared.entity.Money;

/**
 * A repayment schedule as of a day: instalments with what was repaid, written off, owed, late and how late (ageing
 * buckets); the repayments received (reversed ones marked, with the reason); the balance.
 */
public record ScheduleView(long id, long version, long agreementId, Money basis, LocalDate firstDueOn,
                           int instalmentCount, Frequency frequency, LocalDate asOf, List<InstalmentState> instalments,
                           Money repaid, Money writtenOff, Money outstanding, long lateInstalments, Money lateAmount,
                           boolean totallyWrittenOff, int rebuilt, Ageing ageing, List<RepaymentLine> repayments) {

    /** One repayment received; {@code reversed} with its reason when it was taken back. */
    public record RepaymentLine(long id, LocalDate receivedOn, Money amount, String reference, String recordedBy,
                                Instant recordedAt, boolean reversed, String reversalReason) {
    }

    public static ScheduleView of(RepaymentSchedule s, LocalDate asOf) {
        List<InstalmentState> states = s.states(asOf);
        Money lateAmount = states.stream().filter(InstalmentState::late).map(InstalmentState::owed)
                .reduce(Money.ZERO, Money::plus);
        List<RepaymentLine> repayments = s.getRepayments().stream().map(r -> {
            long rid = r.getId() == null ? 0 : r.getId();
            var reversal = s.reversalOf(rid);
            return new RepaymentLine(rid, r.getReceivedOn(), r.getAmount(), r.reference().orElse(null),
                    r.getRecordedBy(), r.getRecordedAt(), reversal.isPresent(),
                    reversal.map(x -> x.getReason()).orElse(null));
        }).toList();
        return new ScheduleView(s.getId() == null ? 0 : s.getId(), s.getVersion(), s.getAgreementId(), s.getBasis(),
                s.getFirstDueOn(), s.getInstalmentCount(), s.getFrequency(), asOf, states, s.repaid(),
                s.writtenOff(), s.outstanding(), states.stream().filter(InstalmentState::late).count(), lateAmount,
                s.isTotallyWrittenOff(), s.getRebuilt(), Ageing.of(states), repayments);
    }
}
