package org.levier.reports.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the dossier summary (fiche dossier) prints, as one bean: labels already translated, amounts in euros.
 * Totals are computed here, from the lines the sheet carries.
 */
public final class DossierSheet {

    /** An amount with its label (instrument, budget line, co-financing source...). */
    public static final class Line {
        private final String label;
        private final String detail;
        private final String status;
        private final BigDecimal amount;

        public Line(String label, String detail, String status, BigDecimal amount) {
            this.label = label;
            this.detail = detail;
            this.status = status;
            this.amount = amount;
        }

        public String getLabel() {
            return label;
        }

        public String getDetail() {
            return detail;
        }

        public String getStatus() {
            return status;
        }

        public BigDecimal getAmount() {
            return amount;
        }
    }

    /** An impact target or a milestone: a label, a value (target and unit, or due date). */
    public static final class Item {
        private final String label;
        private final String value;

        public Item(String label, String value) {
            this.label = label;
            this.value = value;
        }

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }
    }

    private final String reference;
    private final String title;
    private final String organisation;
    private final String action;
    private final String status;
    private final String projectPeriod;
    private final String summary;
    private final List<Line> requested;
    private final List<Line> budget;
    private final List<Line> cofinancing;
    private final List<Item> targets;
    private final List<Item> milestones;

    public DossierSheet(String reference, String title, String organisation, String action, String status,
                        String projectPeriod, String summary, List<Line> requested, List<Line> budget,
                        List<Line> cofinancing, List<Item> targets, List<Item> milestones) {
        this.reference = reference;
        this.title = title;
        this.organisation = organisation;
        this.action = action;
        this.status = status;
        this.projectPeriod = projectPeriod;
        this.summary = summary;
        this.requested = List.copyOf(requested);
        this.budget = List.copyOf(budget);
        this.cofinancing = List.copyOf(cofinancing);
        this.targets = List.copyOf(targets);
        this.milestones = List.copyOf(milestones);
    }

    private static BigDecimal sum(List<Line> lines) {
        return lines.stream().map(Line::getAmount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getAction() {
        return action;
    }

    public String getStatus() {
        return status;
    }

    public String getProjectPeriod() {
        return projectPeriod;
    }

    public String getSummary() {
        return summary;
    }

    public List<Line> getRequested() {
        return requested;
    }

    public List<Line> getBudget() {
        return budget;
    }

    public List<Line> getCofinancing() {
        return cofinancing;
    }

    public List<Item> getTargets() {
        return targets;
    }

    public List<Item> getMilestones() {
        return milestones;
    }

    public BigDecimal getRequestedTotal() {
        return sum(requested);
    }

    public BigDecimal getBudgetTotal() {
        return sum(budget);
    }

    public BigDecimal getCofinancingTotal() {
        return sum(cofinancing);
    }

    /** Fund's contribution plus co-financing: what pays for the budget. */
    public BigDecimal getResourcesTotal() {
        return getRequestedTotal().add(getCofinancingTotal());
    }
}
