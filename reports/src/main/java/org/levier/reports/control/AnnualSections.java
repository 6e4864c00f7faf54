package org.levier.reports.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * The sections an annual report adds to the portfolio and leverage annexes, texts already translated and formatted
 * ({@link AnnualSheet#getSections()}): leverage against the target for the period, the previous one and
 * cumulatively ({@link Rate}, with its chart), the supported projects by axis ({@link Project}), the recoveries of
 * the period ({@link Recovery}) and the status of the audit chain.
 */
public final class AnnualSections {

    /** A leverage figure against the target: the period's, the previous period's, the cumulative ones. */
    public static final class Rate {
        private final String label;
        private final BigDecimal fund;
        private final BigDecimal totalCost;
        private final BigDecimal leverage;

        public Rate(String label, BigDecimal fund, BigDecimal totalCost, BigDecimal leverage) {
            this.label = label;
            this.fund = fund;
            this.totalCost = totalCost;
            this.leverage = leverage;
        }

        public String getLabel() {
            return label;
        }

        public BigDecimal getFund() {
            return fund;
        }

        public BigDecimal getTotalCost() {
            return totalCost;
        }

        /** Total cost / fund, {@code null} without any fund money. */
        public BigDecimal getLeverage() {
            return leverage;
        }
    }

    /** A supported project: its axis (the table's group), beneficiary, action, amounts, status, impact. */
    public static final class Project {
        private final String axis;
        private final String beneficiary;
        private final String action;
        private final BigDecimal engaged;
        private final BigDecimal paid;
        private final String status;
        private final String impact;

        public Project(String axis, String beneficiary, String action, BigDecimal engaged, BigDecimal paid,
                       String status, String impact) {
            this.axis = axis;
            this.beneficiary = beneficiary;
            this.action = action;
            this.engaged = engaged;
            this.paid = paid;
            this.status = status;
            this.impact = impact;
        }

        public String getAxis() {
            return axis;
        }

        public String getBeneficiary() {
            return beneficiary;
        }

        public String getAction() {
            return action;
        }

        public BigDecimal getEngaged() {
            return engaged;
        }

        public BigDecimal getPaid() {
            return paid;
        }

        public String getStatus() {
            return status;
        }

        /** Key impact figures, one per line: "indicator: actual / target unit". */
        public String getImpact() {
            return impact;
        }
    }

    /** A recovery received within the period. */
    public static final class Recovery {
        private final String date;
        private final String dossier;
        private final String beneficiary;
        private final BigDecimal amount;

        public Recovery(String date, String dossier, String beneficiary, BigDecimal amount) {
            this.date = date;
            this.dossier = dossier;
            this.beneficiary = beneficiary;
            this.amount = amount;
        }

        public String getDate() {
            return date;
        }

        public String getDossier() {
            return dossier;
        }

        public String getBeneficiary() {
            return beneficiary;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    private final List<Rate> rates;
    private final List<ChartPoint> rateChart;
    private final List<ChartPoint> trend;
    private final List<Project> projects;
    private final List<Recovery> recoveries;
    private final String auditChain;

    public AnnualSections(List<Rate> rates, List<ChartPoint> rateChart, List<Project> projects,
                          List<Recovery> recoveries, String auditChain) {
        this(rates, rateChart, List.of(), projects, recoveries, auditChain);
    }

    /**
     * With the leverage {@code trend}: the cumulative leverage at the end of each month (or three months) of the
     * period, one point per step, its value {@code null} while nothing is committed (a gap in the line).
     */
    public AnnualSections(List<Rate> rates, List<ChartPoint> rateChart, List<ChartPoint> trend,
                          List<Project> projects, List<Recovery> recoveries, String auditChain) {
        this.rates = List.copyOf(rates);
        this.rateChart = List.copyOf(rateChart);
        this.trend = List.copyOf(trend);
        this.projects = List.copyOf(projects);
        this.recoveries = List.copyOf(recoveries);
        this.auditChain = auditChain;
    }

    public List<Rate> getRates() {
        return rates;
    }

    public List<ChartPoint> getRateChart() {
        return rateChart;
    }

    /** The cumulative leverage step by step through the period (the trend chart); empty: no chart. */
    public List<ChartPoint> getTrend() {
        return trend;
    }

    public List<Project> getProjects() {
        return projects;
    }

    public List<Recovery> getRecoveries() {
        return recoveries;
    }

    public String getAuditChain() {
        return auditChain;
    }
}
