package org.levier.web.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.agreement.entity.TrancheTerms;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/** The bodies of {@code /dossiers/{id}/agreement} (see {@link AgreementResource}). */
final class AgreementBodies {

    private AgreementBodies() {
    }

    /**
     * The agreement as signed: date, commitment per instrument (default: the decision's), the whole tranche schedule
     * (no ids yet), conditions.
     */
    public record SignBody(
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
            @NotNull(message = "required") @IsoDate String signedOn,
            @Schema(type = SchemaType.OBJECT, additionalProperties = String.class,
                    description = "Commitment per instrument (default: the amounts the committee approved)",
                    example = "{\"GRANT\": \"40000.00\"}")
            Map<@OneOf(Instrument.class) String, @NotNull(message = "required")
                    @Amount(sign = Amount.Sign.NOT_NEGATIVE) String> commitment,
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "an object") @Valid TrancheBody> tranches,
            @Schema(type = SchemaType.ARRAY, implementation = String.class)
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "a string") @Text @Size(max = Bodies.TEXT_MAX)
                    String> conditions) implements Bodies.Checked {

        @Override
        public void check(List<Violation> violations) {
            checkTranches(tranches, false, violations);
        }
    }

    /** An amendment: the new commitment and whole schedule (existing tranches by id), with its reason. */
    public record AmendBody(
            @Schema(description = "The version of the agreement amended (or If-Match)", example = "2") Long version,
            @Schema(type = SchemaType.OBJECT, additionalProperties = String.class,
                    example = "{\"GRANT\": \"45000.00\"}")
            Map<@OneOf(Instrument.class) String, @NotNull(message = "required")
                    @Amount(sign = Amount.Sign.NOT_NEGATIVE) String> commitment,
            @Size(max = Bodies.LIST_MAX) List<@NotNull(message = "an object") @Valid TrancheBody> tranches,
            @Schema(example = "Avenant n° 1 : report de la deuxième tranche") @NotBlank(message = "required")
            @Text @Size(max = Bodies.TEXT_MAX) String reason) implements Bodies.Checked {

        @Override
        public void check(List<Violation> violations) {
            checkTranches(tranches, true, violations);
        }
    }

    /** A tranche: its instrument, amount, planned date, milestone and conditions ({@code id} in amendments). */
    @Schema(name = "TrancheBody")
    public record TrancheBody(
            @Schema(description = "An existing tranche (amendments only)", example = "7") Long id,
            @Schema(type = SchemaType.STRING, enumeration = {"GRANT", "REPAYABLE_ADVANCE", "EQUITY"})
            @OneOf(Instrument.class) String instrument,
            @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "20000.00",
                    description = Amount.DESCRIPTION)
            @NotNull(message = "required") @Amount String amount,
            @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = "2026-09-30")
            @NotNull(message = "required") @IsoDate String plannedOn,
            @Schema(example = "Démarrage des travaux") @NotBlank(message = "required") @Text(multiline = false)
            @Size(max = Bodies.TEXT_MAX) String milestone,
            @Schema(example = "Ordre de service") @Text @Size(max = Bodies.TEXT_MAX) String conditions) {

        TrancheTerms terms() {
            return new TrancheTerms(id, Bodies.named(instrument, Instrument.class), Bodies.money(amount),
                    Bodies.date(plannedOn), milestone, conditions);
        }
    }

    private static void checkTranches(List<TrancheBody> tranches, boolean amendment, List<Violation> violations) {
        if (tranches == null) {
            violations.add(new Violation("tranches", "required: the whole tranche schedule"));
            return;
        }
        for (int i = 0; i < tranches.size(); i++) {
            TrancheBody t = tranches.get(i);
            if (t == null) {
                continue;
            }
            if (!amendment && t.id() != null) {
                violations.add(new Violation("tranches[" + i + "].id", "a new agreement's tranches have no id yet"));
            }
            if (t.instrument() == null && (!amendment || t.id() == null)) {
                violations.add(new Violation("tranches[" + i + "].instrument", "required"));
            }
        }
    }

    static List<TrancheTerms> terms(List<TrancheBody> tranches) {
        return tranches.stream().map(TrancheBody::terms).toList();
    }

    static Map<Instrument, Money> commitment(Map<String, String> amounts) {
        return amounts == null ? null : Bodies.amounts(amounts);
    }
}
