package org.levier.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.levier.impact.boundary.Impacts;
import org.levier.impact.entity.ImpactBreakdown;
import org.levier.portfolio.boundary.Portfolios;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.programme.boundary.ProgrammeForm;
import org.levier.programme.boundary.ProgrammeSetups;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.Axis;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.reports.boundary.Exports;
import org.levier.shared.control.RuleViolation;
import org.levier.web.core.ExportRequests;

/**
 * {@code /api/v1/programmes}: programmes with their axes and actions (any signed-in user); their leverage,
 * portfolio and impact (staff and auditors, enforced by {@link Portfolios} and {@link Impacts}), leverage and
 * portfolio also as CSV/XLSX exports ({@link Exports}), as of a date ({@code asOf}, ISO, inclusive; default:
 * everything recorded).
 *
 * <p>One instance serves every request (application scoped: no per-request creation and injection of the resource,
 * issue 13's request path); its fields are proxies. The read-only boundary of the hot reads is injected as the EJB's
 * own view ({@code @EJB}): through a CDI {@code @Inject} proxy, Payara looks up the bean's business object on every
 * call by throwing and catching an {@code IllegalArgumentException} ("not a proxy instance").
 */
@ApplicationScoped
@Path("programmes")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammesResource {

    /**
     * A programme as the API shows it; {@code budget} (allotment, committed, reserved, left, per action) for staff,
     * committee members and auditors only (null for applicants).
     */
    public record ProgrammeView(String code, String name, String label, String operator, String lead,
                                List<String> partners, String currency, String allotment, String targetTotalProjects,
                                String targetLeverage, String startDate, int durationYears, List<AxisView> axes,
                                String endDate, long version, List<String> committeeMembers,
                                WhatIfViews.BudgetView budget) {
    }

    /** The standing committee members of a programme, by e-mail ({@code []} unseats them all; absent is refused). */
    public record CommitteeMembers(
            @jakarta.validation.constraints.NotNull(message = "required")
            @jakarta.validation.constraints.Size(max = Bodies.LIST_MAX)
            List<@jakarta.validation.constraints.NotNull(message = "a string") @Text(multiline = false)
                    @jakarta.validation.constraints.Size(max = 254) String> emails) {
    }

    /** An axis and its actions. */
    public record AxisView(int number, String title, String titleEn, List<ActionView> actions) {
    }

    /** An action of an axis. */
    public record ActionView(int number, String title, String summary, String envelope, List<String> leaders,
                             String titleEn) {
    }

    /** Programme list entry. */
    public record ProgrammeSummary(String code, String name, String allotment, String targetTotalProjects,
                                   String targetLeverage) {
    }

    /** The list answer. */
    public record ProgrammeList(List<ProgrammeSummary> items, int page, int size, long total) {
    }

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeSetups setups;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.UriInfo uri;

    @EJB
    Portfolios portfolios;

    @Inject
    Exports exports;

    @Inject
    Impacts impacts;

    @Inject
    org.levier.budget.boundary.Budgets budgets;

    @GET
    @Operation(operationId = "listProgrammes",
            summary = "All programmes")
    public ProgrammeList list() {
        List<ProgrammeSummary> items = programmes.list().stream()
                .map(p -> new ProgrammeSummary(p.getCode(), p.getName(), ApiFormat.money(p.getAllotment()),
                        ApiFormat.money(p.getTargetTotalProjects()), p.targetLeverage().toPlainString()))
                .toList();
        return new ProgrammeList(items, 0, items.size(), items.size());
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getProgramme",
            summary = "A programme with its axes and actions")
    public ProgrammeView get(@PathParam("code") String code,
                             @jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        Programme programme = programmes.getByCode(code);
        boolean readsBudget = java.util.stream.Stream.of(org.levier.shared.entity.Role.ANALYST_NAME,
                org.levier.shared.entity.Role.FUND_DIRECTOR_NAME, org.levier.shared.entity.Role.AUDITOR_NAME,
                org.levier.shared.entity.Role.COMMITTEE_MEMBER_NAME).anyMatch(security::isUserInRole);
        return view(programme, readsBudget ? WhatIfViews.view(budgets.of(programme.getCode())) : null);
    }

    @jakarta.ws.rs.POST
    @SmallJson
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createProgramme",
            summary = "Create a programme with its axes, actions and envelopes (administrators, directors) → 201")
    @APIResponseSchema(value = ProgrammesResource.ProgrammeView.class, responseCode = "201")
    public Response create(ProgrammeForm body) {
        ProgrammeView created = view(setups.create(StaffResource.required(body)), null);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @jakarta.ws.rs.PUT
    @Path("{code}")
    @SmallJson
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reviseProgramme",
            summary = "Revise a programme as a whole, with the version edited (409 when stale); allotment and"
            + " envelopes never below what signed agreements commit (422 naming the figure)")
    public ProgrammeView revise(@PathParam("code") String code, ProgrammeForm body) {
        return view(setups.revise(code, StaffResource.required(body)), null);
    }

    @jakarta.ws.rs.PUT
    @Path("{code}/committee-members")
    @SmallJson
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Seat the programme's standing committee members (users holding COMMITTEE_MEMBER): a"
            + " session planned for the programme without members seats them")
    public ProgrammeView seatCommittee(@PathParam("code") String code, CommitteeMembers body) {
        CommitteeMembers members = Bodies.valid(body, Bodies.REQUEST_INVALID, "The standing committee is invalid");
        return view(setups.seatCommittee(code, members.emails()), null);
    }

    @GET
    @Path("{code}/leverage")
    @Operation(summary = "Leverage of the fund by axis, action or co-financing source, on the requested, committed"
            + " or realised basis, with the programme total against its target (ratios of sums)")
    public PortfolioViews.LeverageView leverage(@PathParam("code") String code,
                                                @QueryParam("by") @DefaultValue("axis") String by,
                                                @QueryParam("basis") @DefaultValue("committed") String basis,
                                                @QueryParam("asOf") String asOf,
                                                @QueryParam("page") String page, @QueryParam("size") String size) {
        Breakdown breakdown = Breakdown.fromParameter(by).orElseThrow(() -> invalid("by", by,
                Arrays.stream(Breakdown.values()).map(Breakdown::parameter).toList()));
        Basis chosen = Basis.fromParameter(basis).orElseThrow(() -> invalid("basis", basis,
                Arrays.stream(Basis.values()).map(Basis::parameter).toList()));
        Integer pageNumber = whole("page", page);
        Integer pageSize = whole("size", size);
        // by=dossier without size: every row, as before; with size (and page, from 0): one page, with totalRows.
        return PortfolioViews.view(portfolios.leverage(code, chosen, breakdown, ExportRequests.asOf(asOf),
                pageNumber, pageSize == null && pageNumber != null ? Integer.valueOf(100) : pageSize));
    }

    @GET
    @Path("{code}/leverage.{format}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The leverage tables as CSV or XLSX: by axis, action and source (or the one asked) on each"
            + " basis (or the one asked), with each basis's total against the target, as of a date (default today,"
            + " Paris); audited with its SHA-256")
    public Response leverageExport(@PathParam("code") String code,
                                   @PathParam("format") @Parameter(required = true,
                                           schema = @Schema(enumeration = {"csv", "xlsx"}))
                                   String format,
                                   @QueryParam("by") String by, @QueryParam("basis") String basis,
                                   @QueryParam("asOf") String asOf) {
        return ExportRequests.attachment(exports.leverage(code, ExportRequests.by(by), ExportRequests.basis(basis),
                ExportRequests.asOf(asOf), ExportRequests.format(format)));
    }

    @GET
    @Path("{code}/portfolio")
    @Operation(summary = "Committed, paid and remaining per axis, action and instrument; envelope and allotment"
            + " consumption; dossier count per status")
    public PortfolioViews.PortfolioView portfolio(@PathParam("code") String code,
                                                  @QueryParam("asOf") String asOf) {
        return PortfolioViews.view(portfolios.portfolio(code, ExportRequests.asOf(asOf)));
    }

    @GET
    @Path("{code}/portfolio.{format}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The portfolio tables (axis, action, instrument, programme total against the allotment) as"
            + " CSV or XLSX, as of a date (default today, Paris); audited with its SHA-256")
    public Response portfolioExport(@PathParam("code") String code,
                                    @PathParam("format") @Parameter(required = true,
                                           schema = @Schema(enumeration = {"csv", "xlsx"}))
                                    String format,
                                    @QueryParam("asOf") String asOf) {
        return ExportRequests.attachment(exports.portfolio(code, ExportRequests.asOf(asOf),
                ExportRequests.format(format)));
    }

    @GET
    @Path("{code}/paid-by-month")
    @Operation(summary = "Paid disbursements per month of value date up to asOf (default: all), with the running"
            + " total: one GROUP BY row per month with payments")
    public PortfolioViews.PaidByMonthView paidByMonth(@PathParam("code") String code,
                                                      @QueryParam("asOf") String asOf) {
        return PortfolioViews.view(code, portfolios.paidByMonth(code, ExportRequests.asOf(asOf)));
    }

    @GET
    @Path("{code}/impact")
    @Operation(summary = "Impact target versus actual per indicator, or per action or axis and indicator: only"
            + " dossiers with a signed agreement (AGREEMENT_SIGNED, IN_EXECUTION, COMPLETED) count; actual = the"
            + " latest accepted value per dossier and indicator; ratio = actual / target")
    public ImpactViews.ImpactView impact(@PathParam("code") String code,
                                         @QueryParam("by") @DefaultValue("indicator") String by,
                                         @QueryParam("lang") String lang) {
        ImpactBreakdown breakdown = ImpactBreakdown.fromParameter(by).orElseThrow(() -> invalid("by", by,
                Arrays.stream(ImpactBreakdown.values()).map(ImpactBreakdown::parameter).toList()));
        return ImpactViews.view(impacts.figures(code, breakdown, "en".equals(lang) ? "en" : "fr"));
    }

    private static Integer whole(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,9}")) {
            throw new RuleViolation("parameter.invalid", parameter + " must be a whole number",
                    List.of(new RuleViolation.Violation(parameter, "'" + value + "' is not a whole number")));
        }
        return Integer.parseInt(value.strip());
    }

    private static RuleViolation invalid(String parameter, String value, List<String> allowed) {
        return new RuleViolation("parameter.invalid", parameter + " must be one of " + allowed,
                List.of(new RuleViolation.Violation(parameter, "'" + value + "' is not one of " + allowed)));
    }

    static ProgrammeView view(Programme p, WhatIfViews.BudgetView budget) {
        return new ProgrammeView(p.getCode(), p.getName(), p.getLabel(), p.getOperatorName(), p.getLeadName(),
                p.getPartners(), p.getCurrency(), ApiFormat.money(p.getAllotment()),
                ApiFormat.money(p.getTargetTotalProjects()), p.targetLeverage().toPlainString(),
                p.getStartDate() == null ? null : p.getStartDate().toString(), p.getDurationYears(),
                p.getAxes().stream().sorted(Comparator.comparingInt(Axis::getNumber))
                        .map(ProgrammesResource::view).toList(),
                p.getEndDate() == null ? null : p.getEndDate().toString(), p.getVersion(),
                List.copyOf(p.getCommitteeMembers()), budget);
    }

    private static AxisView view(Axis axis) {
        return new AxisView(axis.getNumber(), axis.getTitle(), axis.getTitleEn(),
                axis.getActions().stream().sorted(Comparator.comparingInt(ProgrammeAction::getNumber))
                        .map(a -> new ActionView(a.getNumber(), a.getTitle(), a.getSummary(),
                                a.envelope().map(ApiFormat::money).orElse(null), a.getLeaders(), a.getTitleEn()))
                        .toList());
    }
}
