package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.levier.diligence.boundary.Diligences;
import org.levier.diligence.boundary.DocumentRequestView;
import org.levier.diligence.boundary.DocumentRequests;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.diligence.entity.ChecklistItem;
import org.levier.diligence.entity.DueDiligence;
import org.levier.diligence.entity.ItemStatus;
import org.levier.diligence.entity.Recommendation;
import org.levier.diligence.entity.RecommendationOutcome;
import org.levier.diligence.entity.ReviewOutcome;
import org.levier.diligence.entity.RiskDimension;
import org.levier.dossier.entity.BudgetLine;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The due-diligence file of the dossier shown by {@link StaffDossierPage}: the checklist by category (status,
 * justification, comment), the risk ratings and their overall score, the eligibility of budget lines, document
 * requests to the applicant, the analyst's recommendation, the director's second review and what is still missing
 * before the committee. Every change goes through {@link Diligences} or {@link DocumentRequests}; their refusals
 * are shown by {@link Messages}.
 */
@Named
@ViewScoped
public class DiligencePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A checklist item as edited in the page. */
    public static final class ItemRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long id;
        private final ChecklistCategory category;
        private final String code;
        private final String label;
        private final ItemStatus savedStatus;
        private final String savedJustification;
        private final String savedComment;
        private ItemStatus status;
        private String justification;
        private String comment;

        ItemRow(ChecklistItem item) {
            id = item.getId();
            category = item.getCategory();
            code = item.code().orElse(null);
            label = item.getLabel();
            savedStatus = item.getStatus();
            savedJustification = item.justification().orElse(null);
            savedComment = item.comment().orElse(null);
            status = savedStatus;
            justification = savedJustification;
            comment = savedComment;
        }

        boolean changed() {
            return status != savedStatus || !Objects.equals(blank(justification), savedJustification)
                    || !Objects.equals(blank(comment), savedComment);
        }

        private static String blank(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        public long getId() {
            return id;
        }

        public ChecklistCategory getCategory() {
            return category;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public ItemStatus getStatus() {
            return status;
        }

        public void setStatus(ItemStatus status) {
            this.status = status;
        }

        public String getJustification() {
            return justification;
        }

        public void setJustification(String justification) {
            this.justification = justification;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    @Inject
    StaffDossierPage page;

    @Inject
    Diligences diligences;

    @Inject
    DocumentRequests requests;

    @Inject
    UserView user;

    private transient Optional<DueDiligence> file;
    private int readAt = -1;
    private List<ItemRow> items;
    private final Map<String, Integer> risks = new java.util.HashMap<>();
    private String requestWhat;
    private LocalDate requestDue;
    private RecommendationOutcome outcome;
    private BigDecimal grant;
    private BigDecimal advance;
    private BigDecimal equity;
    private String conditions;
    private String rationale;
    private ReviewOutcome reviewOutcome = ReviewOutcome.APPROVED;
    private String reviewComment;
    private transient List<DocumentRequestView> requestList;

    private long dossierId() {
        return page.getId();
    }

    /** The file, read once per change; empty before screening started. */
    public DueDiligence getFile() {
        if (file == null || readAt != page.generation()) {
            readAt = page.generation();
            requestList = null;
            file = diligences.find(dossierId());
            items = null;
            file.ifPresent(this::fillForms);
        }
        return file.orElse(null);
    }

    public boolean isOpen() {
        return getFile() != null;
    }

    private void fillForms(DueDiligence f) {
        risks.clear();
        f.getRiskRatings().asMap().forEach((d, r) -> risks.put(d.name(), r));
        if (f.recommendation().isPresent()) {
            outcome = f.recommendation().get();
            Map<Instrument, Money> amounts = f.recommendedAmounts();
            grant = amount(amounts.get(Instrument.GRANT));
            advance = amount(amounts.get(Instrument.REPAYABLE_ADVANCE));
            equity = amount(amounts.get(Instrument.EQUITY));
            conditions = String.join("\n", f.getConditions());
            rationale = f.rationale().orElse(null);
        } else if (outcome == null) {
            outcome = RecommendationOutcome.APPROVE;
            Map<Instrument, Money> requested = page.getDossier().requested();
            grant = amount(requested.get(Instrument.GRANT));
            advance = amount(requested.get(Instrument.REPAYABLE_ADVANCE));
            equity = amount(requested.get(Instrument.EQUITY));
        }
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    private void changed() {
        page.refresh();
    }

    /** Whether the caller may change the file (analysts and directors). */
    public boolean isEditable() {
        DossierStatus status = page.getStatus();
        return page.isActor() && (status == DossierStatus.ELIGIBILITY_REVIEW || status == DossierStatus.DUE_DILIGENCE);
    }

    public boolean isInDueDiligence() {
        return page.getStatus() == DossierStatus.DUE_DILIGENCE;
    }

    // --- checklist ---

    public List<ChecklistCategory> getCategories() {
        List<ItemRow> rows = getItems();
        return Arrays.stream(ChecklistCategory.values())
                .filter(c -> rows.stream().anyMatch(r -> r.getCategory() == c)).toList();
    }

    public List<ItemRow> getItems() {
        if (items == null) {
            DueDiligence f = getFile();
            items = f == null ? List.of() : f.getItems().stream().map(ItemRow::new).toList();
        }
        return items;
    }

    public List<ItemRow> itemsOf(ChecklistCategory category) {
        return getItems().stream().filter(r -> r.getCategory() == category).toList();
    }

    public ItemStatus[] getItemStatuses() {
        return ItemStatus.values();
    }

    /** Saves every item changed in the page, one after the other; stops at the first refusal. */
    public void saveChecklist() {
        int saved = 0;
        for (ItemRow row : getItems()) {
            if (!row.changed()) {
                continue;
            }
            if (!Messages.attempt(() -> diligences.assess(dossierId(), row.getId(), row.getStatus(),
                    row.getJustification(), row.getComment()), null)) {
                keepEdits();
                return;
            }
            saved++;
        }
        Messages.info("dd.checklist.saved", saved);
        changed();
    }

    /** After a refusal the page keeps what was typed, but reads the file again on the next change. */
    private void keepEdits() {
        List<ItemRow> typed = items;
        changed();
        getFile();
        items = typed;
    }

    // --- risks ---

    public RiskDimension[] getRiskDimensions() {
        return RiskDimension.values();
    }

    /** The ratings as typed, by dimension name ({@code FINANCIAL}...). */
    public Map<String, Integer> getRisks() {
        return risks;
    }

    public List<Integer> getRatings() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Integer getOverall() {
        DueDiligence f = getFile();
        return f == null ? null : f.riskOverall().orElse(null);
    }

    public void rateRisks() {
        Map<RiskDimension, Integer> rated = new EnumMap<>(RiskDimension.class);
        risks.forEach((d, r) -> {
            if (r != null) {
                rated.put(RiskDimension.valueOf(d), r);
            }
        });
        if (Messages.attempt(() -> diligences.rateRisks(dossierId(), rated), "dd.risks.saved")) {
            changed();
        }
    }

    // --- budget lines ---

    public List<BudgetLine> getBudgetLines() {
        return page.getDossier().getBudgetLines();
    }

    /** Null while undecided (EL does not unwrap an Optional). */
    public Boolean eligibility(BudgetLine line) {
        return line.eligible().orElse(null);
    }

    public Money getEligibleCost() {
        return page.getDossier().eligibleCost();
    }

    public void decideBudgetLine(long lineId, boolean eligible) {
        if (Messages.attempt(() -> diligences.decideBudgetLine(dossierId(), lineId, eligible),
                "dd.budget.decided")) {
            changed();
        }
    }

    // --- document requests ---

    public List<DocumentRequestView> getRequests() {
        getFile();
        if (requestList == null) {
            requestList = requests.list(dossierId());
        }
        return requestList;
    }

    public boolean isAsking() {
        DossierStatus status = page.getStatus();
        return page.isActor() && (status == DossierStatus.ELIGIBILITY_REVIEW || status == DossierStatus.DUE_DILIGENCE);
    }

    public void ask() {
        if (Messages.attempt(() -> requests.ask(dossierId(), requestWhat, requestDue), "dd.request.asked")) {
            requestWhat = null;
            requestDue = null;
            changed();
        }
    }

    public void cancelRequest(long requestId) {
        if (Messages.attempt(() -> requests.cancel(dossierId(), requestId, null), "dd.request.cancelled")) {
            changed();
        }
    }

    // --- recommendation and review ---

    public RecommendationOutcome[] getOutcomes() {
        return RecommendationOutcome.values();
    }

    public ReviewOutcome[] getReviewOutcomes() {
        return ReviewOutcome.values();
    }

    public boolean isApproving() {
        return outcome == RecommendationOutcome.APPROVE;
    }

    public void recommend() {
        Recommendation recommendation;
        if (outcome == RecommendationOutcome.APPROVE) {
            Map<Instrument, Money> amounts = new EnumMap<>(Instrument.class);
            put(amounts, Instrument.GRANT, grant);
            put(amounts, Instrument.REPAYABLE_ADVANCE, advance);
            put(amounts, Instrument.EQUITY, equity);
            recommendation = Recommendation.approve(amounts, lines(conditions), rationale);
        } else {
            recommendation = new Recommendation(outcome, Map.of(), List.of(), rationale);
        }
        if (Messages.attempt(() -> diligences.recommend(dossierId(), recommendation), "dd.recommended")) {
            changed();
        }
    }

    private static void put(Map<Instrument, Money> amounts, Instrument instrument, BigDecimal amount) {
        if (amount != null) {
            DossierForm.asMoney(amount).ifPresent(m -> amounts.put(instrument, m));
        }
    }

    /** One condition per non-blank line. */
    static List<String> lines(String text) {
        List<String> result = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    result.add(line.strip());
                }
            }
        }
        return result;
    }

    /** Directors review; the domain refuses the one who recommended (four eyes). */
    public boolean isReviewer() {
        return user.has(org.levier.shared.entity.Role.FUND_DIRECTOR) && isInDueDiligence();
    }

    public void review() {
        DueDiligence f = getFile();
        if (f == null) {
            return;
        }
        long version = f.getVersion();
        if (Messages.attempt(() -> diligences.review(dossierId(), version, reviewOutcome, reviewComment),
                "dd.reviewed")) {
            reviewComment = null;
            changed();
        }
    }

    /** What still keeps the dossier from the committee (empty: ready). */
    public List<Violation> getMissing() {
        return isOpen() && isInDueDiligence() ? getFile().missingForCommittee() : List.of();
    }

    public String describe(Violation violation) {
        return Messages.describe(violation);
    }

    public String getRecommendedBy() {
        DueDiligence f = getFile();
        return f == null ? null : f.recommendedBy().orElse(null);
    }

    public RecommendationOutcome getRecommendation() {
        DueDiligence f = getFile();
        return f == null ? null : f.recommendation().orElse(null);
    }

    public ReviewOutcome getReview() {
        DueDiligence f = getFile();
        return f == null ? null : f.reviewOutcome().orElse(null);
    }

    public String getReviewedBy() {
        DueDiligence f = getFile();
        return f == null ? null : f.reviewedBy().orElse(null);
    }

    public String getSavedReviewComment() {
        DueDiligence f = getFile();
        return f == null ? null : f.reviewComment().orElse(null);
    }

    // --- properties ---

    public String getRequestWhat() {
        return requestWhat;
    }

    public void setRequestWhat(String requestWhat) {
        this.requestWhat = requestWhat;
    }

    public LocalDate getRequestDue() {
        return requestDue;
    }

    public void setRequestDue(LocalDate requestDue) {
        this.requestDue = requestDue;
    }

    public RecommendationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(RecommendationOutcome outcome) {
        this.outcome = outcome;
    }

    public BigDecimal getGrant() {
        return grant;
    }

    public void setGrant(BigDecimal grant) {
        this.grant = grant;
    }

    public BigDecimal getAdvance() {
        return advance;
    }

    public void setAdvance(BigDecimal advance) {
        this.advance = advance;
    }

    public BigDecimal getEquity() {
        return equity;
    }

    public void setEquity(BigDecimal equity) {
        this.equity = equity;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public ReviewOutcome getReviewOutcome() {
        return reviewOutcome;
    }

    public void setReviewOutcome(ReviewOutcome reviewOutcome) {
        this.reviewOutcome = reviewOutcome;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }
}
