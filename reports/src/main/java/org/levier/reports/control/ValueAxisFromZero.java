package org.levier.reports.control;

import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;

/**
 * The customizer every chart of the reports declares (or a subclass of it, {@link TargetLineCustomizer}): its value
 * axis starts at zero, so that heights and slopes compare honestly — a line chart of values between 6 and 8 would
 * otherwise start near 6. {@code ChartAxesFromZeroTest} checks that every chart of every template declares it.
 */
public class ValueAxisFromZero extends JRAbstractChartCustomizer {

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        fromZero(chart);
    }

    /** Pins the chart's value axis (category or XY plot) to start at zero; other plots are left as they are. */
    public static void fromZero(JFreeChart chart) {
        ValueAxis axis = chart.getPlot() instanceof CategoryPlot plot ? plot.getRangeAxis()
                : chart.getPlot() instanceof XYPlot plot ? plot.getRangeAxis() : null;
        if (axis == null) {
            return;
        }
        if (axis instanceof NumberAxis number) {
            number.setAutoRangeIncludesZero(true);
        }
        if (axis.getUpperBound() <= 0) {
            axis.setRange(0, 1);
        } else {
            axis.setLowerBound(0);
        }
    }
}
