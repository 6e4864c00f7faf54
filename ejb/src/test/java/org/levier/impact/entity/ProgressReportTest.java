package org.levier.impact.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/** A progress report's rules: what a submission must state, the review, the overdue flag in Paris. */
class ProgressReportTest {

    private static final Instant NOW = Instant.parse("2027-07-01T10:00:00Z");
    private static final List<String> TARGETS = List.of("CO2_AVOIDED", "JOBS_CREATED");

    private static ProgressReport report() {
        return ProgressReport.owed(7, 3, 1, ReportKind.INTERIM, LocalDate.parse("2026-12-01"),
                LocalDate.parse("2027-05-31"), LocalDate.parse("2027-06-30"), NOW);
    }

    @Test
    void aSubmissionStatesEveryTargetIndicatorTheNarrativeAndTheExpenses() {
        ProgressReport report = report();
        report.submit(new ProgressSubmission("  Plant commissioned.  ", Map.of("CO2_AVOIDED", "12.5",
                "JOBS_CREATED", "3"), "1234.50"), TARGETS, "applicant1@levier.example", NOW);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.narrative()).contains("Plant commissioned.");
        assertThat(report.expenses().orElseThrow().toPlainString()).isEqualTo("1234.50");
        assertThat(report.actuals()).containsExactly(Map.entry("CO2_AVOIDED", new java.math.BigDecimal("12.5000")),
                Map.entry("JOBS_CREATED", new java.math.BigDecimal("3.0000")));
        assertThat(report.getSubmissions()).isEqualTo(1);
        assertThat(report.isOverdueAt(NOW)).isFalse();
    }

    @Test
    void everyMistakeIsReportedAtOnceAndNothingChanges() {
        ProgressReport report = report();
        Map<String, String> actuals = new LinkedHashMap<>();
        actuals.put("CO2_AVOIDED", "-1");
        actuals.put("PM10_REDUCED", "4");
        assertThatThrownBy(() -> report.submit(new ProgressSubmission(" ", actuals, "10.001"), TARGETS, "a", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.key()).isEqualTo("impact.report.invalid");
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("narrative",
                            "actuals.CO2_AVOIDED", "actuals.JOBS_CREATED", "actuals.PM10_REDUCED", "expenses");
                });
        assertThatThrownBy(() -> report.submit(new ProgressSubmission("ok", Map.of("CO2_AVOIDED", "1.00001",
                "JOBS_CREATED", "abc"), null), TARGETS, "a", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.violations())
                        .extracting(Violation::message)
                        .containsExactly("at most 4 decimals", "a decimal number", "required"));
        assertThat(report.getStatus()).isEqualTo(ReportStatus.DUE);
        assertThat(report.actuals()).isEmpty();
        assertThat(report.narrative()).isEmpty();
    }

    @Test
    void staffAcceptOrReturnWithAReasonAndAReturnedReportIsSubmittedAgain() {
        ProgressReport report = report();
        ProgressSubmission first = new ProgressSubmission("n", Map.of("CO2_AVOIDED", "1", "JOBS_CREATED", "0"),
                "0");
        assertThatThrownBy(() -> report.accept("analyst", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.key()).isEqualTo("impact.report.not-submitted"));
        report.submit(first, TARGETS, "a", NOW);
        assertThatThrownBy(() -> report.submit(first, TARGETS, "a", NOW)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.key()).isEqualTo("impact.report.not-open"));
        assertThatThrownBy(() -> report.returnForRework("  ", "analyst", NOW)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("reason"));
        report.returnForRework("Jobs figure missing its evidence", "analyst", NOW);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.returnReason()).contains("Jobs figure missing its evidence");
        report.submit(new ProgressSubmission("n2", Map.of("CO2_AVOIDED", "2", "JOBS_CREATED", "1"), "5"),
                TARGETS, "a", NOW);
        assertThat(report.getSubmissions()).isEqualTo(2);
        assertThat(report.actuals().get("CO2_AVOIDED")).isEqualByComparingTo("2");
        report.accept("director1", NOW);
        assertThat(report.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(report.reviewedBy()).contains("director1");
    }

    @Test
    void overdueFromTheDayAfterTheDueDateInParisWhileOwed() {
        ProgressReport report = report();
        // 30 June 2027, 23:30 in Paris (21:30 UTC): still the due date.
        assertThat(report.isOverdueAt(Instant.parse("2027-06-30T21:30:00Z"))).isFalse();
        // 1 July 2027, 00:30 in Paris (22:30 UTC the day before): overdue.
        assertThat(report.isOverdueAt(Instant.parse("2027-06-30T22:30:00Z"))).isTrue();
        report.submit(new ProgressSubmission("n", Map.of("CO2_AVOIDED", "1", "JOBS_CREATED", "1"), "0"), TARGETS,
                "a", NOW);
        assertThat(report.isOverdueAt(Instant.parse("2027-08-01T00:00:00Z"))).isFalse();
        report.returnForRework("again", "analyst", NOW);
        assertThat(report.isOverdueAt(Instant.parse("2027-08-01T00:00:00Z"))).isTrue();
    }
}
