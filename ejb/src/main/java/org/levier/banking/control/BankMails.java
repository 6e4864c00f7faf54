package org.levier.banking.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.levier.banking.entity.BankAccount;
import org.levier.notification.boundary.Mails;
import org.levier.shared.control.Texts;

/**
 * Tells every enabled user of the organisation about each step of its bank details, in each user's language,
 * queued in the transaction of the step. The IBAN is masked: a mail is no place for it.
 */
@Stateless
public class BankMails {

    static final String BUNDLE = "org.levier.banking.control.mails";

    @PersistenceContext
    EntityManager em;

    @Inject
    Mails mails;

    /** {@code step}: {@code declared} or {@code verified}. */
    public void tell(BankAccount account, String step) {
        List<Object[]> users = em.createQuery("select u.email, u.locale from User u where u.organisationId = :org"
                        + " and u.enabled = true order by u.id", Object[].class)
                .setParameter("org", account.getOrganisationId()).getResultList();
        Object[] arguments = {account.maskedIban(), account.getBic(), account.getHolder()};
        for (Object[] user : users) {
            String language = (String) user[1];
            mails.queue((String) user[0], Texts.format(BUNDLE, language, step + ".subject", arguments),
                    Texts.format(BUNDLE, language, step + ".body", arguments));
        }
    }
}
