package org.levier.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.levier.committee.entity.VoteChoice;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.junit.jupiter.api.Test;

/** How the instruction resources read their bodies: each mistake names its field (422), amounts are exact. */
class InstructionBodiesTest {

    @Test
    void amountsPerInstrumentAreExactToTheCentAndNameTheirField() {
        var body = JsonBodies.object("{\"approved\":{\"GRANT\":\"40000.00\",\"EQUITY\":5000}}", false);
        Map<Instrument, Money> amounts = DossierRequest.amounts(body, "approved", "committee.decision.invalid");
        assertThat(amounts.get(Instrument.GRANT)).isEqualTo(Money.eur("40000.00"));
        assertThat(amounts.get(Instrument.EQUITY)).isEqualTo(Money.eur("5000.00"));

        var wrong = JsonBodies.object("{\"approved\":{\"GRANT\":\"1.005\",\"LOAN\":\"3\"}}", false);
        assertThatThrownBy(() -> DossierRequest.amounts(wrong, "approved", "committee.decision.invalid"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("committee.decision.invalid");
                    assertThat(e.violations()).extracting(RuleViolation.Violation::field)
                            .containsExactlyInAnyOrder("approved.GRANT", "approved.LOAN");
                });
    }

    @Test
    void membersAreReadStrictly() {
        var body = JsonBodies.object("{\"dossierId\":\"12\",\"choice\":\"FOR\",\"eligible\":false,"
                + "\"dueDate\":\"2027-01-31\",\"members\":[\"a@x\",\"b@x\"]}", false);
        assertThat(JsonBodies.requiredLong(body, "dossierId")).isEqualTo(12L);
        assertThat(JsonBodies.enumValue(body, "choice", VoteChoice.class)).isEqualTo(VoteChoice.FOR);
        assertThat(JsonBodies.bool(body, "eligible")).isFalse();
        assertThat(JsonBodies.date(body, "dueDate")).hasToString("2027-01-31");
        assertThat(JsonBodies.strings(body, "members")).containsExactly("a@x", "b@x");
        assertThat(JsonBodies.longValue(body, "absent")).isNull();

        var bad = JsonBodies.object("{\"choice\":\"MAYBE\",\"dossierId\":1.5,\"eligible\":\"yes\","
                + "\"dueDate\":\"31/01/2027\",\"members\":[1]}", false);
        assertField(() -> JsonBodies.enumValue(bad, "choice", VoteChoice.class), "choice");
        assertField(() -> JsonBodies.requiredLong(bad, "dossierId"), "dossierId");
        assertField(() -> JsonBodies.bool(bad, "eligible"), "eligible");
        assertField(() -> JsonBodies.date(bad, "dueDate"), "dueDate");
        assertField(() -> JsonBodies.strings(bad, "members"), "members[0]");
        assertField(() -> JsonBodies.requiredLong(bad, "missing"), "missing");
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolation.class, e ->
                assertThat(e.violations()).extracting(RuleViolation.Violation::field).containsExactly(field));
    }
}
