package org.levier.diligence.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.levier.diligence.entity.DocumentRequest;
import org.levier.dossier.control.ApplicantAddress;
import org.levier.dossier.control.ApplicantAddress.Addressee;
import org.levier.notification.boundary.Mails;
import org.levier.shared.control.Texts;

/** The e-mails of screening and due diligence, queued in the caller's transaction, in the recipient's language. */
@Stateless
public class DiligenceMails {

    static final String BUNDLE = "org.levier.diligence.control.mails";

    @Inject
    ApplicantAddress addresses;

    @Inject
    Mails mails;

    public void ineligible(long dossierId, String reason) {
        Addressee to = addresses.of(dossierId);
        send(to.email(), to.language(), "ineligible", to.reference(), to.title(), reason);
    }

    public void documentRequested(DocumentRequest request) {
        Addressee to = addresses.of(request.getDossierId());
        send(to.email(), to.language(), "request", to.reference(), to.title(), request.getWhat(),
                date(request, to.language()));
    }

    public void reminder(DocumentRequest request) {
        Addressee to = addresses.of(request.getDossierId());
        send(to.email(), to.language(), "reminder", to.reference(), to.title(), request.getWhat(),
                date(request, to.language()));
    }

    /** Tells the staff member who asked that the applicant answered. */
    public void answered(DocumentRequest request) {
        Addressee dossier = addresses.of(request.getDossierId());
        String language = addresses.languageOf(request.getRequestedBy());
        send(request.getRequestedBy(), language, "answered", dossier.reference(), dossier.title(),
                request.getWhat(), date(request, language));
    }

    private void send(String recipient, String language, String key, Object... arguments) {
        mails.queue(recipient, Texts.format(BUNDLE, language, key + ".subject", arguments),
                Texts.format(BUNDLE, language, key + ".body", arguments));
    }

    private static String date(DocumentRequest request, String language) {
        return request.getDueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Texts.localeOf(language)));
    }
}
