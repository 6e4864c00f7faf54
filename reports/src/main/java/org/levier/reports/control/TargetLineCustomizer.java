package org.levier.reports.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.engine.JRParameter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Draws the programme's target leverage as a horizontal line across a category chart. The target is the report
 * parameter {@value #TARGET} (a number); without it the chart is left as it is. The line's label is
 * {@code leverage.chart.target} of the report's bundle followed by the target in the report's locale. The value
 * axis starts at zero ({@link ValueAxisFromZero}), with or without a target.
 */
public class TargetLineCustomizer extends ValueAxisFromZero {

    /** The report parameter holding the target leverage. */
    public static final String TARGET = "TARGET_LEVERAGE";

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        super.customize(chart, jasperChart);
        if (!(getParameterValue(TARGET) instanceof Number target) || !(chart.getPlot() instanceof CategoryPlot plot)) {
            return;
        }
        Locale locale = getParameterValue(JRParameter.REPORT_LOCALE) instanceof Locale l ? l : Locale.FRENCH;
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String label = getParameterValue(JRParameter.REPORT_RESOURCE_BUNDLE) instanceof ResourceBundle texts
                && texts.containsKey("leverage.chart.target") ? texts.getString("leverage.chart.target") : "";
        ValueMarker marker = new ValueMarker(new BigDecimal(target.toString()).doubleValue(),
                new Color(0xB7, 0x1C, 0x1C), new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                        10f, new float[] {6f, 4f}, 0f));
        // Opaque line and label box: PDF/A-1 allows no transparency (JFreeChart's label box is translucent grey).
        marker.setAlpha(1.0f);
        marker.setLabelBackgroundColor(java.awt.Color.WHITE);
        marker.setLabel(label + " " + format.format(target));
        marker.setLabelFont(plot.getRangeAxis().getTickLabelFont());
        marker.setLabelPaint(new Color(0xB7, 0x1C, 0x1C));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(marker);
        // Keep the target in view even when every bar is below it.
        double upper = plot.getRangeAxis().getUpperBound();
        if (upper < target.doubleValue() * 1.15) {
            plot.getRangeAxis().setUpperBound(target.doubleValue() * 1.15);
        }
        fromZero(chart);
    }
}
