package org.levier.dossier.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.levier.identity.control.UserDirectory;
import org.levier.shared.control.EmailAddresses;
import org.levier.shared.control.NotFound;

/**
 * Whom to tell about a dossier: the applicant who created it ({@code dossier.created_by}), in the language of its
 * account (French when unknown), with what names the dossier in a message.
 */
@Stateless
public class ApplicantAddress {

    /** The applicant's e-mail and language ({@code fr}/{@code en}), the dossier's reference (or #id) and title. */
    public record Addressee(String email, String language, String reference, String title) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserDirectory directory;

    public Addressee of(long dossierId) {
        Object[] row = em.createQuery("select d.createdBy, d.reference, d.title from Dossier d where d.id = :id",
                        Object[].class)
                .setParameter("id", dossierId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("dossier " + dossierId));
        String email = (String) row[0];
        return new Addressee(email, languageOf(email), row[1] == null ? "#" + dossierId : (String) row[1],
                (String) row[2]);
    }

    /** The language of a user's account; {@code fr} when there is no such account. */
    public String languageOf(String email) {
        return directory.localeOf(EmailAddresses.normalise(email)).orElse("fr");
    }
}
