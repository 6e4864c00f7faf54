package org.levier.committee.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.levier.committee.entity.Decision;
import org.levier.dossier.control.ApplicantAddress;
import org.levier.dossier.control.ApplicantAddress.Addressee;
import org.levier.notification.boundary.Mails;
import org.levier.shared.control.Texts;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/** Tells the applicant the committee's decision, in its language, queued in the deciding transaction. */
@Stateless
public class DecisionMails {

    static final String BUNDLE = "org.levier.committee.control.mails";

    @Inject
    ApplicantAddress addresses;

    @Inject
    Mails mails;

    public void decided(Decision decision) {
        Addressee to = addresses.of(decision.getDossierId());
        String key = decision.getOutcome().name().toLowerCase(java.util.Locale.ROOT);
        String amounts = amounts(decision.approvedAmounts(), to.language());
        String conditions = decision.getConditions().isEmpty()
                ? Texts.format(BUNDLE, to.language(), "conditions.none")
                : decision.getConditions().stream().map(c -> "- " + c).collect(Collectors.joining("\n"));
        Object[] arguments = {to.reference(), to.title(), decision.reasons().orElse(""), amounts, conditions};
        mails.queue(to.email(), Texts.format(BUNDLE, to.language(), key + ".subject", arguments),
                Texts.format(BUNDLE, to.language(), key + ".body", arguments));
    }

    static String amounts(Map<Instrument, Money> approved, String language) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Texts.localeOf(language));
        format.setCurrency(Money.EUR);
        return approved.entrySet().stream().filter(e -> e.getValue().isPositive())
                .map(e -> "- " + Texts.format(BUNDLE, language, "amount.line",
                        Texts.format(BUNDLE, language, "instrument." + e.getKey()), format.format(e.getValue().amount())))
                .collect(Collectors.joining("\n"));
    }
}
