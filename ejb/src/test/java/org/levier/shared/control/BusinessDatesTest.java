package org.levier.shared.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BusinessDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aFactIsNotAfterTodayAndNamesItsBound() {
        BusinessDates.asOf(TODAY).fact("metOn", TODAY).check("k", "x");
        assertThatThrownBy(() -> BusinessDates.asOf(TODAY).fact("metOn", TODAY.plusDays(1)).check("k", "Refused"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("k");
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("metOn");
                        assertThat(v.message()).startsWith("not after today (2026-12-05)");
                    });
                });
    }

    @Test
    void impossibleDatesAreRefusedNeverShifted() {
        for (LocalDate impossible : new LocalDate[] {LocalDate.of(0, 1, 1), LocalDate.MIN, LocalDate.of(10000, 1, 1),
                LocalDate.of(999, 12, 31)}) {
            BusinessDates dates = BusinessDates.asOf(TODAY).planned("plannedOn", impossible).fact("on", impossible);
            assertThat(dates.violations()).as(impossible.toString()).hasSize(2)
                    .allSatisfy(v -> assertThat(v.message()).contains("impossible date"));
        }
        assertThat(BusinessDates.isPossible(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(BusinessDates.isPossible(LocalDate.of(1000, 1, 1))).isTrue();
    }

    @Test
    void notBeforeNamesWhatTheBoundIs() {
        BusinessDates dates = BusinessDates.asOf(TODAY).notBefore("valueDate", LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 1), "the agreement's signature");
        assertThat(dates.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("not before the agreement's signature (2026-12-01)"));
    }

    @Test
    void todayIsTheFundsDayInParis() {
        // 23:30 UTC on 5 December is already 6 December in Paris
        Clock late = Clock.fixed(Instant.parse("2026-12-05T23:30:00Z"), ZoneOffset.UTC);
        assertThat(BusinessDates.today(late)).isEqualTo(LocalDate.of(2026, 12, 6));
    }
}
