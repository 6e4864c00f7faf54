package org.levier.dossier.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.dossier.entity.Dossier;
import org.levier.notification.boundary.Mails;
import org.levier.shared.control.Texts;
import org.levier.shared.entity.Money;

/** Confirms a submission to the applicant who made it, in its language, queued in the submitting transaction. */
@Stateless
public class SubmissionMails {

    static final String BUNDLE = "org.levier.dossier.control.mails";

    @Inject
    ApplicantAddress addresses;

    @Inject
    Mails mails;

    @Inject
    @ConfigProperty(name = "levier.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public void submitted(Dossier dossier, String submitterEmail) {
        String language = addresses.languageOf(submitterEmail);
        NumberFormat euros = NumberFormat.getCurrencyInstance(Texts.localeOf(language));
        euros.setCurrency(Money.EUR);
        String link = publicUrl.replaceAll("/+$", "") + "/app/dossier.xhtml?id=" + dossier.getId();
        Object[] arguments = {dossier.reference().orElseThrow(), dossier.getTitle(), euros.format(dossier.totalCost().amount()),
                euros.format(dossier.requestedTotal().amount()), link};
        mails.queue(submitterEmail, Texts.format(BUNDLE, language, "submitted.subject", arguments),
                Texts.format(BUNDLE, language, "submitted.body", arguments));
    }
}
