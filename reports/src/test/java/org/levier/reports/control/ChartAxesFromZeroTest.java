package org.levier.reports.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

/**
 * Charts' value axes start at zero: every chart of every report template declares {@link ValueAxisFromZero} (or a
 * subclass) as its customizer, and that customizer pins a line or bar chart of values far from zero to zero.
 */
class ChartAxesFromZeroTest {

    private static final Path TEMPLATES = Path.of("src/main/jasper");
    private static final Pattern CHART = Pattern.compile("<element kind=\"chart\"[^>]*>");
    private static final Pattern CUSTOMIZER = Pattern.compile("customizerClass=\"([^\"]+)\"");

    @Test
    void everyChartOfEveryTemplateDeclaresTheZeroBasedAxis() throws IOException, ClassNotFoundException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            templates = files.filter(f -> f.toString().endsWith(".jrxml")).sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThanOrEqualTo(10);
        List<String> charts = new ArrayList<>();
        for (Path template : templates) {
            Matcher chart = CHART.matcher(Files.readString(template));
            while (chart.find()) {
                String where = template.getFileName() + ": " + chart.group();
                charts.add(where);
                Matcher customizer = CUSTOMIZER.matcher(chart.group());
                assertThat(customizer.find()).as("customizer of %s", where).isTrue();
                assertThat(ValueAxisFromZero.class.isAssignableFrom(Class.forName(customizer.group(1))))
                        .as("%s's customizer starts the value axis at zero", where).isTrue();
            }
        }
        // The annual report's two leverage charts and the annexes' three, the portfolio's two, the leverage's one.
        assertThat(charts).hasSize(8);
    }

    @Test
    void theCustomizerPinsALineOrBarChartOfValuesFarFromZeroToZero() {
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        values.addValue(6.8, "leverage", "Jul");
        values.addValue(7.2, "leverage", "Aug");
        values.addValue(7.9, "leverage", "Sep");
        JFreeChart line = ChartFactory.createLineChart(null, null, null, values);
        JFreeChart bar = ChartFactory.createBarChart(null, null, null, values);
        // A chart theme may zoom in on the values (JFreeChart can): then the axis starts near 6.8.
        for (JFreeChart chart : List.of(line, bar)) {
            ((org.jfree.chart.axis.NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis())
                    .setAutoRangeIncludesZero(false);
        }
        assertThat(((CategoryPlot) line.getPlot()).getRangeAxis().getLowerBound()).isGreaterThan(1);

        ValueAxisFromZero.fromZero(line);
        ValueAxisFromZero.fromZero(bar);

        for (JFreeChart chart : List.of(line, bar)) {
            CategoryPlot plot = (CategoryPlot) chart.getPlot();
            assertThat(plot.getRangeAxis().getLowerBound()).isZero();
            assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(7.9);
        }
    }
}
