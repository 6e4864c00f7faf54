package org.levier.impact.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.levier.dossier.control.ApplicantAddress;
import org.levier.dossier.control.ApplicantAddress.Addressee;
import org.levier.impact.entity.ProgressReport;
import org.levier.notification.boundary.Mails;
import org.levier.shared.control.Texts;

/**
 * The e-mails of the impact follow-up to the beneficiary (the applicant who created the dossier), queued in the
 * caller's transaction, in the recipient's language: a report is due soon, a report is overdue, a report was
 * returned. Arguments: {0} reference, {1} title, {2} report number, {3} due date, {4} end of the period or reason.
 */
@Stateless
public class ImpactMails {

    static final String BUNDLE = "org.levier.impact.control.mails";

    @Inject
    ApplicantAddress addresses;

    @Inject
    Mails mails;

    public void dueSoon(ProgressReport report) {
        send(report, "due", null);
    }

    public void overdue(ProgressReport report) {
        send(report, "overdue", null);
    }

    public void returned(ProgressReport report) {
        send(report, "returned", report.returnReason().orElse(""));
    }

    /** {@code reason} null: the fifth argument is the end of the report's period. */
    private void send(ProgressReport report, String key, String reason) {
        Addressee to = addresses.of(report.getDossierId());
        Object[] arguments = {to.reference(), to.title(), String.valueOf(report.getNumber()),
                date(report.getDueOn(), to.language()),
                reason == null ? date(report.getPeriodTo(), to.language()) : reason};
        mails.queue(to.email(), Texts.format(BUNDLE, to.language(), key + ".subject", arguments),
                Texts.format(BUNDLE, to.language(), key + ".body", arguments));
    }

    private static String date(java.time.LocalDate date, String language) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Texts.localeOf(language)));
    }
}
