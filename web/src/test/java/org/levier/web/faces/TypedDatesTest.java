package org.levier.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TypedDatesTest {

    @Test
    void datesAsPeopleWriteThemDayFirst() {
        assertThat(TypedDates.parse("30/11/2028")).contains(LocalDate.of(2028, 11, 30));
        assertThat(TypedDates.parse(" 1/2/2028 ")).contains(LocalDate.of(2028, 2, 1));
        assertThat(TypedDates.parse("30.11.2028")).contains(LocalDate.of(2028, 11, 30));
        assertThat(TypedDates.parse("30-11-2028")).contains(LocalDate.of(2028, 11, 30));
        assertThat(TypedDates.parse("29/02/2028")).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void isoDatesAsLinksAndTheApiWriteThem() {
        assertThat(TypedDates.parse("2028-11-30")).contains(LocalDate.of(2028, 11, 30));
        assertThat(TypedDates.parse("0001-01-01")).contains(LocalDate.of(1, 1, 1));
        assertThat(TypedDates.parse("9999-12-31")).contains(LocalDate.of(9999, 12, 31));
    }

    @Test
    void daysThatDoNotExistAreNoDatesNeverANeighbouringDay() {
        assertThat(TypedDates.parse("30/02/2028")).isEmpty();
        assertThat(TypedDates.parse("29/02/2027")).isEmpty();
        assertThat(TypedDates.parse("31/04/2028")).isEmpty();
        assertThat(TypedDates.parse("2026-02-30")).isEmpty();
        assertThat(TypedDates.parse("00/01/2028")).isEmpty();
        assertThat(TypedDates.parse("12/13/2028")).isEmpty();
    }

    @Test
    void yearsOutsideOneTo9999AndOtherTextsAreNoDates() {
        assertThat(TypedDates.parse("01/01/0000")).isEmpty();
        assertThat(TypedDates.parse("0000-01-01")).isEmpty();
        assertThat(TypedDates.parse("01/01/10000")).isEmpty();
        assertThat(TypedDates.parse("+10000-01-01")).isEmpty();
        assertThat(TypedDates.parse("30/11/28")).isEmpty();
        assertThat(TypedDates.parse("11/30/2028")).isEmpty();
        assertThat(TypedDates.parse("demain")).isEmpty();
        assertThat(TypedDates.parse("")).isEmpty();
        assertThat(TypedDates.parse(null)).isEmpty();
    }

    @Test
    void shownBackDayFirst() {
        assertThat(TypedDates.format(LocalDate.of(2028, 11, 30))).isEqualTo("30/11/2028");
        assertThat(TypedDates.format(LocalDate.of(2028, 2, 1))).isEqualTo("01/02/2028");
        assertThat(TypedDates.format(LocalDate.of(12, 2, 1))).isEqualTo("01/02/0012");
        assertThat(TypedDates.format(null)).isEmpty();
        assertThat(TypedDates.parse(TypedDates.format(LocalDate.of(12, 2, 1))))
                .contains(LocalDate.of(12, 2, 1));
    }

    /** One way to type a date: the lv:date tag; no page keeps its own picker or a browser's native date input. */
    @Test
    void everyPageTypesDatesWithTheOneTag() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            List<Path> pages = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .filter(f -> !f.endsWith(Path.of("WEB-INF/tags/date.xhtml"))).toList();
            assertThat(pages).hasSizeGreaterThan(20);
            for (Path page : pages) {
                String text = Files.readString(page);
                assertThat(text).as(page.toString()).doesNotContain("<p:datePicker")
                        .doesNotContain("type=\"date\"").doesNotContain("<f:convertDateTime type=\"localDate\"");
            }
        }
    }
}
