package org.levier.banking.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.levier.banking.entity.BankAccount;
import org.levier.identity.control.UserDirectory;
import org.levier.notification.boundary.Mails;
import org.levier.shared.control.Texts;

/**
 * Tells every enabled user of the organisation about each step of its bank details, in each user's language,
 * queued in the transaction of the step. The IBAN is masked: a mail is no place for it.
 */
@Stateless
public class BankMails {

    static final String BUNDLE = "org.levier.banking.control.mails";

    @Inject
    UserDirectory directory;

    @Inject
    Mails mails;

    /** {@code step}: {@code declared} or {@code verified}. */
    public void tell(BankAccount account, String step) {
        List<UserDirectory.Recipient> users = directory.enabledOfOrganisation(account.getOrganisationId());
        Object[] arguments = {account.maskedIban(), account.getBic(), account.getHolder()};
        for (UserDirectory.Recipient user : users) {
            String language = user.locale();
            mails.queue(user.email(), Texts.format(BUNDLE, language, step + ".subject", arguments),
                    Texts.format(BUNDLE, language, step + ".body", arguments));
        }
    }
}
