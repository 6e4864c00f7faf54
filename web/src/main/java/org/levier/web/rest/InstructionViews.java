package org.levier.web.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.committee.boundary.AgendaEntry;
import org.levier.committee.entity.CommitteeSession;
import org.levier.committee.entity.Decision;
import org.levier.committee.entity.Tally;
import org.levier.diligence.boundary.DocumentRequestView;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.diligence.entity.ChecklistItem;
import org.levier.diligence.entity.DueDiligence;
import org.levier.diligence.entity.RiskDimension;
import org.levier.dossier.entity.BudgetLine;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierComment;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.web.core.Problem;

/**
 * How the API shows the instruction of a dossier: its due-diligence file, document requests, internal comments,
 * committee sessions and decisions. Money as strings with two decimals, dates ISO-8601, moments in UTC.
 */
final class InstructionViews {

    private InstructionViews() {
    }

    // --- due diligence ---

    @JsonbNillable
    @Schema(name = "DueDiligenceView")
    public record DueDiligenceView(long id, long dossierId, String reference, String dossierStatus, long version,
                                   List<CategoryView> checklist, RisksView risks, RecommendationView recommendation,
                                   ReviewView review, List<EligibilityView> budgetLines, String totalCost,
                                   String eligibleCost, List<Problem.Field> missingForCommittee, String openedBy,
                                   String openedAt, String updatedAt) {
    }

    @Schema(name = "CategoryView")
    public record CategoryView(String category, List<ItemView> items) {
    }

    @JsonbNillable
    @Schema(name = "ItemView")
    public record ItemView(long id, String code, String label, String status, String justification, String comment,
                           List<Long> documentIds, String updatedBy, String updatedAt) {
    }

    @JsonbNillable
    @Schema(name = "RisksView")
    public record RisksView(Map<String, Integer> ratings, Integer overall, Integer highest) {
    }

    @JsonbNillable
    @Schema(name = "RecommendationView")
    public record RecommendationView(String outcome, Map<String, String> amounts, List<String> conditions,
                                     String rationale, String recommendedBy, String recommendedAt) {
    }

    @JsonbNillable
    @Schema(name = "ReviewView")
    public record ReviewView(String outcome, String comment, String reviewedBy, String reviewedAt) {
    }

    @JsonbNillable
    @Schema(name = "EligibilityView")
    public record EligibilityView(long id, String category, String label, String amount, Boolean eligible) {
    }

    static DueDiligenceView of(DueDiligence file, Dossier dossier) {
        Map<ChecklistCategory, List<ItemView>> byCategory = new EnumMap<>(ChecklistCategory.class);
        for (ChecklistItem item : file.getItems()) {
            byCategory.computeIfAbsent(item.getCategory(), c -> new ArrayList<>()).add(of(item));
        }
        List<CategoryView> checklist = byCategory.entrySet().stream()
                .map(e -> new CategoryView(e.getKey().name(), e.getValue())).toList();
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (RiskDimension d : RiskDimension.values()) {
            ratings.put(d.name(), file.getRiskRatings().of(d).orElse(null));
        }
        var highest = file.getRiskRatings().highest();
        RisksView risks = new RisksView(ratings, file.riskOverall().orElse(null),
                highest.isPresent() ? highest.getAsInt() : null);
        RecommendationView recommendation = file.recommendation().map(outcome -> new RecommendationView(
                outcome.name(), file.recommendedAmounts().isEmpty() ? null : amounts(file.recommendedAmounts()),
                file.getConditions(), file.rationale().orElse(null), file.recommendedBy().orElse(null),
                ApiFormat.instant(file.recommendedAt().orElse(null)))).orElse(null);
        ReviewView review = file.reviewOutcome().map(outcome -> new ReviewView(outcome.name(),
                file.reviewComment().orElse(null), file.reviewedBy().orElse(null),
                ApiFormat.instant(file.reviewedAt().orElse(null)))).orElse(null);
        List<EligibilityView> lines = dossier.getBudgetLines().stream().map(InstructionViews::of).toList();
        return new DueDiligenceView(file.getId(), file.getDossierId(), dossier.reference().orElse(null),
                dossier.getStatus().name(), file.getVersion(), checklist, risks, recommendation, review, lines,
                ApiFormat.money(dossier.totalCost()), ApiFormat.money(dossier.eligibleCost()),
                fields(file.missingForCommittee()), file.getOpenedBy(), ApiFormat.instant(file.getOpenedAt()),
                ApiFormat.instant(file.getUpdatedAt()));
    }

    private static ItemView of(ChecklistItem item) {
        return new ItemView(item.getId(), item.code().orElse(null), item.getLabel(), item.getStatus().name(),
                item.justification().orElse(null), item.comment().orElse(null), List.copyOf(item.getDocumentIds()),
                item.updatedBy().orElse(null), ApiFormat.instant(item.updatedAt().orElse(null)));
    }

    private static EligibilityView of(BudgetLine line) {
        return new EligibilityView(line.getId(), line.getCategory().name(), line.getLabel(),
                ApiFormat.money(line.getAmount()), line.eligible().orElse(null));
    }

    static List<Problem.Field> fields(List<Violation> violations) {
        return Problem.fields(violations);
    }

