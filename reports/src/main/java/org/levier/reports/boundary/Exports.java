package org.levier.reports.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.DossierSummary;
import org.levier.dossier.boundary.Dossiers;
import org.levier.portfolio.boundary.Portfolios;
import org.levier.portfolio.entity.Basis;
import org.levier.portfolio.entity.Breakdown;
import org.levier.portfolio.entity.Leverage;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.reports.ReportType;
import org.levier.reports.control.CsvWriter;
import org.levier.reports.control.ReportRenderer;
import org.levier.reports.control.XlsxWriter;
import org.levier.shared.control.Page;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * Data exports for staff and auditors, as CSV or XLSX: the dossier list (the list's filters, read page by page from
 * the database, every page), the portfolio and the leverage tables. Each download is data leaving the system: it is
 * recorded in the audit trail ({@code export.downloaded}: what, filters, rows, and the SHA-256 of the bytes handed
 * out), in the same transaction.
 *
 * <p>CSV is {@link CsvWriter}'s RFC 4180 (comma separated, UTF-8 with a byte-order mark, CRLF); numbers are plain
 * decimals with a dot and no grouping ({@code 37500000.00}, {@code 7.6800}) whatever the language, so that a
 * program reads them back exactly. XLSX cells hold the same exact numbers, formatted with 2 decimals (money) or 4
 * (ratios). Column names are fixed English identifiers (like the API's fields): the portfolio's {@code leftToPay}
 * (committed − paid net of recoveries) is the API's name; {@code remaining}, its former name, stays (same value).
 */
@Stateless
@RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
public class Exports {

    static final String ENTITY = "Export";
    static final int PAGE_SIZE = Page.MAX_SIZE;

    static final List<String> DOSSIER_COLUMNS = List.of("id", "reference", "title", "status", "organisation",
            "programme", "axis", "action", "callId", "requestedGrant", "requestedAdvance", "requestedEquity",
            "requestedTotal", "submittedAt", "updatedAt");
    static final List<String> PORTFOLIO_COLUMNS = List.of("asOf", "table", "key", "label", "committed", "paid",
            "remaining", "envelope", "consumption", "leftToPay");
    static final List<String> LEVERAGE_COLUMNS = List.of("asOf", "basis", "by", "key", "label", "fundContribution",
            "cofinancing", "privateMoney", "totalProjectCost", "leverage", "cofinancingMultiplier", "privateLeverage",
            "target");

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Dossiers dossiers;

    @Inject
    Portfolios portfolios;

    @Inject
    Programmes programmes;

    /** The staff's dossier list with its filters, every page (sorted by id), as one file. */
    public ReportFile dossiers(DossierFilter filter, ReportType.Format format) {
        Table table = table(format, "Dossiers");
        table.header(DOSSIER_COLUMNS);
        Map<Long, ProgrammeAction> actions = new HashMap<>();
        programmes.list().forEach(p -> p.getAxes().forEach(ax -> ax.getActions()
                .forEach(a -> actions.put(a.getId(), a))));
        int rows = 0;
        for (int page = 0; ; page++) {
            Page<DossierSummary> items = dossiers.list(filter, page, PAGE_SIZE, "id,asc");
            Map<Long, String> names = dossiers.organisationNames(items.items().stream()
                    .map(DossierSummary::organisationId).toList());
            for (DossierSummary d : items.items()) {
                ProgrammeAction action = actions.get(d.actionId());
                table.row(Arrays.asList(d.id(), d.reference(), d.title(), d.status().name(),
                        names.get(d.organisationId()), action == null ? null : action.getProgramme().getCode(),
                        action == null ? null : action.getAxis().getNumber(),
                        action == null ? null : action.getNumber(), d.callId(), amount(d.requestedGrant()),
                        amount(d.requestedAdvance()), amount(d.requestedEquity()), amount(d.requestedTotal()),
                        d.submittedAt() == null ? null : d.submittedAt().toString(),
                        d.updatedAt() == null ? null : d.updatedAt().toString()));
                rows++;
            }
            if (items.items().size() < PAGE_SIZE || (long) (page + 1) * PAGE_SIZE >= items.total()) {
                break;
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", filter.status() == null ? null : filter.status().name());
        details.put("programme", filter.programme());
        details.put("axis", filter.axis());
        details.put("action", filter.action());
        details.put("call", filter.call());
        details.put("q", filter.q());
        return record("dossiers", "dossiers", format, table, rows, details);
    }

    /**
     * The portfolio as of a date (null: today in Paris): per axis, action and instrument, then the programme's
     * total against the allotment (its {@code envelope} column).
     */
    public ReportFile portfolio(String programmeCode, LocalDate asOf, ReportType.Format format) {
        LocalDate date = asOf(asOf);
        Portfolios.PortfolioReport report = portfolios.portfolio(programmeCode, date);
        Table table = table(format, "Portfolio");
        table.header(PORTFOLIO_COLUMNS);
        int rows = 0;
        for (var part : List.of(Map.entry("axis", report.axes()), Map.entry("action", report.actions()),
                Map.entry("instrument", report.instruments()))) {
            for (Portfolios.PositionRow r : part.getValue()) {
                table.row(Arrays.asList(date.toString(), part.getKey(), r.key(), r.label(), r.committed(), r.paid(),
                        r.remaining(), r.envelope(), new XlsxWriter.Ratio(r.envelopeConsumption()), r.leftToPay()));
                rows++;
            }
        }
        table.row(Arrays.asList(date.toString(), "programme", report.programme(), "allotment", report.committed(),
                report.paid(), report.remaining(), report.allotment(),
                new XlsxWriter.Ratio(report.allotmentConsumption()), report.leftToPay()));
        rows++;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("programme", report.programme());
        details.put("asOf", date.toString());
        return record("portfolio", report.programme() + "-" + compact(date), format, table, rows, details);
    }

    /**
     * The leverage tables as of a date (null: today in Paris): for each basis asked (null: the three) and each
     * breakdown asked (null: axis, action and source), its rows then the programme's total against the target.
     */
    public ReportFile leverage(String programmeCode, Breakdown by, Basis basis, LocalDate asOf,
                               ReportType.Format format) {
        LocalDate date = asOf(asOf);
        List<Basis> bases = basis == null ? List.of(Basis.values()) : List.of(basis);
        List<Breakdown> breakdowns = by == null ? List.of(Breakdown.AXIS, Breakdown.ACTION, Breakdown.SOURCE)
                : List.of(by);
        Table table = table(format, "Leverage");
        table.header(LEVERAGE_COLUMNS);
        int rows = 0;
        String programme = null;
        for (Basis b : bases) {
            Portfolios.LeverageReport last = null;
            for (Breakdown cut : breakdowns) {
                Portfolios.LeverageReport report = portfolios.leverage(programmeCode, b, cut, date);
                boolean bySource = cut == Breakdown.SOURCE;
                for (Portfolios.LeverageRow r : report.rows()) {
                    Leverage l = r.sums();
                    // Per source type the fund is the programme's: no total cost or leverage of its own.
                    table.row(Arrays.asList(date.toString(), b.parameter(), cut.parameter(), r.key(), r.label(),
                            l.fundContribution(), l.cofinancing(), l.privateMoney(),
                            bySource ? null : l.totalProjectCost(),
                            new XlsxWriter.Ratio(bySource ? null : l.leverage()),
                            new XlsxWriter.Ratio(l.cofinancingMultiplier()),
                            new XlsxWriter.Ratio(l.privateLeverage()), null));
                    rows++;
                }
                last = report;
            }
            Leverage t = last.total();
            programme = last.programme();
            table.row(Arrays.asList(date.toString(), b.parameter(), "total", last.programme(), null,
                    t.fundContribution(), t.cofinancing(), t.privateMoney(), t.totalProjectCost(),
                    new XlsxWriter.Ratio(t.leverage()), new XlsxWriter.Ratio(t.cofinancingMultiplier()),
                    new XlsxWriter.Ratio(t.privateLeverage()), new XlsxWriter.Ratio(last.target())));
            rows++;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("programme", programme);
        details.put("asOf", date.toString());
        details.put("by", by == null ? null : by.parameter());
        details.put("basis", basis == null ? null : basis.parameter());
        return record("leverage", programme + "-" + compact(date), format, table, rows, details);
    }

    /** Today in the fund's zone, unless a date is given. */
    public LocalDate asOf(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.ofInstant(clock.instant(), ReportRenderer.ZONE);
    }

    private ReportFile record(String what, String subject, ReportType.Format format, Table table, int rows,
                              Map<String, Object> details) {
        byte[] content = table.bytes();
        String sha256 = Reports.sha256(content);
        String extension = format.name().toLowerCase(Locale.ROOT);
        String fileName = (what + "-" + (what.equals(subject) ? "" : subject + "-")
                + compact(LocalDate.ofInstant(clock.instant(), ReportRenderer.ZONE)))
                .replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension;
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("export", what);
        changes.put("format", extension);
        details.forEach((k, v) -> changes.put(k, v == null ? null : String.valueOf(v)));
        changes.put("rows", rows);
        changes.put("sha256", sha256);
        changes.put("bytes", content.length);
        changes.values().removeIf(Objects::isNull);
        audit.record("export.downloaded", ENTITY, what, "Export " + what + " (" + extension + ", " + rows
                + " rows) downloaded, SHA-256 " + sha256, changes);
        return new ReportFile(fileName, Reports.contentType(format), content, sha256);
    }

    private static String compact(LocalDate date) {
        return DateTimeFormatter.BASIC_ISO_DATE.format(date);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    static Table table(ReportType.Format format, String sheet) {
        return switch (format) {
            case CSV -> new CsvTable();
            case XLSX -> new XlsxTable(sheet);
            case PDF -> throw new RuleViolation("export.format.unsupported", "Exports are csv or xlsx",
                    List.of(new RuleViolation.Violation("format", "csv or xlsx")));
        };
    }

    /** Where an export's rows go. */
    interface Table {
        void header(List<String> columns);

        void row(List<?> cells);

        byte[] bytes();
    }

    private static final class CsvTable implements Table {
        private final CsvWriter csv = new CsvWriter();

        @Override
        public void header(List<String> columns) {
            csv.row(columns);
        }

        @Override
        public void row(List<?> cells) {
            List<Object> plain = new ArrayList<>(cells.size());
            for (Object cell : cells) {
                plain.add(switch (cell) {
                    case null -> null;
                    // BigDecimal stays a Number (a negative amount is no formula to defuse); at scale 2 or 4
                    // its toString is its plain decimal text.
                    case XlsxWriter.Ratio(BigDecimal value) -> value;
                    default -> cell;
                });
            }
            csv.row(plain);
        }

        @Override
        public byte[] bytes() {
            return csv.bytes();
        }
    }

    private static final class XlsxTable implements Table {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final XlsxWriter xlsx;

        XlsxTable(String sheet) {
            xlsx = new XlsxWriter(out, sheet);
        }

        @Override
        public void header(List<String> columns) {
            xlsx.header(columns);
        }

        @Override
        public void row(List<?> cells) {
            xlsx.row(cells);
        }

        @Override
        public byte[] bytes() {
            xlsx.close();
            return out.toByteArray();
        }
    }
}
