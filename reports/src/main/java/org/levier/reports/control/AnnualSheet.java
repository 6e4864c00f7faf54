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

    /** One money flow of "the year in figures": within the period, the previous one, and cumulated to its end. */
    public static final class Flow {
        private final String label;
        private final BigDecimal period;
        private final BigDecimal previous;
        private final BigDecimal cumulative;

        public Flow(String label, BigDecimal period, BigDecimal previous, BigDecimal cumulative) {
            this.label = label;
            this.period = period;
            this.previous = previous;
            this.cumulative = cumulative;
        }

        public String getLabel() {
            return label;
        }

        public BigDecimal getPeriod() {
            return period;
        }

        public BigDecimal getPrevious() {
            return previous;
        }

        public BigDecimal getCumulative() {
            return cumulative;
        }
    }

    private final PortfolioSheet portfolio;
    private final LeverageSheet leverage;
    private final List<Indicator> impact;
    private final List<Flow> year;
    private final String previousPeriod;
    private final AnnualSections sections;

    public AnnualSheet(PortfolioSheet portfolio, LeverageSheet leverage, List<Indicator> impact) {
        this(portfolio, leverage, impact, List.of(), null);
    }

    public AnnualSheet(PortfolioSheet portfolio, LeverageSheet leverage, List<Indicator> impact, List<Flow> year,
                       String previousPeriod) {
        this(portfolio, leverage, impact, year, previousPeriod, null);
    }

    /**
     * With "the year in figures": {@code year}'s flows, the previous period named by {@code previousPeriod}, and the
     * annual report's own {@code sections} (leverage against target, projects by axis, recoveries, audit chain;
     * {@code null}: none).
     */
    public AnnualSheet(PortfolioSheet portfolio, LeverageSheet leverage, List<Indicator> impact, List<Flow> year,
                       String previousPeriod, AnnualSections sections) {
        this.portfolio = portfolio;
        this.leverage = leverage;
        this.impact = impact == null ? null : List.copyOf(impact);
        this.year = List.copyOf(year);
        this.previousPeriod = previousPeriod;
        this.sections = sections;
    }

    /** The annual report's own sections, or {@code null} (then the template prints the annexes only). */
    public AnnualSections getSections() {
        return sections;
    }

    /** The period's money flows (commitments, payments, recoveries), empty when the report has none. */
    public List<Flow> getYear() {
        return year;
    }

    public String getPreviousPeriod() {
        return previousPeriod;
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
