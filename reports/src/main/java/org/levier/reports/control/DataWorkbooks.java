package org.levier.reports.control;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The programme reports and the disbursement statement as data workbooks (XLSX): one sheet (two for the statement),
 * one header row (frozen, with an autofilter), then one row per figure — no title or footer cells. Amounts and
 * ratios are numbers, dates dates, each code (axis or action number, instrument, line kind) next to its label in the
 * report's language. The programme reports leave their totals out: they are the sums of the rows (a pivot table or a
 * filter recomputes them), so that nothing is counted twice; the statement keeps its subtotals and total, which are
 * the agreement's own positions, told apart by their line-kind code.
 */
public final class DataWorkbooks {

    private DataWorkbooks() {
    }

    /** Portfolio: per axis, action and instrument, committed, paid, left to pay, envelope, its use and leverage. */
    public static byte[] portfolio(PortfolioSheet sheet, LocalDate asOf, ResourceBundle texts) {
        List<List<?>> rows = new ArrayList<>();
        add(rows, asOf, texts.getString("portfolio.byAxis"), sheet.getAxes());
        add(rows, asOf, texts.getString("portfolio.byAction"), sheet.getActions());
        add(rows, asOf, texts.getString("portfolio.byInstrument"), sheet.getInstruments());
        return workbook(texts.getString("portfolio.title"), List.of(texts.getString("header.asOf.column"),
                texts.getString("xlsx.col.breakdown"), texts.getString("xlsx.col.code"),
                texts.getString("xlsx.col.label"), texts.getString("portfolio.col.committed"),
                texts.getString("portfolio.col.paid"), texts.getString("portfolio.col.remaining"),
                texts.getString("portfolio.col.envelope"), texts.getString("xlsx.col.consumption"),
                texts.getString("portfolio.col.leverage")), rows);
    }

    private static void add(List<List<?>> rows, LocalDate asOf, String breakdown,
                            List<PortfolioSheet.Position> positions) {
        for (PortfolioSheet.Position p : positions) {
            rows.add(Arrays.asList(asOf, breakdown, p.getKey(), p.getLabel(), p.getCommitted(), p.getPaid(),
                    p.getRemaining(), p.getEnvelope(), ratio(p.getEnvelopeConsumption()), ratio(p.getLeverage())));
        }
    }

    /** Leverage: per breakdown and basis (the section), each group's sums and ratios. */
    public static byte[] leverage(LeverageSheet sheet, LocalDate asOf, ResourceBundle texts) {
        List<List<?>> rows = new ArrayList<>();
        for (LeverageSheet.Section section : sheet.getSections()) {
            for (LeverageSheet.Line l : section.getRows()) {
                rows.add(Arrays.asList(asOf, section.getTitle(), l.getKey(), l.getLabel(), l.getFundContribution(),
                        l.getTotalProjectCost(), l.getCofinancing(), l.getPrivateMoney(), ratio(l.getLeverage()),
                        ratio(l.getCofinancingMultiplier()), ratio(l.getPrivateLeverage())));
            }
        }
        return workbook(texts.getString("leverage.title"), List.of(texts.getString("header.asOf.column"),
                texts.getString("xlsx.col.breakdown"), texts.getString("xlsx.col.code"),
                texts.getString("xlsx.col.label"), texts.getString("leverage.col.fund"),
                texts.getString("leverage.col.totalCost"), texts.getString("leverage.col.cofinancing"),
                texts.getString("xlsx.col.private"), texts.getString("leverage.col.leverage"),
                texts.getString("xlsx.col.multiplier"), texts.getString("xlsx.col.privateLeverage")), rows);
    }

    /** Impact: per section (programme, axis) and indicator, target, actual and their ratio. */
    public static byte[] impact(List<ImpactRow> impact, LocalDate asOf, ResourceBundle texts) {
        List<List<?>> rows = new ArrayList<>();
        for (ImpactRow r : impact) {
            rows.add(Arrays.asList(asOf, r.getSection(), r.getIndicator(), r.getUnit(), r.getTarget(), r.getActual(),
                    ratio(r.getRatio()), r.getDossiers(), r.getReporting()));
        }
        return workbook(texts.getString("impact.title"), List.of(texts.getString("header.asOf.column"),
                texts.getString("xlsx.col.breakdown"), texts.getString("impact.col.indicator"),
                texts.getString("impact.col.unit"), texts.getString("impact.col.target"),
                texts.getString("impact.col.actual"), texts.getString("impact.col.ratio"),
                texts.getString("xlsx.col.dossiers"), texts.getString("xlsx.col.reporting")), rows);
    }

    /**
     * The disbursement statement: a first sheet of positions, one row per tranche, instrument subtotal and the total
     * (the line's kind as a code — {@code TRANCHE}, {@code SUBTOTAL}, {@code TOTAL} — and in words, so that a filter
     * on the code keeps the tranches alone; the subtotals and the total are the agreement's own positions), with the
     * tranche's number, milestone and planned date and the instrument's code and label; a second sheet of the
     * payments made (tranche number, instrument code and label, value date, bank reference, amount).
     */
    public static byte[] statement(List<DisbursementStatement.Line> lines, List<DisbursementStatement.Payment> payments,
                                   LocalDate asOf, ResourceBundle texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, List.of(texts.getString("statement.title"),
                texts.getString("statement.payments")))) {
            xlsx.header(List.of(texts.getString("header.asOf.column"), texts.getString("xlsx.col.lineKind"),
                    texts.getString("xlsx.col.line"), texts.getString("xlsx.col.trancheNumber"),
                    texts.getString("xlsx.col.milestone"), texts.getString("xlsx.col.plannedOn"),
                    texts.getString("xlsx.col.instrumentCode"), texts.getString("statement.col.instrument"),
                    texts.getString("statement.col.committed"), texts.getString("statement.col.requested"),
                    texts.getString("statement.col.approved"), texts.getString("statement.col.paid"),
                    texts.getString("statement.col.cancelled"), texts.getString("statement.col.remaining")));
            for (DisbursementStatement.Line l : lines) {
                String instrument = l.getInstrumentCode() == null ? null
                        : texts.getString("instrument." + l.getInstrumentCode());
                xlsx.row(Arrays.asList(asOf, l.getKind(), l.getTranche(), l.getTrancheNumber(), l.getMilestone(),
                        l.getPlannedOn(), l.getInstrumentCode(), instrument, l.getCommitted(), l.getRequested(),
                        l.getApproved(), l.getPaid(), l.getCancelled(), l.getRemaining()));
            }
            xlsx.nextSheet().header(List.of(texts.getString("xlsx.col.trancheNumber"),
                    texts.getString("statement.col.tranche"), texts.getString("xlsx.col.instrumentCode"),
                    texts.getString("statement.col.instrument"), texts.getString("statement.col.valueDate"),
                    texts.getString("statement.col.bankReference"), texts.getString("statement.col.amount")));
            for (DisbursementStatement.Payment p : payments) {
                xlsx.row(Arrays.asList(p.getTrancheNumber(), p.getTranche(), p.getInstrumentCode(),
                        p.getInstrument(), p.getValueDay(), p.getBankReference(), p.getAmount()));
            }
        }
        return out.toByteArray();
    }

    private static XlsxWriter.Ratio ratio(BigDecimal value) {
        return new XlsxWriter.Ratio(value);
    }

    private static byte[] workbook(String sheetName, List<String> header, List<List<?>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, sheetName)) {
            xlsx.header(header);
            rows.forEach(xlsx::row);
        }
        return out.toByteArray();
    }
}
