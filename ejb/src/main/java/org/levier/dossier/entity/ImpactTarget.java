package org.levier.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/** The value a dossier commits to reach for one indicator of the catalogue (in the indicator's unit). */
@Embeddable
public class ImpactTarget {

    @Column(name = "indicator", nullable = false, length = 40)
    private String indicator;

    @Column(name = "target", nullable = false, precision = 19, scale = 4)
    private BigDecimal target;

    protected ImpactTarget() {
    }

    ImpactTarget(String indicator, BigDecimal target) {
        this.indicator = indicator;
        this.target = target;
    }

    public String getIndicator() {
        return indicator;
    }

    public BigDecimal getTarget() {
        return target;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImpactTarget t && indicator.equals(t.indicator) && target.compareTo(t.target) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, target.stripTrailingZeros());
    }
}
