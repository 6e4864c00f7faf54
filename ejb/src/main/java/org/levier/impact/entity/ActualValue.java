package org.levier.impact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value an indicator reached at the end of a report's period (in the indicator's unit; a level reached, not an
 * increment over the period), for one indicator of the dossier's targets.
 */
@Embeddable
public class ActualValue {

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "indicator", nullable = false, length = 40)
    private String indicator;

    @Column(name = "actual", nullable = false, precision = 19, scale = 4)
    private BigDecimal actual;

    protected ActualValue() {
    }

    ActualValue(long dossierId, String indicator, BigDecimal actual) {
        this.dossierId = dossierId;
        this.indicator = indicator;
        this.actual = actual;
    }

    public String getIndicator() {
        return indicator;
    }

    public BigDecimal getActual() {
        return actual;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActualValue v && dossierId == v.dossierId && indicator.equals(v.indicator)
                && actual.compareTo(v.actual) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dossierId, indicator, actual.stripTrailingZeros());
    }
}