    /** Every instrument, in the enum's order. */
    static Map<String, String> amounts(Map<Instrument, Money> amounts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Instrument instrument : Instrument.values()) {
            Money amount = amounts.get(instrument);
            out.put(instrument.name(), ApiFormat.money(amount == null ? Money.ZERO : amount));
        }
        return out;
    }

    // --- document requests and comments ---

    @JsonbNillable
    public record DocumentRequestJson(long id, long dossierId, String what, String dueDate, String status,
                                      boolean overdue, Long documentId, String requestedBy, String requestedAt,
                                      String answeredAt, String cancelledAt, String cancelReason,
                                      String reminderSentAt, long version) {
    }

    static DocumentRequestJson of(DocumentRequestView r) {
        return new DocumentRequestJson(r.id(), r.dossierId(), r.what(), r.dueDate().toString(), r.status().name(),
                r.overdue(), r.documentId(), r.requestedBy(), ApiFormat.instant(r.requestedAt()),
                ApiFormat.instant(r.answeredAt()), ApiFormat.instant(r.cancelledAt()), r.cancelReason(),
                ApiFormat.instant(r.reminderSentAt()), r.version());
    }

    public record CommentView(long id, long dossierId, String author, String authorRole, String body,
                              String createdAt) {
    }

    static CommentView of(DossierComment c) {
        return new CommentView(c.getId(), c.getDossierId(), c.getAuthor(), c.getAuthorRole(), c.getBody(),
                ApiFormat.instant(c.getCreatedAt()));
    }

    // --- committee ---

    /** A row of the session list (no members nor agenda: one query for the page). */
    @JsonbNillable
    public record SessionRow(long id, String title, String heldOn, String status, String createdBy, long version) {
    }

    @JsonbNillable
    public record SessionView(long id, String title, String heldOn, String status, long version, String createdBy,
                              String createdAt, String openedAt, String closedAt, List<MemberView> members,
                              List<AgendaView> agenda) {
    }

    @JsonbNillable
    public record MemberView(String email, boolean present, String presentSince) {
    }

    @JsonbNillable
    public record AgendaView(long itemId, long dossierId, String reference, String title, String dossierStatus,
                             Map<String, String> requested, List<String> conflicted, Map<String, String> votes,
                             TallyView tally, DecisionView decision) {
    }

    public record TallyView(int members, int conflicted, int eligible, int present, int quorumRequired,
                            boolean quorumReached, int votesFor, int votesAgainst, int abstentions, int votesCast,
                            boolean majorityFor) {
    }

    /**
     * A decision; {@code decidedBy} and the votes are the fund's (null for the applicant). {@code subjectToFunds}: an
     * approval recorded subject to funds; {@code reserving}: an approval that reserves its amounts (not subject to
     * funds, or funds confirmed at {@code fundsConfirmedAt}).
     */
    @JsonbNillable
    public record DecisionView(long id, long sessionId, long dossierId, String outcome, Map<String, String> approved,
                               String approvedTotal, List<String> conditions, String reasons, String decidedAt,
                               String decidedBy, VoteSnapshot votes, boolean subjectToFunds, boolean reserving,
                               String fundsConfirmedAt) {
    }

    /** The count recorded with a decision, for the minutes. */
    public record VoteSnapshot(int eligible, int present, int votesFor, int votesAgainst, int abstentions) {
    }

    static SessionRow row(CommitteeSession s) {
        return new SessionRow(s.getId(), s.getTitle(), s.getHeldOn().toString(), s.getStatus().name(),
                s.getCreatedBy(), s.getVersion());
    }

    static SessionView of(CommitteeSession s, List<AgendaEntry> agenda) {
        return new SessionView(s.getId(), s.getTitle(), s.getHeldOn().toString(), s.getStatus().name(),
                s.getVersion(), s.getCreatedBy(), ApiFormat.instant(s.getCreatedAt()),
                ApiFormat.instant(s.openedAt().orElse(null)), ApiFormat.instant(s.closedAt().orElse(null)),
                s.getMembers().stream().map(m -> new MemberView(m.getEmail(), m.isPresent(),
                        ApiFormat.instant(m.presentSince().orElse(null)))).toList(),
                agenda.stream().map(InstructionViews::of).toList());
    }

    static AgendaView of(AgendaEntry e) {
        Map<String, String> votes = new TreeMap<>();
        e.votes().forEach((member, choice) -> votes.put(member, choice.name()));
        return new AgendaView(e.itemId(), e.dossierId(), e.reference(), e.title(), e.dossierStatus().name(),
                amounts(e.requested()), List.copyOf(e.conflicted()), votes, of(e.tally()),
                e.decision() == null ? null : of(e.decision(), true));
    }

    static TallyView of(Tally t) {
        return new TallyView(t.members(), t.conflicted(), t.eligible(), t.present(), t.quorumRequired(),
                t.quorumReached(), t.votesFor(), t.votesAgainst(), t.abstentions(), t.votesCast(), t.majorityFor());
    }

    static DecisionView of(Decision d, boolean forStaff) {
        VoteSnapshot votes = forStaff ? new VoteSnapshot(d.getMembersEligible(), d.getMembersPresent(),
                d.getVotesFor(), d.getVotesAgainst(), d.getVotesAbstain()) : null;
        return new DecisionView(d.getId(), d.getSessionId(), d.getDossierId(), d.getOutcome().name(),
                d.approvedAmounts().isEmpty() ? null : amounts(d.approvedAmounts()),
                ApiFormat.money(d.approvedTotal()), d.getConditions(), d.reasons().orElse(null),
                ApiFormat.instant(d.getDecidedAt()), forStaff ? d.getDecidedBy() : null, votes, d.isSubjectToFunds(),
                d.isReserving(), d.fundsConfirmedAt().map(ApiFormat::instant).orElse(null));
    }
}
