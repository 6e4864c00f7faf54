package org.levier.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;

class Camt054Test {

    @Test
    void readsTheBookedDebitsWithTheirEndToEndIdsValueDateAndReference() {
        byte[] file = Camt054Files.notification("CAMT-1", List.of(
                new Camt054Files.Entry("101", new BigDecimal("50000.00"), LocalDate.of(2026, 12, 4), "BANKREF-101",
                        true, "BOOK"),
                new Camt054Files.Entry("102", new BigDecimal("1234.56"), LocalDate.of(2026, 12, 3), "BANKREF-102",
                        true, "BOOK"),
                new Camt054Files.Entry("103", new BigDecimal("10.00"), LocalDate.of(2026, 12, 3), "CREDIT-1",
                        false, "BOOK"),
                new Camt054Files.Entry("104", new BigDecimal("10.00"), LocalDate.of(2026, 12, 3), "PENDING-1",
                        true, "PDNG")));

        List<Camt054.Debit> debits = Camt054.debits(file);

        assertThat(debits).containsExactly(
                new Camt054.Debit("101", new BigDecimal("50000.00"), "EUR", LocalDate.of(2026, 12, 4),
                        "BANKREF-101"),
                new Camt054.Debit("102", new BigDecimal("1234.56"), "EUR", LocalDate.of(2026, 12, 3),
                        "BANKREF-102"));
    }

    @Test
    void anotherMessageIsRefused() {
        assertThatThrownBy(() -> Camt054.debits("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"/>"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo("payment-confirmation.unreadable"));
        assertThatThrownBy(() -> Camt054.debits("not xml".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class);
    }
}
