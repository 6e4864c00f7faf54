package org.levier.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The fund's own account, the debtor of every transfer: {@code levier.fund.debtor.name}, {@code .iban} and
 * {@code .bic} (MicroProfile Config; the defaults are a demonstration account, never a real one).
 */
@ApplicationScoped
public class FundAccount {

    @Inject
    @ConfigProperty(name = "levier.fund.debtor.name", defaultValue = "Fonds Territoire d'innovation Dunkerque")
    String name;

    @Inject
    @ConfigProperty(name = "levier.fund.debtor.iban", defaultValue = "FR7630006000011234567890189")
    String iban;

    @Inject
    @ConfigProperty(name = "levier.fund.debtor.bic", defaultValue = "BDFEFRPPCCT")
    String bic;

    public Pain001.Debtor debtor() {
        return new Pain001.Debtor(name, iban.replace(" ", ""), bic.replace(" ", ""));
    }
}
