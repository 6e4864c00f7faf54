package org.levier.web.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.levier.applicant.boundary.DeMinimisDeclarations;
import org.levier.applicant.entity.DeMinimisAid;
import org.levier.applicant.entity.DeMinimisCorrection;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * {@code /api/v1/organisations/me/de-minimis/{id}}: the applicant corrects one of its organisation's de minimis
 * declarations with a reason ({@code PUT {"grantedOn","amount","grantingBody","reason"}}; the history is kept) and
 * reads its corrections ({@code GET .../corrections}). Values are checked for shape before any arithmetic: an amount
 * is a decimal string of at most 13 integer digits and 2 decimals, a date is {@code yyyy-MM-dd} with a year between
 * 1 and 9999.
 */
@Path("organisations/me/de-minimis/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class DeMinimisResource {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int MAX_AMOUNT_CHARACTERS = 32;

    /** One correction: the values before and after, the reason, who and when. */
    public record CorrectionView(long id, String previousGrantedOn, String previousAmount,
                                 String previousGrantingBody, String grantedOn, String amount, String grantingBody,
                                 String reason, String correctedBy, String correctedAt) {
    }

    /** A declaration with its corrections. */
    public record CorrectedView(long id, String grantedOn, String amount, String grantingBody,
                                List<CorrectionView> corrections) {
    }

    @Inject
    DeMinimisDeclarations declarations;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SmallJson
    @Operation(summary = "Correct a de minimis declaration of the caller's organisation with a reason (history kept):"
            + " {\"grantedOn\",\"amount\",\"grantingBody\",\"reason\"}")
    public CorrectedView correct(@PathParam("id") long id, String body) {
        JsonObject json = JsonBodies.object(body, false);
        List<Violation> violations = new ArrayList<>();
        LocalDate grantedOn = date(json, "grantedOn", violations);
        Money amount = amount(json, "amount", violations);
        if (!violations.isEmpty()) {
            throw new RuleViolation("de-minimis.invalid", "The de minimis correction is invalid", violations);
        }
        DeMinimisAid aid = declarations.correct(id, grantedOn, amount, JsonBodies.string(json, "grantingBody"),
                JsonBodies.string(json, "reason"));
        return view(aid, declarations.correctionsOwn(id));
    }

    @GET
    @Path("corrections")
    @Operation(summary = "The corrections of a de minimis declaration of the caller's organisation, oldest first")
    public List<CorrectionView> corrections(@PathParam("id") long id) {
        return declarations.correctionsOwn(id).stream().map(DeMinimisResource::view).toList();
    }

    static CorrectedView view(DeMinimisAid aid, List<DeMinimisCorrection> corrections) {
        return new CorrectedView(aid.getId(), aid.getGrantedOn().toString(), aid.getAmount().toPlainString(),
                aid.getGrantingBody(), corrections.stream().map(DeMinimisResource::view).toList());
    }

    static CorrectionView view(DeMinimisCorrection c) {
        return new CorrectionView(c.getId(), c.getPreviousGrantedOn().toString(),
                c.getPreviousAmount().toPlainString(), c.getPreviousGrantingBody(), c.getGrantedOn().toString(),
                c.getAmount().toPlainString(), c.getGrantingBody(), c.getReason(), c.getCorrectedBy(),
                ApiFormat.instant(c.getCorrectedAt()));
    }

    /** A strict ISO date ({@code yyyy-MM-dd}, year 1..9999), or a violation. */
    static LocalDate date(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = json.get(field);
        if (!(value instanceof JsonString text) || text.getString().length() != 10) {
            violations.add(new Violation(field, "an ISO date, e.g. 2025-06-30"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.getString(), ISO_DATE);
            if (date.getYear() < 1 || date.getYear() > 9999) {
                violations.add(new Violation(field, "a year between 1 and 9999"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "an ISO date, e.g. 2025-06-30"));
            return null;
        }
    }

    /**
     * An amount as a decimal string, checked on its representation before any arithmetic: at most
     * {@value #MAX_AMOUNT_CHARACTERS} characters, at most 13 integer digits and 2 decimals (an exponent is accepted
     * only if the value stays within those bounds), or a violation.
     */
    static Money amount(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = json.get(field);
        String message = "an amount as a string with at most 13 digits and two decimals, e.g. \"150000.00\"";
        if (!(value instanceof JsonString text) || text.getString().isBlank()
                || text.getString().length() > MAX_AMOUNT_CHARACTERS) {
            violations.add(new Violation(field, message));
            return null;
        }
        try {
            BigDecimal parsed = new BigDecimal(text.getString().strip());
            if ((long) parsed.precision() - parsed.scale() > 13 || parsed.scale() > 2
                    && parsed.stripTrailingZeros().scale() > 2) {
                violations.add(new Violation(field, message));
                return null;
            }
            return Money.eur(parsed);
        } catch (ArithmeticException | IllegalArgumentException e) {
            violations.add(new Violation(field, message));
            return null;
        }
    }
}
