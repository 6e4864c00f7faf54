package org.levier.applicant.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the registration e-mails in the recipient's language ({@code fr} by default, {@code en}), from the
 * bundle {@code mail*.properties} next to this class. Links are built on the public URL the recipient can reach.
 */
public final class RegistrationMails {

    /** A ready-to-queue message. */
    public record Mail(String subject, String body) {
    }

    private static final String BUNDLE = "org.levier.applicant.control.mail";

    private final String publicUrl;

    /** @param publicUrl where users reach Levier, e.g. {@code https://levier.example} (a trailing slash is dropped) */
    public RegistrationMails(String publicUrl) {
        String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String confirmationLink(String token) {
        return publicUrl + "/confirm.xhtml?token=" + token;
    }

    public String invitationLink(String token) {
        return publicUrl + "/accept-invitation.xhtml?token=" + token;
    }

    public Mail confirmation(String locale, String displayName, String organisation, long validHours, String token) {
        return mail(locale, "confirmation", displayName, organisation, validHours, confirmationLink(token), token);
    }

    /** To the owner of an address someone tried to register again (no enumeration: the registrant is not told). */
    public Mail addressTaken(String locale, String displayName) {
        return mail(locale, "taken", displayName, publicUrl);
    }

    public Mail invitation(String locale, String inviter, String organisation, String invitee, long validDays,
                           String token) {
        return mail(locale, "invitation", inviter, organisation, invitee, validDays, invitationLink(token), token);
    }

    private static Mail mail(String locale, String key, Object... arguments) {
        Locale language = "en".equals(locale) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, RegistrationMails.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        MessageFormat subject = new MessageFormat(bundle.getString(key + ".subject"), language);
        MessageFormat body = new MessageFormat(bundle.getString(key + ".body"), language);
        return new Mail(subject.format(arguments), body.format(arguments));
    }
}
