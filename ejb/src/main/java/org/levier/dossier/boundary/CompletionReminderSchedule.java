package org.levier.dossier.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.control.CompletionReminders;

/** Every quarter of an hour, on every node, the reminders of requests for completion that are due (claimed once). */
@Stateless
public class CompletionReminderSchedule {

    private static final Logger LOG = System.getLogger(CompletionReminderSchedule.class.getName());

    @Inject
    CompletionReminders reminders;

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDueReminders() {
        for (long id : reminders.due()) {
            try {
                reminders.remindIfDue(id, AuditTrail.SYSTEM);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder of request for completion {0} failed, retried next time: {1}", id,
                        e.toString());
            }
        }
    }
}
