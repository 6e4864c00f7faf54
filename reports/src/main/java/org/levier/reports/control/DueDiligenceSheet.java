package org.levier.reports.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the due-diligence report prints, as one bean: texts already translated and formatted, amounts in euros.
 * Totals are computed here from the lines the sheet carries.
 */
public final class DueDiligenceSheet {

    /** A checklist item: its category (printed once per group), label, status and note (justification, comment). */
    public static final class Check {
        private final String category;
        private final String label;
        private final String status;
        private final String note;

        public Check(String category, String label, String status, String note) {
            this.category = category;
            this.label = label;
            this.status = status;
            this.note = note;
        }

        public String getCategory() {
            return category;
        }

        public String getLabel() {
            return label;
        }

        public String getStatus() {
            return status;
        }

        public String getNote() {
            return note;
        }
    }

    /** A label and a value (a risk and its rating; a document request and its due date and status). */
    public static final class Entry {
        private final String label;
        private final String detail;
        private final String value;

        public Entry(String label, String detail, String value) {
            this.label = label;
            this.detail = detail;
            this.value = value;
        }

        public String getLabel() {
            return label;
        }

        public String getDetail() {
            return detail;
        }

        public String getValue() {
            return value;
        }
    }

    /** A budget line with the eligibility decision, or an instrument with the recommended amount. */
    public static final class Amount {
        private final String label;
        private final String detail;
        private final String decision;
        private final BigDecimal amount;
        private final boolean counted;

        public Amount(String label, String detail, String decision, BigDecimal amount, boolean counted) {
            this.label = label;
            this.detail = detail;
            this.decision = decision;
            this.amount = amount;
            this.counted = counted;
        }

        public String getLabel() {
            return label;
        }

        public String getDetail() {
            return detail;
        }

        public String getDecision() {
            return decision;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        /** Counted in the eligible cost (a budget line not declared ineligible). */
        public boolean isCounted() {
            return counted;
        }
    }

    private final String reference;
    private final String title;
    private final String organisation;
    private final String status;
    private final List<Check> checks;
    private final List<Entry> risks;
    private final String overallRisk;
    private final List<Amount> budget;
    private final List<Entry> requests;
    private final String recommendation;
    private final List<Amount> recommended;
    private final String conditions;
    private final String rationale;
    private final String recommendedBy;
    private final String review;
    private final String reviewComment;
    private final String reviewedBy;

    public DueDiligenceSheet(String reference, String title, String organisation, String status, List<Check> checks,
                             List<Entry> risks, String overallRisk, List<Amount> budget, List<Entry> requests,
                             String recommendation, List<Amount> recommended, String conditions, String rationale,
                             String recommendedBy, String review, String reviewComment, String reviewedBy) {
        this.reference = reference;
        this.title = title;
        this.organisation = organisation;
        this.status = status;
        this.checks = List.copyOf(checks);
        this.risks = List.copyOf(risks);
        this.overallRisk = overallRisk;
        this.budget = List.copyOf(budget);
        this.requests = List.copyOf(requests);
        this.recommendation = recommendation;
        this.recommended = List.copyOf(recommended);
        this.conditions = conditions;
        this.rationale = rationale;
        this.recommendedBy = recommendedBy;
        this.review = review;
        this.reviewComment = reviewComment;
        this.reviewedBy = reviewedBy;
    }

    private static BigDecimal sum(List<Amount> lines, boolean countedOnly) {
        return lines.stream().filter(l -> !countedOnly || l.isCounted()).map(Amount::getAmount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
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

    public String getStatus() {
        return status;
    }

    public List<Check> getChecks() {
        return checks;
    }

    public List<Entry> getRisks() {
        return risks;
    }

    public String getOverallRisk() {
        return overallRisk;
    }

    public List<Amount> getBudget() {
        return budget;
    }

    public BigDecimal getBudgetTotal() {
        return sum(budget, false);
    }

    /** The eligible cost: every budget line not declared ineligible. */
    public BigDecimal getEligibleTotal() {
        return sum(budget, true);
    }

    public List<Entry> getRequests() {
        return requests;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public List<Amount> getRecommended() {
        return recommended;
    }

    public BigDecimal getRecommendedTotal() {
        return sum(recommended, false);
    }

    public String getConditions() {
        return conditions;
    }

    public String getRationale() {
        return rationale;
    }

    public String getRecommendedBy() {
        return recommendedBy;
    }

    public String getReview() {
        return review;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }
}
