package org.levier.repayment.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.levier.repayment.control.LateCheck;
import org.levier.shared.control.Clocks;

/**
 * Flags late instalments, run every hour (a node restarted mid-day catches up): each node runs it, each
 * schedule is checked once a day by whichever node claims it first ({@link LateCheck}). "Today" is the fund's day.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LateRepayments {

    private static final Logger LOG = System.getLogger(LateRepayments.class.getName());
    private static final int BATCH = 100;

    @Inject
    LateCheck check;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void everyHour() {
        try {
            flagLate(LocalDate.now(clock.withZone(Clocks.FUND_ZONE)));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "late repayment check failed; retried at the next run", e);
        }
    }

    /** Checks every schedule not yet checked on {@code today}; returns how many flags changed. */
    public int flagLate(LocalDate today) {
        int changed = 0;
        List<Long> ids;
        do {
            ids = check.candidates(today, BATCH);
            for (Long id : ids) {
                changed += check.check(id, today);
            }
        } while (ids.size() == BATCH);
        return changed;
    }
}
