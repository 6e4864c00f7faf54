package org.levier.repayment.entity;

import java.util.List;
import org.levier.shared.entity.Money;

/**
 * Late instalments by age (days past their due date): up to 30 days, 31 to 60, 61 to 90, over 90 — what a treasurer
 * chases first. Amounts are what is still owed on the instalments of each bucket.
 */
public record Ageing(Money upTo30, Money from31To60, Money from61To90, Money over90) {

    public static final String UP_TO_30 = "1-30";
    public static final String FROM_31_TO_60 = "31-60";
    public static final String FROM_61_TO_90 = "61-90";
    public static final String OVER_90 = "90+";

    /** The bucket of an instalment {@code days} (≥ 1) past its due date. */
    public static String bucketOf(long days) {
        if (days <= 30) {
            return UP_TO_30;
        }
        if (days <= 60) {
            return FROM_31_TO_60;
        }
        return days <= 90 ? FROM_61_TO_90 : OVER_90;
    }

    /** The late instalments of a schedule's states, summed per bucket. */
    public static Ageing of(List<RepaymentSchedule.InstalmentState> states) {
        Money[] sums = {Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO};
        for (RepaymentSchedule.InstalmentState s : states) {
            if (!s.late()) {
                continue;
            }
            int i = switch (s.ageing()) {
                case UP_TO_30 -> 0;
                case FROM_31_TO_60 -> 1;
                case FROM_61_TO_90 -> 2;
                default -> 3;
            };
            sums[i] = sums[i].plus(s.owed());
        }
        return new Ageing(sums[0], sums[1], sums[2], sums[3]);
    }
}
