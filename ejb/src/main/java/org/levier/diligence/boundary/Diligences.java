package org.levier.diligence.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.levier.audit.boundary.AuditTrail;
import org.levier.diligence.control.DiligenceFiles;
import org.levier.diligence.control.DossierDocuments;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.diligence.entity.ChecklistItem;
import org.levier.diligence.entity.DueDiligence;
import org.levier.diligence.entity.ItemStatus;
import org.levier.diligence.entity.Recommendation;
import org.levier.diligence.entity.ReviewOutcome;
import org.levier.diligence.entity.RiskDimension;
import org.levier.diligence.entity.RiskRatings;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.control.DossierLoader;
import org.levier.dossier.entity.BudgetLine;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * Screening and due diligence of a dossier (by id): the moves of this stage, the checklist, risk ratings, the
 * eligibility of budget lines, the recommendation and its second review.
 *
 * <p>Every command locks the dossier row, then the file (the order of every dossier move, whose gate locks the
 * file too), checks the dossier's status, changes the file and audits last. The moves go through
 * {@link Dossiers#moveTo}, whose {@code DossierMoved} event runs the gates of {@code DiligenceGates}, so the
 * generic transitions endpoint cannot skip them either.
 *
 * <p>Refusals: {@link RuleViolation} (422) {@code diligence.closed} (the dossier is not at this stage),
 * {@code diligence.item.*}, {@code diligence.risk.invalid}, {@code diligence.recommendation.*},
 * {@code diligence.review.*}, {@code diligence.screening.incomplete}, {@code diligence.incomplete}, and the
 * dossier's {@code dossier.transition.*}; {@link org.levier.shared.control.Forbidden} (403)
 * {@code diligence.self-review}; {@link NotFound} (404); {@link StaleVersion} (409).
 */
@Stateless
public class Diligences {

    static final String ENTITY = "DueDiligence";
    private static final Set<DossierStatus> CHECKLIST_OPEN = EnumSet.of(DossierStatus.ELIGIBILITY_REVIEW,
            DossierStatus.DUE_DILIGENCE);
    private static final Set<DossierStatus> DUE_DILIGENCE_ONLY = EnumSet.of(DossierStatus.DUE_DILIGENCE);

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierLoader dossierLoader;

    @Inject
    AuditTrail audit;

    @Inject
    DiligenceFiles files;

    @Inject
    Dossiers dossiers;

    @Inject
    DossierDocuments documents;

    // --- reading ---

    /** The file of a dossier, with its items, conditions and linked documents; empty before screening starts. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Optional<DueDiligence> find(long dossierId) {
        return files.find(dossierId).map(Diligences::loaded);
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public DueDiligence get(long dossierId) {
        return find(dossierId).orElseThrow(() -> new NotFound("due diligence of dossier " + dossierId));
    }

    /** What keeps the dossier from going to the committee (empty: ready), as {@code diligence.incomplete} lists. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<Violation> missingForCommittee(long dossierId) {
        return get(dossierId).missingForCommittee();
    }

    // --- moves of the stage ---

    /** SUBMITTED → ELIGIBILITY_REVIEW; the file opens with the screening checklist. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public Dossier startScreening(long dossierId) {
        return dossiers.moveTo(dossierId, DossierStatus.ELIGIBILITY_REVIEW, null);
    }

    /**
     * ELIGIBILITY_REVIEW → DUE_DILIGENCE, when the screening checklist concludes so
     * ({@code diligence.screening.incomplete} otherwise); the due-diligence checklist is added.
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public Dossier declareEligible(long dossierId, String comment) {
        return dossiers.moveTo(dossierId, DossierStatus.DUE_DILIGENCE, comment);
    }

    /** ELIGIBILITY_REVIEW → INELIGIBLE with the reason (required), which the applicant receives by e-mail. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public Dossier declareIneligible(long dossierId, String reason) {
        return dossiers.moveTo(dossierId, DossierStatus.INELIGIBLE, reason);
    }

    /** DUE_DILIGENCE → COMMITTEE, when the file is complete and approved by the second review. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public Dossier sendToCommittee(long dossierId) {
        return dossiers.moveTo(dossierId, DossierStatus.COMMITTEE, null);
    }

    // --- the file ---

    /** Sets a checklist item's status, justification (required to waive) and comment. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public DueDiligence assess(long dossierId, long itemId, ItemStatus status, String justification,
                               String comment) {
        DueDiligence file = workOn(dossierId, CHECKLIST_OPEN);
        ChecklistItem item = file.assess(itemId, status, justification, comment, invocation.caller(), invocation.now());
        invocation.flush("due diligence of dossier " + file.getDossierId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("item", itemId);
        changes.put("status", item.getStatus());
        changes.put("justification", item.justification().orElse(null));
        changes.put("comment", item.comment().orElse(null));
        record("diligence.item.assessed", file, "Dossier #" + dossierId + ", " + item.getCategory() + " item \""
                + item.getLabel() + "\": " + item.getStatus(), changes);
        return loaded(file);
    }

    /** Adds an item of the analyst's own to the checklist. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public DueDiligence addItem(long dossierId, ChecklistCategory category, String label) {
        DueDiligence file = workOn(dossierId, CHECKLIST_OPEN);
        ChecklistItem item = file.addItem(category, label, invocation.now());
        invocation.flush("due diligence of dossier " + file.getDossierId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("item", item.getId());
        changes.put("category", category);
        changes.put("label", item.getLabel());
        record("diligence.item.added", file, "Dossier #" + dossierId + ": item \"" + item.getLabel() + "\" added",
                changes);
        return loaded(file);
    }

    /** Links a document of the dossier (by id, from the document component) to a checklist item. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public DueDiligence linkDocument(long dossierId, long itemId, long documentId) {
        DueDiligence file = workOn(dossierId, CHECKLIST_OPEN);
        documents.requireDocumentOf(dossierId, documentId, "documentId");
        file.linkDocument(itemId, documentId, invocation.caller(), invocation.now());
        invocation.flush("due diligence of dossier " + file.getDossierId());
        record("diligence.item.document-linked", file, "Dossier #" + dossierId + ": document #" + documentId
                + " linked to item #" + itemId, new LinkedHashMap<>(Map.of("item", itemId, "documentId", documentId)));
        return loaded(file);
    }

    /** Rates some or all of the four risks, 1 (low) to 5 (high); the overall score follows. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public DueDiligence rateRisks(long dossierId, Map<RiskDimension, Integer> ratings) {
        DueDiligence file = workOn(dossierId, DUE_DILIGENCE_ONLY);
        RiskRatings rated = file.rateRisks(ratings, invocation.now());
        invocation.flush("due diligence of dossier " + file.getDossierId());
        Map<String, Object> changes = new LinkedHashMap<>();
        rated.asMap().forEach((d, r) -> changes.put("risk." + d, r));
        changes.put("risk.overall", file.riskOverall().orElse(null));
        record("diligence.risk.rated", file, "Dossier #" + dossierId + ": risks rated " + rated.asMap()
                + ", overall " + file.riskOverall().map(String::valueOf).orElse("incomplete"), changes);
        return loaded(file);
    }

    /**
     * Declares a budget line of the dossier eligible or not (it then counts, or not, in the eligible cost).
     *
     * @return the dossier's eligible cost after the decision
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public Money decideBudgetLine(long dossierId, long budgetLineId, boolean eligible) {
        Dossier dossier = lockDossier(dossierId);
        DueDiligence file = lockFile(dossier, CHECKLIST_OPEN);
        Instant now = invocation.now();
        BudgetLine line = dossier.decideEligibility(budgetLineId, eligible, now);
        file.changedElsewhere(now);
        invocation.flush("due diligence of dossier " + file.getDossierId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("budgetLine", budgetLineId);
        changes.put("eligible", eligible);
        changes.put("amount", line.getAmount());
        changes.put("eligibleCost", dossier.eligibleCost());
        record("diligence.budget-line.decided", file, "Dossier #" + dossierId + ": budget line \""
                + line.getLabel() + "\" " + (eligible ? "eligible" : "ineligible"), changes);
        return dossier.eligibleCost();
    }

    /** Records the recommendation (replacing the previous one and voiding its review). */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public DueDiligence recommend(long dossierId, Recommendation recommendation) {
        Dossier dossier = lockDossier(dossierId);
        DueDiligence file = lockFile(dossier, DUE_DILIGENCE_ONLY);
        file.recommend(recommendation, dossier.requested(), invocation.caller(), invocation.now());
        invocation.flush("due diligence of dossier " + file.getDossierId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("recommendation", recommendation.outcome());
        file.recommendedAmounts().forEach((i, m) -> changes.put("amount." + i, m));
        changes.put("conditions", file.getConditions());
        changes.put("rationale", file.rationale().orElse(null));
        record("diligence.recommended", file, "Dossier #" + dossierId + ": recommendation "
                + recommendation.outcome(), changes);
        return loaded(file);
    }

    /**
     * The second review (four eyes) by a fund director who did not recommend ({@code diligence.self-review}, 403,
     * otherwise), of the version of the file the reviewer read ({@code expectedVersion}; 409 when it changed).
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public DueDiligence review(long dossierId, long expectedVersion, ReviewOutcome outcome, String comment) {
        Dossier dossier = lockDossier(dossierId);
        DueDiligence file = lockFile(dossier, DUE_DILIGENCE_ONLY);
        if (file.getVersion() != expectedVersion) {
            throw new StaleVersion("due diligence of dossier " + dossierId, expectedVersion, file.getVersion());
        }
        file.review(outcome, comment, invocation.caller(), invocation.now());
        invocation.flush("due diligence of dossier " + file.getDossierId());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("review", outcome);
        changes.put("comment", file.reviewComment().orElse(null));
        changes.put("recommendedBy", file.recommendedBy().orElse(null));
        record("diligence.reviewed", file, "Dossier #" + dossierId + ": second review " + outcome, changes);
        return loaded(file);
    }

    /**
     * Applies a batch of changes in one transaction, in the order items, budget lines, risks, recommendation (each
     * audited as its own command); the first refusal rolls every change back. With {@code expectedVersion}, the file
     * must still be at the version the caller read (409 otherwise).
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public DueDiligence apply(long dossierId, Long expectedVersion, FileChanges changes) {
        if (changes == null || changes.isEmpty()) {
            throw new RuleViolation("diligence.changes.empty", "Nothing to change: send items, budgetLines, risks"
                    + " or a recommendation", List.of(new Violation("request", "no change")));
        }
        DueDiligence file = workOn(dossierId, CHECKLIST_OPEN);
        if (expectedVersion != null && file.getVersion() != expectedVersion) {
            throw new StaleVersion("due diligence of dossier " + dossierId, expectedVersion, file.getVersion());
        }
        for (FileChanges.ItemChange item : changes.items()) {
            file = assess(dossierId, item.id(), item.status(), item.justification(), item.comment());
        }
        for (Map.Entry<Long, Boolean> line : changes.budgetLines().entrySet()) {
            decideBudgetLine(dossierId, line.getKey(), line.getValue());
        }
        if (!changes.risks().isEmpty()) {
            file = rateRisks(dossierId, changes.risks());
        }
        if (changes.recommendation() != null) {
            file = recommend(dossierId, changes.recommendation());
        }
        return loaded(file);
    }

    // --- helpers ---

    private DueDiligence workOn(long dossierId, Set<DossierStatus> allowed) {
        return lockFile(lockDossier(dossierId), allowed);
    }

    private Dossier lockDossier(long dossierId) {
        return dossierLoader.lock(dossierId).orElseThrow(() -> new NotFound("dossier " + dossierId));
    }

    private DueDiligence lockFile(Dossier dossier, Set<DossierStatus> allowed) {
        if (!allowed.contains(dossier.getStatus())) {
            throw new RuleViolation("diligence.closed", "Dossier " + dossier.reference().orElse("#"
                    + dossier.getId()) + " is " + dossier.getStatus() + ": this part of its instruction is done in "
                    + allowed, List.of(new Violation("status", "expected one of " + allowed)));
        }
        return files.lockOrOpen(dossier.getId(), invocation.caller(), invocation.now()).file();
    }

    private void record(String action, DueDiligence file, String summary, Map<String, Object> changes) {
        changes.put("dossierId", file.getDossierId());
        if (file.reviewVoided()) {
            changes.put("reviewVoided", true);
        }
        audit.record(action, ENTITY, file.getId(), summary, changes);
    }

    static DueDiligence loaded(DueDiligence file) {
        file.getItems().forEach(i -> i.getDocumentIds().size());
        file.getConditions().size();
        return file;
    }
}
