package org.levier.reports.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the leverage report prints, as one bean: one section per basis (requested, committed, realised) and
 * breakdown (axis, action, co-financing source type), each with its rows and the programme total on that basis;
 * the programme totals per basis against the target; the leverage per axis on every basis for the chart. Every
 * figure comes from the portfolio component's queries.
 */
public final class LeverageSheet {

    /**
     * One row: fund contribution, total project cost, co-financing, private money and the three ratios. Per source
     * type the fund is the programme's: no total project cost or leverage of its own ({@code null}), as in the API.
     */
    public static final class Line {
        private final String key;
        private final String label;
        private final BigDecimal fundContribution;
        private final BigDecimal totalProjectCost;
        private final BigDecimal cofinancing;
        private final BigDecimal privateMoney;
        private final BigDecimal leverage;
        private final BigDecimal cofinancingMultiplier;
        private final BigDecimal privateLeverage;

        public Line(String key, String label, BigDecimal fundContribution, BigDecimal totalProjectCost,
                    BigDecimal cofinancing, BigDecimal privateMoney, BigDecimal leverage,
                    BigDecimal cofinancingMultiplier, BigDecimal privateLeverage) {
            this.key = key;
            this.label = label;
            this.fundContribution = fundContribution;
            this.totalProjectCost = totalProjectCost;
            this.cofinancing = cofinancing;
            this.privateMoney = privateMoney;
            this.leverage = leverage;
            this.cofinancingMultiplier = cofinancingMultiplier;
            this.privateLeverage = privateLeverage;
        }

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }

        /** Key and label together ("1 – Énergie"); the label alone when it is the key's translation. */
        public String getName() {
            return label == null || key == null || label.equals(key) ? (label == null ? key : label)
                    : key + " – " + label;
        }

        public BigDecimal getFundContribution() {
            return fundContribution;
        }

        public BigDecimal getTotalProjectCost() {
            return totalProjectCost;
        }

        public BigDecimal getCofinancing() {
            return cofinancing;
        }

        public BigDecimal getPrivateMoney() {
            return privateMoney;
        }

        public BigDecimal getLeverage() {
            return leverage;
        }

        public BigDecimal getCofinancingMultiplier() {
            return cofinancingMultiplier;
        }

        public BigDecimal getPrivateLeverage() {
            return privateLeverage;
        }
    }

    /** The rows of one basis and breakdown, with the programme total on that basis. */
    public static final class Section {
        private final String title;
        private final List<Line> rows;
        private final Line total;

        public Section(String title, List<Line> rows, Line total) {
            this.title = title;
            this.rows = List.copyOf(rows);
            this.total = total;
        }

        public String getTitle() {
            return title;
        }

        public List<Line> getRows() {
            return rows;
        }

        public Line getTotal() {
            return total;
        }

        /** The total as a one-row list (the template prints it with the rows' layout). */
        public List<Line> getTotalRows() {
            return List.of(total);
        }
    }

    /** A row of the detailed tables: its section (the table's group), the line, and whether it is the total. */
    public static final class SectionRow {
        private final String section;
        private final Line line;
        private final boolean total;

        SectionRow(String section, Line line, boolean total) {
            this.section = section;
            this.line = line;
            this.total = total;
        }

        public String getSection() {
            return section;
        }

        public String getName() {
            return line.getName();
        }

        public BigDecimal getFundContribution() {
            return line.getFundContribution();
        }

        public BigDecimal getTotalProjectCost() {
            return line.getTotalProjectCost();
        }

        public BigDecimal getCofinancing() {
            return line.getCofinancing();
        }

        public BigDecimal getPrivateMoney() {
            return line.getPrivateMoney();
        }

        public BigDecimal getLeverage() {
            return line.getLeverage();
        }

        public BigDecimal getCofinancingMultiplier() {
            return line.getCofinancingMultiplier();
        }

        public BigDecimal getPrivateLeverage() {
            return line.getPrivateLeverage();
        }

        public Boolean getTotal() {
            return total;
        }
    }

    /**
     * Every section's rows then its total, one list: the detailed tables as one table grouped by section, whose
     * column headers repeat on every page it spans.
     */
    public List<SectionRow> getSectionRows() {
        List<SectionRow> rows = new java.util.ArrayList<>();
        for (Section section : sections) {
            section.getRows().forEach(l -> rows.add(new SectionRow(section.getTitle(), l, false)));
            rows.add(new SectionRow(section.getTitle(), section.getTotal(), true));
        }
        return rows;
    }

    private final List<Section> sections;
    private final List<Line> totals;
    private final List<ChartPoint> axisChart;
    private final BigDecimal target;
    private final BigDecimal targetTotalProjects;
    private final BigDecimal allotment;

    /** {@code totals}: the programme total per basis, labelled with the basis. */
    public LeverageSheet(List<Section> sections, List<Line> totals, List<ChartPoint> axisChart, BigDecimal target,
                         BigDecimal targetTotalProjects, BigDecimal allotment) {
        this.sections = List.copyOf(sections);
        this.totals = List.copyOf(totals);
        this.axisChart = List.copyOf(axisChart);
        this.target = target;
        this.targetTotalProjects = targetTotalProjects;
        this.allotment = allotment;
    }

    public List<Section> getSections() {
        return sections;
    }

    public List<Line> getTotals() {
        return totals;
    }

    public List<ChartPoint> getAxisChart() {
        return axisChart;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getTargetTotalProjects() {
        return targetTotalProjects;
    }

    public BigDecimal getAllotment() {
        return allotment;
    }
}
