package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.levier.dossier.entity.DossierStatus;
import org.levier.portfolio.boundary.Portfolios;
import org.levier.portfolio.control.PortfolioQueries;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.Programme;
import org.levier.shared.control.Clocks;
import org.levier.shared.entity.Role;

/**
 * The staff's and auditors' dashboard ({@code /app/staff/dashboard.xhtml?asOf=YYYY-MM-DD&basis=committed}): leverage
 * by axis against the target on a basis, commitments against the allotment and each action's envelope, cumulative
 * payments by value date, and the pipeline (dossiers per status). Every figure comes from the portfolio's
 * {@code GROUP BY} aggregates ({@link Portfolios}), as of a date (default today in Paris) so that it can be
 * reconciled with the API and the exports of the same date. Each chart (Chart.js through {@code p:chart}, its JSON
 * model built here) has a table with the same numbers.
 */
@Named
@RequestScoped
public class DashboardPage {

    static final String[] COLOURS = {"#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#b45309", "#0e7490"};

    @Inject
    Portfolios portfolios;

    @Inject
    Programmes programmes;

    @Inject
    UserView user;

    @Inject
    LocaleView localeView;

    @Inject
    Clock clock;

    private String asOfText;
    private String basisText;
    private LocalDate asOf;
    private Basis basis;
    private Programme programme;
    private Portfolios.LeverageReport leverage;
    private Portfolios.PortfolioReport portfolio;
    private List<PortfolioQueries.MonthPaid> months;

    /** A status and its dossier count. */
    public record StatusCount(DossierStatus status, long count) {
    }

    /** The view action: staff and auditors only; a bad date or basis falls back to the defaults. */
    public void load() {
        if (!(user.has(Role.ANALYST) || user.has(Role.FUND_DIRECTOR) || user.isAuditor())) {
            AgreementSheet.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
        }
    }

    public LocalDate getAsOf() {
        if (asOf == null) {
            asOf = parse(asOfText).orElseGet(() -> LocalDate.ofInstant(clock.instant(), Clocks.FUND_ZONE));
        }
        return asOf;
    }

    /** The date asked for, or null for today's figures (read from the maintained programme figures). */
    private LocalDate chosenAsOf() {
        return parse(asOfText).orElse(null);
    }

    /** The date asked for, typed {@code 30/11/2028} or carried by a link as {@code 2028-11-30}. */
    private static java.util.Optional<LocalDate> parse(String text) {
        return TypedDates.parse(text);
    }

    public Basis getBasis() {
        if (basis == null) {
            basis = Basis.fromParameter(basisText == null ? "" : basisText.strip()).orElse(Basis.COMMITTED);
        }
        return basis;
    }

    public List<Basis> getBases() {
        return List.of(Basis.values());
    }

    public Programme getProgramme() {
        if (programme == null) {
            programme = programmes.findByCode(ProgrammePage.DEFAULT_CODE)
                    .orElseGet(() -> programmes.list().getFirst());
        }
        return programme;
    }

    public Portfolios.LeverageReport getLeverage() {
        if (leverage == null) {
            leverage = portfolios.leverage(getProgramme().getCode(), getBasis(), Breakdown.AXIS, chosenAsOf());
        }
        return leverage;
    }

    public Portfolios.PortfolioReport getPortfolio() {
        if (portfolio == null) {
            portfolio = portfolios.portfolio(getProgramme().getCode(), chosenAsOf());
        }
        return portfolio;
    }

    public List<PortfolioQueries.MonthPaid> getMonths() {
        if (months == null) {
            months = portfolios.paidByMonth(getProgramme().getCode(), getAsOf());
        }
        return months;
    }

    /** Every status, in the workflow's order, with its count (zero when none). */
    public List<StatusCount> getPipeline() {
        Map<String, Long> counts = getPortfolio().pipeline();
        return Arrays.stream(DossierStatus.values())
                .map(s -> new StatusCount(s, counts.getOrDefault(s.name(), 0L))).toList();
    }

    /** The axis's title in the view's language. */
    public String axisTitle(String key) {
        return getProgramme().getAxes().stream().filter(a -> String.valueOf(a.getNumber()).equals(key))
                .map(a -> a.title(localeView.getLanguage())).findFirst().orElse(key);
    }

