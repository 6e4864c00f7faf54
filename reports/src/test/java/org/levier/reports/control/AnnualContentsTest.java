package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.levier.reports.ReportType;

/**
 * The annual report's contents give, for each section, the page on which its heading is printed — in both
 * languages, with a projects table long enough to push the later sections several pages on.
 */
class AnnualContentsTest {

    private static final List<String> SECTIONS = List.of("year", "rates", "projects", "impact", "recoveries", "audit",
            "definitions", "portfolio", "leverage");

    private final ReportRenderer renderer = new ReportRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void eachContentsLineCarriesThePageOfItsSectionsHeading(String language) {
        Locale locale = Locale.of(language);
        ResourceBundle texts = ReportRenderer.bundle(locale);
        byte[] pdf = renderer.pdf(ReportType.ANNUAL, locale, new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ProgrammeSheets.HEADER.generatedAt(),
                        "director1@levier.example"),
                Map.of(TargetLineCustomizer.TARGET, ProgrammeSheets.TARGET), List.of(new AnnualSheet(
                        ProgrammeSheets.portfolio(), ProgrammeSheets.leverage(),
                        List.of(new AnnualSheet.Indicator("CO2", "t", new BigDecimal("1200"), new BigDecimal("850"))),
                        ProgrammeSheets.fourFlows(), "-", ProgrammeSheets.sections(120))));
        List<String> pages = AnnualReportTest.pages(pdf);
        String contents = pages.getFirst();

        int previous = 1;
        for (String section : SECTIONS) {
            String heading = ("year".equals(section) ? "1. " : "") + texts.getString("annual." + section);
            Matcher line = Pattern.compile(Pattern.quote(heading) + " (\\d+)").matcher(contents);
            assertThat(line.find()).as("contents line of %s with a page number in %s", heading, contents).isTrue();
            int page = Integer.parseInt(line.group(1));
            assertThat(page).as("page of %s", heading).isGreaterThan(1).isLessThanOrEqualTo(pages.size())
                    .isGreaterThanOrEqualTo(previous);
            int first = 2;
            while (first <= pages.size() && !pages.get(first - 1).contains(heading)) {
                first++;
            }
            assertThat(first).as("first page after the contents printing the heading %s", heading).isEqualTo(page);
            previous = page;
        }
        assertThat(previous).as("the annexes come after the projects table's pages").isGreaterThan(4);
    }
}
