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
    void aFileBreakingTheSchemaIsRefusedNamingTheRuleAndAMalformedOneAsUnreadable() {
        String valid = new String(Camt054Files.notification("CAMT-2", List.of(new Camt054Files.Entry("101",
                new BigDecimal("10.00"), LocalDate.of(2026, 12, 4), "BANKREF-1", true, "BOOK"))),
                StandardCharsets.UTF_8);
        Camt054.validate(valid.getBytes(StandardCharsets.UTF_8));
        // Without its bank transaction code (mandatory in camt.054.001.08), the entry breaks the schema.
        String noCode = valid.replaceAll("(?s)<BkTxCd>.*?</BkTxCd>", "");
        assertThat(noCode).isNotEqualTo(valid);
        assertThatThrownBy(() -> Camt054.debits(noCode.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo("payment-confirmation.schema-invalid"))
                .hasMessageContaining("BkTxCd").hasMessageContaining("line ");
        // An amount that is not a decimal.
        String badAmount = valid.replaceFirst(">10.00<", ">ten<");
        assertThatThrownBy(() -> Camt054.debits(badAmount.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo("payment-confirmation.schema-invalid"));
        // Cut in the middle: not well-formed.
        String cut = valid.substring(0, valid.length() / 2);
        assertThatThrownBy(() -> Camt054.debits(cut.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).key()).isEqualTo("payment-confirmation.unreadable"));
        // An external entity is never fetched: refused.
        String entity = valid.replaceFirst("<Document", "<!DOCTYPE Document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document").replace("CAMT-2</MsgId>", "&x;</MsgId>");
        assertThatThrownBy(() -> Camt054.debits(entity.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RuleViolation.class);
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
