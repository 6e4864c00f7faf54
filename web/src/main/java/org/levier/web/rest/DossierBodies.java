package org.levier.web.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.dossier.entity.BudgetCategory;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.dossier.entity.DossierDraft;
import org.levier.dossier.entity.DossierStatus;
import org.levier.dossier.entity.SourceType;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;

/**
 * The dossier bodies of the API ({@code POST /dossiers}, {@code PUT /dossiers/{id}}, transitions). Unknown members
 * are ignored (a read dossier sent back as is stays valid); {@code status}, {@code reference} and the like are never
 * taken from a body. Every mistake is reported at once as 422 {@code dossier.invalid}.
 */
final class DossierBodies {

    static final String INVALID = "dossier.invalid";

    /** The rules of a creation only ({@code callId}, {@code actionNumber} required). */
    interface Creation {
    }

    private DossierBodies() {
    }

    /** A dossier's content; {@code callId} and {@code actionNumber} on creation, {@code version} on replacement. */
    @Schema(name = "DossierBody", description = "A dossier's content")
    public record DossierBody(
            @Schema(description = "The call applied to (creation only)", example = "1")
            @NotNull(message = "required", groups = Creation.class) @PositiveOrZero Long callId,
            @Schema(description = "The action of the call's programme (creation only)", example = "1")
            @NotNull(message = "required", groups = Creation.class) Integer actionNumber,
            @Schema(description = "The version edited (replacement; or If-Match)", example = "0")
            @PositiveOrZero(message = "not negative") Long version,
            @Schema(example = "Tiers-lieu numérique de Saint-Brieuc") @NotBlank(message = "required")
            @Text(multiline = false) @Size(max = Bodies.TEXT_MAX) String title,
            @Schema(example = "Un lieu partagé pour les indépendants du territoire") @Text @Size(max = Bodies.TEXT_MAX)
            String summary,
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @IsoDate String startDate,
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = "2027-12-31")
            @IsoDate String endDate,
            @Schema(type = SchemaType.OBJECT, additionalProperties = String.class,
                    description = "Amounts requested per instrument (GRANT, LOAN, EQUITY, GUARANTEE)",
                    example = "{\"GRANT\": \"40000.00\"}")
            Map<@OneOf(Instrument.class) String, @NotNull(message = "required")
                    @Amount(sign = Amount.Sign.NOT_NEGATIVE) String> requested,
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "an object") @Valid BudgetLineBody> budgetLines,
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "an object") @Valid CofinancingBody> cofinancing,
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "an object") @Valid TargetBody> impactTargets,
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "an object") @Valid MilestoneBody> milestones)
            implements Bodies.Checked {

        @Override
        public void check(List<Violation> violations) {
            LocalDate start = safeDate(startDate);
            LocalDate end = safeDate(endDate);
            if (start != null && end != null && end.isBefore(start)) {
                violations.add(new Violation("endDate", "the project ends after it starts (" + start + ")"));
            }
            if (actionNumber != null && actionNumber < 1) {
                violations.add(new Violation("actionNumber", "a positive action number"));
            }
        }

        /** The draft, once valid. */
        DossierDraft draft() {
            return new DossierDraft(title, summary, Bodies.date(startDate), Bodies.date(endDate),
                    Bodies.amounts(requested),
                    items(budgetLines).stream().map(l -> new DossierDraft.BudgetItem(
                            Bodies.named(l.category(), BudgetCategory.class), l.label(), Bodies.money(l.amount())))
                            .toList(),
                    items(cofinancing).stream().map(l -> new DossierDraft.CofinancingItem(
                            Bodies.named(l.sourceType(), SourceType.class), l.funder(), Bodies.money(l.amount()),
                            Bodies.named(l.status(), CofinancingStatus.class))).toList(),
                    items(impactTargets).stream().map(t -> new DossierDraft.TargetItem(t.indicator(),
                            Bodies.decimal(t.target()))).toList(),
                    items(milestones).stream().map(m -> new DossierDraft.MilestoneItem(m.title(),
                            Bodies.date(m.dueDate()))).toList());
        }

        private static <T> List<T> items(List<T> list) {
            return list == null ? List.of() : list;
        }

        private static LocalDate safeDate(String text) {
            try {
                return Bodies.date(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** A cost of the project. */
    public record BudgetLineBody(
            @Schema(type = SchemaType.STRING, enumeration = {"PERSONNEL", "EQUIPMENT", "WORKS", "SUBCONTRACTING",
                    "STUDIES", "CONSUMABLES", "OVERHEADS", "OTHER"}) @NotNull(message = "required")
            @OneOf(BudgetCategory.class) String category,
            @Schema(example = "Travaux d'aménagement") @NotBlank(message = "required") @Text(multiline = false)
            @Size(max = Bodies.TEXT_MAX) String label,
            @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "25000.00",
                    description = Amount.DESCRIPTION)
            @NotNull(message = "required") @Amount(sign = Amount.Sign.POSITIVE) String amount) {
    }

    /** A resource of the financing plan other than the fund. */
    public record CofinancingBody(
            @Schema(type = SchemaType.STRING, enumeration = {"OWN_FUNDS", "PRIVATE_INVESTOR", "BANK_LOAN",
                    "EU_FUNDS", "STATE", "REGION", "LOCAL_AUTHORITY", "OTHER_PUBLIC"}) @NotNull(message = "required")
            @OneOf(SourceType.class) String sourceType,
            @Schema(example = "Région Bretagne") @NotBlank(message = "required") @Text(multiline = false)
            @Size(max = Bodies.TEXT_MAX) String funder,
            @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "10000.00",
                    description = Amount.DESCRIPTION)
            @NotNull(message = "required") @Amount(sign = Amount.Sign.POSITIVE) String amount,
            @Schema(type = SchemaType.STRING, enumeration = {"PLANNED", "APPLIED", "COMMITTED", "RECEIVED"})
            @NotNull(message = "required")
            @OneOf(CofinancingStatus.class) String status) {
    }

    /** A target value for an indicator of the catalogue. */
    public record TargetBody(
            @Schema(example = "JOBS_CREATED") @NotBlank(message = "required") @Text(multiline = false)
            @Size(max = Bodies.TEXT_MAX) String indicator,
            @Schema(type = SchemaType.STRING, pattern = Bodies.DECIMAL, example = "12")
            @NotNull(message = "required")
            @Pattern(regexp = Bodies.DECIMAL, message = Bodies.DECIMAL_MESSAGE) String target) {
    }

    /** A dated step of the project. */
    public record MilestoneBody(
            @Schema(example = "Ouverture au public") @NotBlank(message = "required") @Text(multiline = false)
            @Size(max = Bodies.TEXT_MAX) String title,
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @NotNull(message = "required") @IsoDate String dueDate) {
    }

    /** A move along the lifecycle: the target status and a comment (a reason, for a refusal or a withdrawal). */
    public record TransitionBody(
            @Schema(type = SchemaType.STRING, enumeration = {"DRAFT", "SUBMITTED", "ELIGIBILITY_REVIEW",
                    "RETURNED_FOR_COMPLETION", "INELIGIBLE", "DUE_DILIGENCE", "COMMITTEE", "APPROVED", "REJECTED",
                    "AGREEMENT_SIGNED", "IN_EXECUTION", "COMPLETED", "TERMINATED", "WITHDRAWN"})
            @NotNull(message = "required")
            @OneOf(DossierStatus.class) String to,
            @Schema(example = "Dossier complet") @Text @Size(max = Bodies.TEXT_MAX) String comment,
            @Schema(description = "Alias of comment") @Text @Size(max = Bodies.TEXT_MAX) String reason) {
    }

    /** A body naming only the version it was made on (submission), all optional. */
    public record VersionBody(@Schema(example = "3") @PositiveOrZero(message = "not negative") Long version) {
    }
}
