package org.levier.impact.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.levier.impact.control.ReportSchedule.Slot;
import org.levier.impact.entity.ReportKind;

/** The progress report schedule, against dates computed by hand. */
class ReportScheduleTest {

    private final ReportSchedule halfYearly = new ReportSchedule(6, 30, 60);

    @Test
    void halfYearlyFromTheSignatureThenAFinalReportUpToTheProjectEnd() {
        List<Slot> slots = halfYearly.slots(LocalDate.parse("2026-12-01"), LocalDate.parse("2028-12-31"));
        assertThat(slots).containsExactly(
                slot(1, ReportKind.INTERIM, "2026-12-01", "2027-05-31", "2027-06-30"),
                slot(2, ReportKind.INTERIM, "2027-06-01", "2027-11-30", "2027-12-30"),
                slot(3, ReportKind.INTERIM, "2027-12-01", "2028-05-31", "2028-06-30"),
                slot(4, ReportKind.INTERIM, "2028-06-01", "2028-11-30", "2028-12-30"),
                // 2028-12-31 + 60 days: 31 to 2029-01-31, 28 to 2029-02-28, 1 to 2029-03-01.
                slot(5, ReportKind.FINAL, "2028-12-01", "2028-12-31", "2029-03-01"));
    }

    @Test
    void monthsAreCountedFromTheSignatureSoTheEndOfMonthNeverDrifts() {
        List<Slot> slots = halfYearly.slots(LocalDate.parse("2026-08-31"), LocalDate.parse("2027-12-31"));
        assertThat(slots).containsExactly(
                slot(1, ReportKind.INTERIM, "2026-08-31", "2027-02-27", "2027-03-29"),
                slot(2, ReportKind.INTERIM, "2027-02-28", "2027-08-30", "2027-09-29"),
                slot(3, ReportKind.FINAL, "2027-08-31", "2027-12-31", "2028-02-29"));  // 2028 is a leap year
    }

    @Test
    void aPeriodEndingOnTheProjectEndIsTheFinalReport() {
        List<Slot> slots = halfYearly.slots(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        assertThat(slots).containsExactly(
                slot(1, ReportKind.INTERIM, "2026-01-01", "2026-06-30", "2026-07-30"),
                slot(2, ReportKind.FINAL, "2026-07-01", "2026-12-31", "2027-03-01"));
    }

    @Test
    void quarterlyWhenConfiguredSo() {
        List<Slot> slots = new ReportSchedule(3, 15, 30).slots(LocalDate.parse("2027-01-15"),
                LocalDate.parse("2027-09-30"));
        assertThat(slots).containsExactly(
                slot(1, ReportKind.INTERIM, "2027-01-15", "2027-04-14", "2027-04-29"),
                slot(2, ReportKind.INTERIM, "2027-04-15", "2027-07-14", "2027-07-29"),
                slot(3, ReportKind.FINAL, "2027-07-15", "2027-09-30", "2027-10-30"));
    }

    @Test
    void withoutAnEndDateOrAfterTheEndOneFinalReport() {
        assertThat(halfYearly.slots(LocalDate.parse("2026-03-10"), null)).containsExactly(
                slot(1, ReportKind.FINAL, "2026-03-10", "2026-09-09", "2026-11-08"));
        assertThat(halfYearly.slots(LocalDate.parse("2026-03-10"), LocalDate.parse("2025-12-31"))).containsExactly(
                slot(1, ReportKind.FINAL, "2026-03-10", "2026-03-10", "2026-05-09"));
    }

    @Test
    void aVeryLongProjectIsCappedAndTheFinalReportCoversTheRest() {
        List<Slot> slots = new ReportSchedule(1, 0, 0).slots(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2035-12-31"));
        assertThat(slots).hasSize(ReportSchedule.MAX_REPORTS);
        assertThat(slots.getLast()).isEqualTo(slot(60, ReportKind.FINAL, "2030-12-01", "2035-12-31", "2035-12-31"));
    }

    @Test
    void unreasonableSettingsAreRefused() {
        assertThatThrownBy(() -> new ReportSchedule(0, 30, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportSchedule(6, -1, 60)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Slot slot(int number, ReportKind kind, String from, String to, String due) {
        return new Slot(number, kind, LocalDate.parse(from), LocalDate.parse(to), LocalDate.parse(due));
    }
}
