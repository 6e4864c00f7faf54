package org.levier.reports.control;

import java.math.BigDecimal;

/** One value of a category chart: its series and category (both already translated) and the value. */
public final class ChartPoint {
    private final String series;
    private final String category;
    private final BigDecimal value;

    public ChartPoint(String series, String category, BigDecimal value) {
        this.series = series;
        this.category = category;
        this.value = value;
    }

    public String getSeries() {
        return series;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getValue() {
        return value;
    }
}
