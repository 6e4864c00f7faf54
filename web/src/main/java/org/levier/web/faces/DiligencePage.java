package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.diligence.boundary.Diligences;
import org.levier.diligence.boundary.DocumentRequestView;
import org.levier.diligence.boundary.DocumentRequests;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.diligence.entity.DueDiligence;
import org.levier.diligence.entity.ItemStatus;
import org.levier.diligence.entity.Recommendation;
import org.levier.diligence.entity.RecommendationOutcome;
import org.levier.diligence.entity.ReviewOutcome;
import org.levier.diligence.entity.RiskDimension;
import org.levier.dossier.entity.BudgetLine;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.control.RuleViolation.Violation;
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
    private List<ChecklistItemRow> items;
    private final Map<String, Integer> risks = new java.util.HashMap<>();
    private String requestWhat;
    private LocalDate requestDue;
    private final RecommendationForm recommendation = new RecommendationForm();
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
        recommendation.fill(f, page.getDossier().requested());
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
        List<ChecklistItemRow> rows = getItems();
        return Arrays.stream(ChecklistCategory.values())
                .filter(c -> rows.stream().anyMatch(r -> r.getCategory() == c)).toList();
    }

    public List<ChecklistItemRow> getItems() {
        if (items == null) {
            DueDiligence f = getFile();
            items = f == null ? List.of() : f.getItems().stream().map(ChecklistItemRow::new).toList();
        }
        return items;
    }

    public List<ChecklistItemRow> itemsOf(ChecklistCategory category) {
        return getItems().stream().filter(r -> r.getCategory() == category).toList();
    }

    public ItemStatus[] getItemStatuses() {
        return ItemStatus.values();
    }

    /** Saves every item changed in the page, one after the other; stops at the first refusal. */
    public void saveChecklist() {
        int saved = 0;
        for (ChecklistItemRow row : getItems()) {
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
        List<ChecklistItemRow> typed = items;
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

    /** The recommendation as typed (bound by the form). */
    public RecommendationForm getRecommendationForm() {
        return recommendation;
    }

    public boolean isApproving() {
        return recommendation.isApproving();
    }

    public void recommend() {
        Recommendation typed = recommendation.toRecommendation();
        if (Messages.attempt(() -> diligences.recommend(dossierId(), typed), "dd.recommended")) {
            changed();
        }
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
