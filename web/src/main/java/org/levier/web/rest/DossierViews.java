package org.levier.web.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.document.boundary.Documents.DocumentInfo;
import org.levier.dossier.boundary.DossierSummary;
import org.levier.dossier.boundary.HistoryEntry;
import org.levier.dossier.entity.BudgetLine;
import org.levier.dossier.entity.CofinancingLine;
import org.levier.dossier.entity.Dossier;
import org.levier.shared.entity.Instrument;

/** How the API shows dossiers, their history and documents: money as strings with two decimals, dates ISO-8601. */
final class DossierViews {

    private DossierViews() {
    }

    /** A whole dossier, with the totals of its financing plan. */
    @JsonbNillable
    @JsonbPropertyOrder({"id", "reference", "status", "version", "title", "summary", "startDate", "endDate"})
    public record DossierView(long id, String reference, String status, long version, long programmeId, long callId,
                              long actionId, long organisationId, String createdBy, String title, String summary,
                              String startDate, String endDate, Map<String, String> requested,
                              List<BudgetLineView> budgetLines, List<CofinancingView> cofinancing,
                              List<TargetView> impactTargets, List<MilestoneView> milestones, String totalCost,
                              String fundRequested, String cofinancingTotal, String financingGap, boolean balanced,
                              String createdAt, String updatedAt, String submittedAt) {
    }

    @JsonbNillable
    public record BudgetLineView(String category, String label, String amount, Boolean eligible) {
    }

    public record CofinancingView(String sourceType, String funder, String amount, String status) {
    }

    public record TargetView(String indicator, String target) {
    }

    public record MilestoneView(String title, String dueDate) {
    }

    /** A row of the dossier list. */
    @JsonbNillable
    public record DossierRow(long id, String reference, String title, String status, long programmeId, long callId,
                             long actionId, long organisationId, String fundRequested, String submittedAt,
                             String updatedAt, long version) {
    }

    @JsonbNillable
    public record HistoryView(String from, String to, String occurredAt, String actor, String actorRole,
                              String reason) {
    }

    public record DocumentView(long id, long dossierId, String kind, String fileName, String contentType, long size,
                               String sha256, int version, String uploadedBy, String uploadedAt) {
    }

    static DossierView of(Dossier d) {
        Map<String, String> requested = new LinkedHashMap<>();
        for (Instrument instrument : Instrument.values()) {
            requested.put(instrument.name(), ApiFormat.money(d.getRequested(instrument)));
        }
        return new DossierView(d.getId(), d.reference().orElse(null), d.getStatus().name(), d.getVersion(),
                d.getProgrammeId(), d.getCallId(), d.getActionId(), d.getOrganisationId(), d.getCreatedBy(),
                d.getTitle(), d.getSummary(), date(d.getStartDate()), date(d.getEndDate()), requested,
                d.getBudgetLines().stream().map(DossierViews::of).toList(),
                d.getCofinancing().stream().map(DossierViews::of).toList(),
                d.getImpactTargets().stream().map(t -> new TargetView(t.getIndicator(),
                        t.getTarget().stripTrailingZeros().toPlainString())).toList(),
                d.getMilestones().stream().map(m -> new MilestoneView(m.getTitle(), date(m.getDueDate()))).toList(),
                ApiFormat.money(d.totalCost()), ApiFormat.money(d.requestedTotal()),
                ApiFormat.money(d.cofinancingTotal()), ApiFormat.money(d.financingGap()), d.isBalanced(),
                ApiFormat.instant(d.getCreatedAt()), ApiFormat.instant(d.getUpdatedAt()),
                ApiFormat.instant(d.submittedAt().orElse(null)));
    }

    private static BudgetLineView of(BudgetLine line) {
        return new BudgetLineView(line.getCategory().name(), line.getLabel(), ApiFormat.money(line.getAmount()),
                line.eligible().orElse(null));
    }

    private static CofinancingView of(CofinancingLine line) {
        return new CofinancingView(line.getSourceType().name(), line.getFunder(), ApiFormat.money(line.getAmount()),
                line.getStatus().name());
    }

    static DossierRow of(DossierSummary s) {
        return new DossierRow(s.id(), s.reference(), s.title(), s.status().name(), s.programmeId(), s.callId(),
                s.actionId(), s.organisationId(), ApiFormat.money(s.requestedTotal()),
                ApiFormat.instant(s.submittedAt()), ApiFormat.instant(s.updatedAt()), s.version());
    }

    static HistoryView of(HistoryEntry h) {
        return new HistoryView(h.from() == null ? null : h.from().name(), h.to().name(),
                ApiFormat.instant(h.occurredAt()), h.actor(), h.actorRole(), h.reason());
    }

    static DocumentView of(DocumentInfo d) {
        return new DocumentView(d.id(), d.dossierId(), d.kind().name(), d.fileName(), d.contentType(), d.size(),
                d.sha256(), d.version(), d.uploadedBy(), ApiFormat.instant(d.uploadedAt()));
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
