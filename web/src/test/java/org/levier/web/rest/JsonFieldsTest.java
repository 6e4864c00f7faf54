package org.levier.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/** How the money resources read their bodies: exact cents, every mistake named at once under the caller's key. */
class JsonFieldsTest {

    @Test
    void readsExactMoneyDatesIdsAndAmountsPerInstrument() {
        var body = JsonFields.body("{\"amount\":\"1234.56\",\"n\":1234.5,\"on\":\"2027-03-01\",\"ids\":[3,\"4\"],"
                + "\"commitment\":{\"GRANT\":\"100000\",\"EQUITY\":\"0.00\"}}");
        JsonFields fields = new JsonFields();
        assertThat(fields.money(body, "amount", "amount", true)).isEqualTo(Money.eur("1234.56"));
        assertThat(fields.money(body, "n", "n", true)).isEqualTo(Money.eur("1234.50"));
        assertThat(fields.date(body, "on", "on", true)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(fields.ids(body, "ids")).containsExactly(3L, 4L);
        assertThat(fields.amounts(body, "commitment")).containsEntry(Instrument.GRANT, Money.eur("100000.00"))
                .containsEntry(Instrument.EQUITY, Money.ZERO).doesNotContainKey(Instrument.REPAYABLE_ADVANCE);
        assertThat(fields.amounts(body, "absent")).isNull();
        fields.refuseIfAny("disbursement.invalid", "nothing wrong");
    }

    @Test
    void namesEveryMistakeAtOnceNeverRounding() {
        var body = JsonFields.body("{\"amount\":\"1.005\",\"on\":\"01/03/2027\",\"ids\":[\"x\"],"
                + "\"commitment\":{\"LOAN\":\"1\",\"GRANT\":\"-1.00\"},\"tranches\":[1]}");
        JsonFields fields = new JsonFields();
        fields.money(body, "amount", "amount", true);
        fields.date(body, "on", "on", true);
        fields.ids(body, "ids");
        fields.amounts(body, "commitment");
        fields.objects(body, "tranches", (o, at) -> o);
        fields.text(body, "reason", "reason", true);
        assertThatThrownBy(() -> fields.refuseIfAny("agreement.invalid", "The agreement is invalid"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("agreement.invalid");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field).containsExactlyInAnyOrder(
                            "amount", "on", "ids[0]", "commitment.LOAN", "commitment.GRANT", "tranches[0]",
                            "reason");
                });
    }
}
