package org.levier.impact.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * One run of the impact follow-up's background work, by the hourly schedule or a staff member: first the reports
 * of signed agreements that have none yet are scheduled, then every due reminder is sent, each in a transaction of
 * its own (a failure is logged and retried next run).
 */
@Stateless
public class ReminderRun {

    static final int SCHEDULE_BATCH = 200;
    private static final Logger LOG = System.getLogger(ReminderRun.class.getName());

    @Inject
    ProgressSchedules schedules;

    @Inject
    ReportReminders reminders;

    /** @return how many reminders this run sent (those another node claimed first are not counted) */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int run(String actor) {
        for (long dossierId : schedules.unscheduled(SCHEDULE_BATCH)) {
            try {
                schedules.scheduleIfMissing(dossierId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Progress reports of dossier {0} not scheduled, retried next time: {1}",
                        dossierId, e.toString());
            }
        }
        int sent = 0;
        for (ReportReminders.Kind kind : ReportReminders.Kind.values()) {
            for (long id : reminders.due(kind)) {
                try {
                    if (reminders.remindIfDue(id, kind, actor)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Reminder of progress report {0} failed, retried next time: {1}", id,
                            e.toString());
                }
            }
        }
        return sent;
    }
}
