package org.levier.dossier.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.dossier.control.ApplicantAddress.Addressee;
import org.levier.dossier.entity.CompletionRequest;
import org.levier.notification.boundary.Mails;
import org.levier.shared.control.Texts;

/**
 * The e-mails of the correction loop, queued in the caller's transaction, in the recipient's language: the return
 * for completion and its reminder to the applicant; the resubmission to the applicant and to the staff member who
 * returned the dossier.
 */
@Stateless
public class CompletionMails {

    @Inject
    ApplicantAddress addresses;

    @Inject
    Mails mails;

    @Inject
    @ConfigProperty(name = "levier.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public void returned(CompletionRequest request) {
        toApplicant(request, "completion.returned");
    }

    public void reminder(CompletionRequest request) {
        toApplicant(request, "completion.reminder");
    }

    public void resubmitted(CompletionRequest request) {
        toApplicant(request, "completion.resubmitted");
        Addressee dossier = addresses.of(request.getDossierId());
        String language = addresses.languageOf(request.getRequestedBy());
        String link = base() + "/app/staff/dossier.xhtml?id=" + request.getDossierId();
        send(request.getRequestedBy(), language, "completion.staff", dossier.reference(), dossier.title(),
                request.asText(), date(request, language), link);
    }

    private void toApplicant(CompletionRequest request, String key) {
        Addressee to = addresses.of(request.getDossierId());
        String link = base() + "/app/dossier.xhtml?id=" + request.getDossierId();
        send(to.email(), to.language(), key, to.reference(), to.title(), request.asText(),
                date(request, to.language()), link);
    }

    private void send(String recipient, String language, String key, Object... arguments) {
        mails.queue(recipient, Texts.format(SubmissionMails.BUNDLE, language, key + ".subject", arguments),
                Texts.format(SubmissionMails.BUNDLE, language, key + ".body", arguments));
    }

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }

    private static String date(CompletionRequest request, String language) {
        return request.getDueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Texts.localeOf(language)));
    }
}
