/**
 * The REST API ({@code /api/v1}, contract: {@code shared/design/API.md}; served description: {@code /openapi}).
 *
 * <h2>How a resource reads a JSON body</h2>
 * A body is a public {@code record} bound by JSON-B and checked by Bean Validation through {@link Bodies}, never
 * read by hand:
 * <pre>{@code
 * public record PaymentBody(
 *         @Schema(type = SchemaType.STRING, format = "date", pattern = IsoDate.PATTERN, example = IsoDate.EXAMPLE)
 *         @NotNull(message = "required") @IsoDate String valueDate,
 *         @Schema(type = SchemaType.STRING, pattern = Amount.PATTERN, example = "1250.00",
 *                 description = Amount.DESCRIPTION)
 *         @NotNull(message = "required") @Amount(sign = Amount.Sign.POSITIVE) String amount,
 *         @Schema(type = SchemaType.STRING, enumeration = {"GRANT", "REPAYABLE_ADVANCE", "EQUITY"})
 *         @OneOf(Instrument.class) String instrument,
 *         @Schema(example = "VIR-2026-000123") @NotBlank(message = "required") @Text(multiline = false)
 *         @Size(max = Bodies.TEXT_MAX) String bankReference) {
 * }
 *
 * @POST @Consumes(MediaType.APPLICATION_JSON) @SmallJson
 * public DisbursementJson pay(@PathParam("id") long id, PaymentBody body) {
 *     PaymentBody request = Bodies.valid(body, "disbursement.invalid", "The payment is invalid");
 *     return ...pay(id, Bodies.date(request.valueDate()), Bodies.money(request.amount()), ...);
 * }
 * }</pre>
 * <ul>
 * <li><b>Money</b> is a {@code String} member with {@link Amount} (at most 13 digits and 2 decimals, no exponent:
 * checked on the text before any arithmetic; a JSON string: a JSON number is a 400, as is any non-string value in a
 * {@code String} member), converted with
 * {@link Bodies#money}. <b>Dates</b>: {@code String} with {@link IsoDate} ({@code uuuu-MM-dd}, years 1 to 9999),
 * {@link Bodies#date}. <b>Enum names</b>: {@code String} with {@link OneOf} (a wrong name is a 422 naming the member,
 * not a 400), {@link Bodies#named}. Other decimals: {@code @Pattern(regexp = Bodies.DECIMAL)}, {@link Bodies#decimal}.
 * Ids and counts: {@code Long}/{@code Integer} (bound strictly by {@link ApiJson}: {@code 1.5} is a 400, never 1).</li>
 * <li><b>Every free-text member</b> carries {@link Text} (no control characters, no bidirectional overrides, not
 * made of invisible characters only) and {@code @Size(max = Bodies.TEXT_MAX)} or the domain's own bound; a text the
 * old parsers required is {@code @NotBlank(message = "required")}, lists {@code @Size(max = Bodies.LIST_MAX)} with
 * {@code @Valid} elements; rules across members: implement {@link Bodies.Checked}.</li>
 * <li>{@link Bodies#valid} reports every violation at once as 422 problem+json under the resource's existing key,
 * each named by its JSON path ({@code budgetLines[2].amount}, {@code requested.GRANT}); an empty body is 422
 * {@code request.body-required}; optional bodies use {@link Bodies#validOrEmpty}. Malformed JSON, a wrong JSON type
 * ({@code []}, {@code null}, {@code "s"} for an object), nesting deeper than 64 levels or a number longer than 64
 * characters are 400 {@code malformed} ({@link JsonDepthLimit}, {@link ProblemMappers}); bodies above the size bound
 * 413 ({@link RequestSizeLimit}, {@link SmallJson}).</li>
 * <li><b>For {@code /openapi}</b> (the scanner reads this module only, and records' type-use annotations confuse
 * it): an enum member lists its values ({@code @Schema(type = STRING, enumeration = …)}, kept equal to its
 * {@link OneOf} by {@code SchemaEnumerationsTest}), a list says
 * {@code @Schema(type = ARRAY, implementation = X.class)}, a map {@code @Schema(type = OBJECT, additionalProperties = String.class)}, a view answered through a
 * {@code Response} carries a class-level {@code @Schema(name = …)}, an operation has a unique {@code operationId};
 * {@link OpenApiContract} normalises the rest. Then refresh the snapshot (see {@code OpenApiContractIT}).</li>
 * <li>Keep names stable: never rename a path, member or problem key (API.md). A method answering a
 * {@code Response} names its entity with {@code @APIResponseSchema} so that {@code /openapi} describes it.</li>
 * </ul>
 */
package org.levier.web.rest;
