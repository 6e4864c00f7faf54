package org.levier.impact.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable parts of the impact follow-up (MicroProfile Config): {@code levier.impact.report-period-months}
 * (6: half-yearly), {@code levier.impact.report-due-days} (30), {@code levier.impact.final-report-due-days} (60)
 * and {@code levier.impact.reminder-lead-days} (14: the reminder before a due date).
 */
@ApplicationScoped
public class ImpactSettings {

    @Inject
    @ConfigProperty(name = "levier.impact.report-period-months", defaultValue = "6")
    int periodMonths;

    @Inject
    @ConfigProperty(name = "levier.impact.report-due-days", defaultValue = "30")
    int dueDays;

    @Inject
    @ConfigProperty(name = "levier.impact.final-report-due-days", defaultValue = "60")
    int finalDueDays;

    @Inject
    @ConfigProperty(name = "levier.impact.reminder-lead-days", defaultValue = "14")
    int reminderLeadDays;

    public ReportSchedule schedule() {
        return new ReportSchedule(periodMonths, dueDays, finalDueDays);
    }

    public int reminderLeadDays() {
        return Math.max(0, Math.min(reminderLeadDays, 365));
    }
}
