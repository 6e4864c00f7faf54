package org.levier.diligence.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.levier.audit.boundary.AuditTrail;
import org.levier.diligence.control.Reminders;

/**
 * Every quarter of an hour, on every node, sends the reminders of document requests that are due. The timer is not
 * persistent nor clustered: {@link Reminders} claims each reminder in the database, so it goes out once.
 */
@Stateless
public class ReminderSchedule {

    private static final Logger LOG = System.getLogger(ReminderSchedule.class.getName());

    @Inject
    Reminders reminders;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDueReminders() {
        int sent = 0;
        java.util.List<Long> due;
        try {
            due = reminders.due();
        } catch (RuntimeException e) {
            // A timer whose callback fails twice is cancelled by the container: a database outage must not stop it.
            LOG.log(Level.WARNING, "Document request reminders not read, retried next time: {0}", e.toString());
            return;
        }
        for (long id : due) {
            try {
                if (reminders.remindIfDue(id, AuditTrail.SYSTEM)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder of document request {0} failed, retried next time: {1}", id,
                        e.toString());
            }
        }
        if (sent > 0) {
            LOG.log(Level.INFO, "{0} document request reminders queued", sent);
        }
    }
}
