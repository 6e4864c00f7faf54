package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.levier.reports.ReportType;

/**
 * The annual report's contents give, for each section, the page on which its heading is printed — in both
 * languages, with a projects table long enough to push the later sections several pages on — and each line is a
 * link to that page (PDF/A still: {@code PdfaValidationTest} validates the annual report with its links).
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

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void eachContentsLineIsALinkToThePageOfItsSection(String language) throws IOException {
        Locale locale = Locale.of(language);
        ResourceBundle texts = ReportRenderer.bundle(locale);
        byte[] pdf = annual(locale);
        List<String> pages = AnnualReportTest.pages(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // The contents' links, in the order of its lines: each line's title, then its page number.
            List<Integer> targets = new java.util.ArrayList<>();
            for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
                if (!(annotation instanceof PDAnnotationLink link)) {
                    continue;
                }
                PDDestination destination = link.getDestination() != null ? link.getDestination()
                        : link.getAction() instanceof PDActionGoTo goTo ? goTo.getDestination() : null;
                assertThat(destination).as("a link within the document").isNotNull();
                PDPageDestination page = destination instanceof PDNamedDestination named
                        ? document.getDocumentCatalog().findNamedDestinationPage(named)
                        : (PDPageDestination) destination;
                assertThat(page).as("the destination %s resolves to a page", destination).isNotNull();
                targets.add(page.retrievePageNumber() + 1);
            }
            assertThat(targets).as("two links (title, page number) per contents line").hasSize(2 * SECTIONS.size());
            for (int i = 0; i < SECTIONS.size(); i++) {
                String section = SECTIONS.get(i);
                String heading = ("year".equals(section) ? "1. " : "") + texts.getString("annual." + section);
                int target = targets.get(2 * i);
                assertThat(targets.get(2 * i + 1)).as("the page number of %s links to the same page", heading)
                        .isEqualTo(target);
                assertThat(target).as("the link of %s leaves the contents", heading).isGreaterThan(1);
                assertThat(pages.get(target - 1)).as("page %d, the target of %s", target, heading).contains(heading);
                assertThat(pages.subList(1, target - 1)).as("no earlier page prints %s", heading)
                        .noneSatisfy(p -> assertThat(p).contains(heading));
            }
        }
    }

    private byte[] annual(Locale locale) {
        return renderer.pdf(ReportType.ANNUAL, locale, new ReportHeader("DK-TEST", "Fonds Énergie Dunkerque",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), ProgrammeSheets.HEADER.generatedAt(),
                        "director1@levier.example"),
                Map.of(TargetLineCustomizer.TARGET, ProgrammeSheets.TARGET), List.of(new AnnualSheet(
                        ProgrammeSheets.portfolio(), ProgrammeSheets.leverage(),
                        List.of(new AnnualSheet.Indicator("CO2", "t", new BigDecimal("1200"), new BigDecimal("850"))),
                        ProgrammeSheets.fourFlows(), "-", ProgrammeSheets.sections(120))));
    }
}
