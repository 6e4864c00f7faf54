package org.levier.impact.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.levier.audit.boundary.AuditTrail;
import org.levier.impact.control.ReminderRun;

/**
 * Every hour, on every node, schedules the reports of signed agreements that have none and sends the progress
 * report reminders that are due. The timer is neither persistent nor clustered: each reminder is claimed in the
 * database ({@link org.levier.impact.control.ReportReminders}), so it goes out once.
 */
@Stateless
public class ImpactReminderSchedule {

    private static final Logger LOG = System.getLogger(ImpactReminderSchedule.class.getName());

    @Inject
    ReminderRun run;

    @Schedule(minute = "7", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDueReminders() {
        int sent;
        try {
            sent = run.run(AuditTrail.SYSTEM);
        } catch (RuntimeException e) {
            // A timer whose callback fails twice is cancelled by the container: a database outage must not stop it.
            LOG.log(Level.WARNING, "Progress report reminders failed, retried next time: {0}", e.toString());
            return;
        }
        if (sent > 0) {
            LOG.log(Level.INFO, "{0} progress report reminders queued", sent);
        }
    }
}
