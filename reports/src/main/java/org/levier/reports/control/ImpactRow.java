package org.levier.reports.control;

import java.math.BigDecimal;

/**
 * One line of the impact report (a bean: Jasper reads getters): the section (the programme, or an axis), the
 * indicator with its unit, target, actual and the ratio actual / target (null when the target is 0).
 */
public final class ImpactRow {

    private final String section;
    private final String indicator;
    private final String unit;
    private final BigDecimal target;
    private final BigDecimal actual;
    private final BigDecimal ratio;
    private final long dossiers;
    private final long reporting;

    public ImpactRow(String section, String indicator, String unit, BigDecimal target, BigDecimal actual,
                     BigDecimal ratio, long dossiers, long reporting) {
        this.section = section;
        this.indicator = indicator;
        this.unit = unit;
        this.target = target;
        this.actual = actual;
        this.ratio = ratio;
        this.dossiers = dossiers;
        this.reporting = reporting;
    }

    public String getSection() {
        return section;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public BigDecimal getRatio() {
        return ratio;
    }

    public Long getDossiers() {
        return dossiers;
    }

    public Long getReporting() {
        return reporting;
    }
}
