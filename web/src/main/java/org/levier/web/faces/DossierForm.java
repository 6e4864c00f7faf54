package org.levier.web.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.levier.dossier.entity.BudgetCategory;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierDraft;
import org.levier.dossier.entity.SourceType;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * What the step-by-step form edits: the whole draft as mutable rows bound to the inputs, turned into a
 * {@link DossierDraft} at each save (the domain checks it) and refreshed from the saved dossier. Its totals are the
 * live ones the applicant sees while typing; they are computed in {@link BigDecimal}, never rounded.
 */
public class DossierForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private LocalDate startDate;
    private LocalDate endDate;
    private final Map<Instrument, BigDecimal> requested = new EnumMap<>(Instrument.class);
    private final List<BudgetRow> budgetLines = new ArrayList<>();
    private final List<CofinancingRow> cofinancing = new ArrayList<>();
    private final List<TargetRow> impactTargets = new ArrayList<>();
    private final List<MilestoneRow> milestones = new ArrayList<>();

    /** The form showing a saved dossier. */
    public static DossierForm of(Dossier dossier) {
        DossierForm form = new DossierForm();
        form.title = dossier.getTitle();
        form.summary = dossier.getSummary();
        form.startDate = dossier.getStartDate();
        form.endDate = dossier.getEndDate();
        dossier.requested().forEach((instrument, amount) ->
                form.requested.put(instrument, amount.isPositive() ? amount.amount() : null));
        dossier.getBudgetLines().forEach(line -> form.budgetLines.add(
                new BudgetRow(line.getCategory(), line.getLabel(), line.getAmount().amount())));
        dossier.getCofinancing().forEach(line -> form.cofinancing.add(new CofinancingRow(line.getSourceType(),
                line.getFunder(), line.getAmount().amount(), line.getStatus())));
        dossier.getImpactTargets().forEach(t -> form.impactTargets.add(
                new TargetRow(t.getIndicator(), t.getTarget())));
        dossier.getMilestones().forEach(m -> form.milestones.add(new MilestoneRow(m.getTitle(), m.getDueDate())));
        return form;
    }

    /**
     * The draft to save. Amounts the applicant left empty are absent (the domain reports a missing amount by row);
     * no requested amount at all means the financing step has not been filled in yet.
     */
    public DossierDraft toDraft() {
        Map<Instrument, Money> asked = new LinkedHashMap<>();
        if (requested.values().stream().anyMatch(amount -> amount != null && amount.signum() != 0)) {
            for (Instrument instrument : Instrument.values()) {
                BigDecimal amount = requested.get(instrument);
                asked.put(instrument, money(amount == null ? BigDecimal.ZERO : amount));
            }
        }
        return new DossierDraft(title, summary, startDate, endDate, asked,
                budgetLines.stream().map(r -> new DossierDraft.BudgetItem(r.category, r.label, money(r.amount)))
                        .toList(),
                cofinancing.stream().map(r -> new DossierDraft.CofinancingItem(r.sourceType, r.funder,
                        money(r.amount), r.status)).toList(),
                impactTargets.stream().map(r -> new DossierDraft.TargetItem(r.indicator, r.target)).toList(),
                milestones.stream().map(r -> new DossierDraft.MilestoneItem(r.title, r.dueDate)).toList());
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? null : Money.eur(amount);
    }

    // --- rows ---

    public void addBudgetLine() {
        budgetLines.add(new BudgetRow(null, null, null));
    }

    public void removeBudgetLine(int index) {
        remove(budgetLines, index);
    }

    public void addCofinancing() {
        cofinancing.add(new CofinancingRow(null, null, null, CofinancingStatus.PLANNED));
    }

    public void removeCofinancing(int index) {
        remove(cofinancing, index);
    }

    public void addImpactTarget() {
        impactTargets.add(new TargetRow(null, null));
    }

    public void removeImpactTarget(int index) {
        remove(impactTargets, index);
    }

    public void addMilestone() {
        milestones.add(new MilestoneRow(null, null));
    }

    public void removeMilestone(int index) {
        remove(milestones, index);
    }

    private static void remove(List<?> rows, int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** A positive amount asked of the fund under one instrument (the review lists them). */
    public record Requested(Instrument instrument, BigDecimal amount) implements Serializable {
    }

    public List<Requested> getRequestedLines() {
        return requested.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().signum() != 0)
                .map(e -> new Requested(e.getKey(), e.getValue())).toList();
    }

    // --- live totals ---

    /** Total project cost: the sum of the budget lines typed so far. */
    public BigDecimal getTotalCost() {
        return sum(budgetLines, BudgetRow::getAmount);
    }

    public BigDecimal getRequestedTotal() {
        return sum(new ArrayList<>(requested.values()), Function.identity());
    }

    public BigDecimal getCofinancingTotal() {
        return sum(cofinancing, CofinancingRow::getAmount);
    }

    /** Fund requested + co-financing − total cost: zero when the plan balances, negative when money is missing. */
    public BigDecimal getDifference() {
        return getRequestedTotal().add(getCofinancingTotal()).subtract(getTotalCost());
    }

    /** The plan balances to the cent, with at least one cost. */
    public boolean isBalanced() {
        return getDifference().signum() == 0 && getTotalCost().signum() > 0;
    }

    /** The difference without its sign, for "unbalanced by X". */
    public BigDecimal getImbalance() {
        return getDifference().abs();
    }

    private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (T row : rows) {
            BigDecimal value = amount.apply(row);
            if (value != null) {
                total = total.add(value);
            }
        }
        return total;
    }

    /** A total as money when it can be one (at most 2 decimals, within DECIMAL(15,2)). */
    public static Optional<Money> asMoney(BigDecimal amount) {
        try {
            return Optional.of(Money.eur(amount));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // --- bound properties ---

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getGrant() {
        return requested.get(Instrument.GRANT);
    }

    public void setGrant(BigDecimal amount) {
        requested.put(Instrument.GRANT, amount);
    }

    public BigDecimal getAdvance() {
        return requested.get(Instrument.REPAYABLE_ADVANCE);
    }

    public void setAdvance(BigDecimal amount) {
        requested.put(Instrument.REPAYABLE_ADVANCE, amount);
    }

    public BigDecimal getEquity() {
        return requested.get(Instrument.EQUITY);
    }

    public void setEquity(BigDecimal amount) {
        requested.put(Instrument.EQUITY, amount);
    }

    public List<BudgetRow> getBudgetLines() {
        return budgetLines;
    }

    public List<CofinancingRow> getCofinancing() {
        return cofinancing;
    }

    public List<TargetRow> getImpactTargets() {
        return impactTargets;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    /** A cost of the project. */
    public static class BudgetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private BudgetCategory category;
        private String label;
        private BigDecimal amount;

        BudgetRow(BudgetCategory category, String label, BigDecimal amount) {
            this.category = category;
            this.label = label;
            this.amount = amount;
        }

        public BudgetCategory getCategory() {
            return category;
        }

        public void setCategory(BudgetCategory category) {
            this.category = category;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** A resource other than the fund. */
    public static class CofinancingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private SourceType sourceType;
        private String funder;
        private BigDecimal amount;
        private CofinancingStatus status;

        CofinancingRow(SourceType sourceType, String funder, BigDecimal amount, CofinancingStatus status) {
            this.sourceType = sourceType;
            this.funder = funder;
            this.amount = amount;
            this.status = status;
        }

        public SourceType getSourceType() {
            return sourceType;
        }

        public void setSourceType(SourceType sourceType) {
            this.sourceType = sourceType;
        }

        public String getFunder() {
            return funder;
        }

        public void setFunder(String funder) {
            this.funder = funder;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public CofinancingStatus getStatus() {
            return status;
        }

        public void setStatus(CofinancingStatus status) {
            this.status = status;
        }
    }

    /** A target for an indicator of the catalogue. */
    public static class TargetRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String indicator;
        private BigDecimal target;

        TargetRow(String indicator, BigDecimal target) {
            this.indicator = indicator;
            this.target = target;
        }

        public String getIndicator() {
            return indicator;
        }

        public void setIndicator(String indicator) {
            this.indicator = indicator;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }
    }

    /** A dated step of the project. */
    public static class MilestoneRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private LocalDate dueDate;

        MilestoneRow(String title, LocalDate dueDate) {
            this.title = title;
            this.dueDate = dueDate;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }
    }
}