    /** "August 2026" / "août 2026". */
    public String month(YearMonth month) {
        Locale locale = localeView.getLocale();
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    /** The exact value of a number cell (its data-value): the plain decimal the API writes; "" for none. */
    public String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    public String getAsOfIso() {
        return getAsOf().toString();
    }

    /** The date of the figures as the form shows it ({@code 30/11/2028}). */
    public String getAsOfShown() {
        return TypedDates.format(getAsOf());
    }

    /** The back office's export address for these figures ({@code /app/staff/export}). */
    public String export(String what, String format) {
        StringBuilder url = new StringBuilder("/app/staff/export?what=").append(what).append("&format=")
                .append(format).append("&programme=").append(encode(getProgramme().getCode()));
        if (!"dossiers".equals(what)) {
            url.append("&asOf=").append(getAsOf());
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // --- the charts' models (Chart.js configurations) ---

    /** Leverage per axis (bars) against the programme's target (a line). */
    public String getLeverageChart() {
        var rows = getLeverage().rows();
        List<String> labels = rows.stream().map(r -> r.key() + ". " + axisTitle(r.key())).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(text("dash.leverage.series"), rows.stream().map(r -> r.sums().leverage()).toList(), 0)
                        .add("type", "bar").add("order", 2))
                .add(dataset(text("dash.leverage.target"), rows.stream().map(r -> getLeverage().target()).toList(), 1)
                        .add("type", "line").add("order", 1).add("pointRadius", 0).add("borderDash",
                                Json.createArrayBuilder().add(6).add(4)));
        return config("bar", labels, datasets, text("dash.leverage.title"), false);
    }

    /** Committed and paid per action against its envelope. */
    public String getEnvelopeChart() {
        var rows = getPortfolio().actions();
        List<String> labels = rows.stream().map(r -> r.key()).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(text("dash.committed"), rows.stream().map(Portfolios.PositionRow::committed).toList(), 0))
                .add(dataset(text("dash.paid"), rows.stream().map(Portfolios.PositionRow::paid).toList(), 2))
                .add(dataset(text("dash.envelope"), rows.stream().map(Portfolios.PositionRow::envelope).toList(), 1));
        return config("bar", labels.stream().map(k -> text("dash.action.short") + " " + k).toList(), datasets,
                text("dash.envelopes.title"), false);
    }

    /** The programme's committed and paid against its allotment (horizontal bars). */
    public String getAllotmentChart() {
        var p = getPortfolio();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(text("dash.amount"), List.of(p.allotment(), p.committed(), p.paid()), 0)
                        .add("backgroundColor", Json.createArrayBuilder().add("#9ca3af").add(COLOURS[0])
                                .add(COLOURS[2])));
        return config("bar", List.of(text("dash.allotment"), text("dash.committed"), text("dash.paid")), datasets,
                text("dash.allotment.title"), true);
    }

    /** Cumulative payments by month of value date. */
    public String getPaidChart() {
        var rows = getMonths();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(text("dash.paid.cumulative"),
                        rows.stream().map(PortfolioQueries.MonthPaid::cumulative).toList(), 2)
                        .add("fill", false).add("stepped", true));
        return config("line", rows.stream().map(m -> month(m.month())).toList(), datasets,
                text("dash.paid.title"), false);
    }

    /** Dossiers per status, in the workflow's order (horizontal bars: a funnel). */
    public String getPipelineChart() {
        var rows = getPipeline();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(text("dash.dossiers"), rows.stream().map(r -> BigDecimal.valueOf(r.count())).toList(), 3));
        return config("bar", rows.stream().map(r -> text("status." + r.status().name())).toList(), datasets,
                text("dash.pipeline.title"), true);
    }

    private static JsonObjectBuilder dataset(String label, List<BigDecimal> values, int colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        return Json.createObjectBuilder().add("label", label).add("data", data)
                .add("backgroundColor", COLOURS[colour % COLOURS.length])
                .add("borderColor", COLOURS[colour % COLOURS.length]);
    }

    private String config(String type, List<String> labels, JsonArrayBuilder datasets, String title,
                          boolean horizontal) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                // Chart.js formats ticks and tooltips with Intl in the view's language ("7,68" / "7.68").
                .add("locale", localeView.isEnglish() ? "en-GB" : "fr-FR")
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", false).add("text", title))
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        String json = Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options).build().toString();
        // Written into an inline script: no "</script>" or HTML may close it early.
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private String text(String key) {
        return Messages.text(key);
    }

    // --- page parameters ---

    public String getAsOfText() {
        return asOfText;
    }

    public void setAsOfText(String asOfText) {
        this.asOfText = asOfText;
        this.asOf = null;
    }

    public String getBasisText() {
        return getBasis().parameter();
    }

    public void setBasisText(String basisText) {
        this.basisText = basisText;
        this.basis = null;
    }

}
