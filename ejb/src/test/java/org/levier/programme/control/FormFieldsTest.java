package org.levier.programme.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;

class FormFieldsTest {

    @Test
    void moneyHasAtMostTwoDecimalsIsNeverNegativeNorBeyondTheColumn() {
        FormFields f = new FormFields();
        assertThat(f.money("1250000.5", "a", true)).isEqualTo(Money.eur("1250000.50"));
        assertThat(f.money("1.005", "b", true)).isNull();
        assertThat(f.money("-1", "c", true)).isNull();
        assertThat(f.money("10000000000000.00", "d", true)).isNull();
        assertThat(f.money("abc", "e", true)).isNull();
        assertThat(f.money(" ", "f", false)).isNull();
        assertThat(f.violations()).extracting(RuleViolation.Violation::field).containsExactly("b", "c", "d", "e");
        assertThatThrownBy(() -> f.refuseIfAny("k", "Form")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("and 3 more");
    }

    @Test
    void momentsAreReadWithTheirOffsetOrInParis() {
        FormFields f = new FormFields();
        assertThat(f.moment("2027-01-15T09:00", "a")).isEqualTo(Instant.parse("2027-01-15T08:00:00Z"));
        assertThat(f.moment("2027-07-15T09:00", "b")).isEqualTo(Instant.parse("2027-07-15T07:00:00Z"));
        assertThat(f.moment("2027-01-15T09:00:00Z", "c")).isEqualTo(Instant.parse("2027-01-15T09:00:00Z"));
        assertThat(f.moment("2027-02-30T09:00", "d")).isNull();
        assertThat(f.date("0000-01-01", "e")).isNull();
        assertThat(f.fraction("0.70", "g")).isEqualByComparingTo("0.7");
        assertThat(f.fraction("1.5", "h")).isNull();
        assertThat(f.violations()).extracting(RuleViolation.Violation::field).containsExactly("d", "e", "h");
    }
}
