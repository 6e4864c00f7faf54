package org.levier.web.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.diligence.boundary.FileChanges;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.diligence.entity.ItemStatus;
import org.levier.diligence.entity.Recommendation;
import org.levier.diligence.entity.RecommendationOutcome;
import org.levier.diligence.entity.ReviewOutcome;
import org.levier.diligence.entity.RiskDimension;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;

/** The bodies of {@code /dossiers/{id}/due-diligence} (see {@link DueDiligenceResource}). */
final class DiligenceBodies {

    private DiligenceBodies() {
    }

    /** A batch of changes to the file, applied all or nothing. */
    public record FileBody(
            @Schema(description = "The version of the file changed (or If-Match)", example = "4") Long version,
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "an object") @Valid ItemBody> items,
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "an object") @Valid LineBody> budgetLines,
            @Schema(type = SchemaType.OBJECT, additionalProperties = Integer.class,
                    description = "Grades 1 (low) to 5 (high) per risk dimension", example = "{\"FINANCIAL\": 3}")
            Map<@OneOf(RiskDimension.class) String, @NotNull(message = "a whole grade") Integer> risks,
            @Valid RecommendationBody recommendation) implements Bodies.Checked {

        @Override
        public void check(List<Violation> violations) {
            for (int i = 0; items != null && i < items.size(); i++) {
                if (items.get(i) != null && items.get(i).id() == null) {
                    violations.add(new Violation("items[" + i + "].id", "required"));
                }
            }
        }

        FileChanges changes() {
            List<FileChanges.ItemChange> changes = items == null ? List.of()
                    : items.stream().map(i -> i.change(i.id())).toList();
            Map<Long, Boolean> lines = new LinkedHashMap<>();
            if (budgetLines != null) {
                budgetLines.forEach(l -> lines.put(l.id(), l.eligible()));
            }
            return new FileChanges(changes, lines, ratings(risks),
                    recommendation == null ? null : recommendation.recommendation());
        }
    }

    /** One checklist item's assessment ({@code id} in a batch only). */
    @Schema(name = "ItemBody")
    public record ItemBody(
            @Schema(description = "The item (in a batch)", example = "21") Long id,
            @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "SATISFIED", "ISSUE", "WAIVED",
                    "NOT_APPLICABLE"}) @OneOf(ItemStatus.class) String status,
            @Schema(example = "Sans objet : pas de travaux") @Text @Size(max = Bodies.TEXT_MAX) String justification,
            @Schema(example = "Vérifié sur pièce") @Text @Size(max = Bodies.TEXT_MAX) String comment) {

        FileChanges.ItemChange change(long itemId) {
            return new FileChanges.ItemChange(itemId, Bodies.named(status, ItemStatus.class), justification, comment);
        }
    }

    /** A budget line declared eligible or not (in a batch). */
    @Schema(name = "LineBody")
    public record LineBody(@Schema(example = "5") @NotNull(message = "required") Long id,
                           @Schema(example = "true") @NotNull(message = "true or false") Boolean eligible) {
    }

    /** The analyst's recommendation. */
    public record RecommendationBody(
            @Schema(type = SchemaType.STRING, enumeration = {"APPROVE", "REJECT", "DEFER"})
            @OneOf(RecommendationOutcome.class) String outcome,
            @Schema(type = SchemaType.OBJECT, additionalProperties = String.class,
                    description = "Amounts recommended per instrument", example = "{\"GRANT\": \"40000.00\"}")
            Map<@OneOf(Instrument.class) String, @NotNull(message = "required")
                    @Amount(sign = Amount.Sign.NOT_NEGATIVE) String> amounts,
            @Schema(type = SchemaType.ARRAY, implementation = String.class)
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "a string") @Text @Size(max = Bodies.TEXT_MAX)
                    String> conditions,
            @Schema(example = "Projet solide, plan de financement équilibré") @Text @Size(max = Bodies.TEXT_MAX)
            String rationale) {

        Recommendation recommendation() {
            return new Recommendation(Bodies.named(outcome, RecommendationOutcome.class), Bodies.amounts(amounts),
                    conditions == null ? List.of() : conditions, rationale);
        }
    }

    /** An item of the analyst's own. */
    public record NewItemBody(
            @Schema(type = SchemaType.STRING, enumeration = {"ELIGIBILITY", "LEGAL", "FINANCIAL", "TECHNICAL",
                    "STATE_AID", "ENVIRONMENT_IMPACT", "KYC"}) @OneOf(ChecklistCategory.class) String category,
            @Schema(example = "Visite du site") @Text(multiline = false) @Size(max = Bodies.TEXT_MAX) String label) {
    }

    /** A document of the dossier. */
    public record DocumentBody(@Schema(example = "12") @NotNull(message = "required") Long documentId) {
    }

    /** Risk grades per dimension, as the body of {@code PUT risks} is a bare object of them. */
    public record RisksBody(
            Map<@OneOf(RiskDimension.class) String, @NotNull(message = "a whole grade") Integer> risks) {
    }

    /** A budget line's eligibility. */
    public record EligibilityBody(@NotNull(message = "true or false") Boolean eligible) {
    }

    /** The second review. */
    public record ReviewBody(
            @Schema(type = SchemaType.STRING, enumeration = {"APPROVED", "RETURNED"})
            @OneOf(ReviewOutcome.class) String outcome,
            @Schema(example = "Relu, conforme") @Text @Size(max = Bodies.TEXT_MAX) String comment,
            @Schema(description = "The version of the file reviewed (or If-Match)", example = "5") Long version) {
    }

    static Map<RiskDimension, Integer> ratings(Map<String, Integer> risks) {
        Map<RiskDimension, Integer> ratings = new LinkedHashMap<>();
        if (risks != null) {
            risks.forEach((name, grade) -> ratings.put(Bodies.named(name, RiskDimension.class), grade));
        }
        return ratings;
    }
}
