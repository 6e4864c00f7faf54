package org.levier.reports.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the annual programme report prints: the portfolio and the leverage (the same sheets as their own
 * reports) and, once it exists, the impact section ({@code null}: not part of this report yet; the template prints
 * the section only when it is present).
 */
public final class AnnualSheet {

    /** One impact indicator of the programme: target and actual (reported) values, in its unit. */
    public static final class Indicator {
        private final String label;
        private final String unit;
        private final BigDecimal target;
        private final BigDecimal actual;

        public Indicator(String label, String unit, BigDecimal target, BigDecimal actual) {
            this.label = label;
            this.unit = unit;
            this.target = target;
            this.actual = actual;
        }

        public String getLabel() {
            return label;
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
    }

    private final PortfolioSheet portfolio;
    private final LeverageSheet leverage;
    private final List<Indicator> impact;

    public AnnualSheet(PortfolioSheet portfolio, LeverageSheet leverage, List<Indicator> impact) {
        this.portfolio = portfolio;
        this.leverage = leverage;
        this.impact = impact == null ? null : List.copyOf(impact);
    }

    public PortfolioSheet getPortfolio() {
        return portfolio;
    }

    public LeverageSheet getLeverage() {
        return leverage;
    }

    /** The impact indicators, or {@code null} when the report has no impact section. */
    public List<Indicator> getImpact() {
        return impact;
    }
}
