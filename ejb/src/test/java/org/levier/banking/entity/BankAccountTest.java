package org.levier.banking.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;

class BankAccountTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void declaredPendingNormalisedThenVerifiedBySomeoneElse() {
        BankAccount account = BankAccount.declare(7, "fr76 3000 6000 0112 3456 7890 189", "bdfe frpp", "  Société  Démo ",
                3, "applicant@x.example", NOW);
        assertThat(account.getStatus()).isEqualTo(BankAccountStatus.PENDING);
        assertThat(account.isInForce()).isFalse();
        assertThat(account.getIban()).isEqualTo("FR7630006000011234567890189");
        assertThat(account.getBic()).isEqualTo("BDFEFRPP");
        assertThat(account.getHolder()).isEqualTo("Société Démo");
        assertThat(account.maskedIban()).isEqualTo("FR76 **** **** 0189");

        account.verify("analyst@x.example", NOW);
        assertThat(account.isInForce()).isTrue();
        account.supersede(NOW);
        assertThat(account.isInForce()).isFalse();
        assertThat(account.getStatus()).isEqualTo(BankAccountStatus.SUPERSEDED);
    }

    @Test
    void theDeclarantNeverVerifies() {
        BankAccount account = BankAccount.declare(7, "FR7630006000011234567890189", "BDFEFRPP", "Demo", 3,
                "analyst@x.example", NOW);
        assertThatThrownBy(() -> account.verify("ANALYST@x.example", NOW)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo("bank-account.self-verification"));
        assertThat(account.getStatus()).isEqualTo(BankAccountStatus.PENDING);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> BankAccount.declare(7, "FR7630006000011234567890188", "BDFE", " ", 3, "a", NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).violations()).extracting(RuleViolation.Violation::field)
                        .containsExactly("iban", "bic", "holder"));
    }
}
