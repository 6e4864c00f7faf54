package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.agreement.boundary.AgreementView;
import org.levier.agreement.boundary.Agreements;
import org.levier.applicant.entity.Organisation;
import org.levier.disbursement.boundary.Disbursements;
import org.levier.disbursement.entity.Disbursement;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.dossier.entity.Dossier;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.DataWorkbooks;
import org.levier.reports.control.DisbursementStatement;
import org.levier.reports.control.DisbursementStatement.Kind;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.control.Page;

/**
 * The disbursement statement (état des versements) of a dossier: per tranche, then per instrument and in total,
 * what is committed, requested (pending approval), approved, paid, cancelled and what remains
 * (committed − paid − approved − requested); then what was paid, recovered (received on recovery orders) and paid
 * net of recoveries; then every payment with its value date and bank reference. The
 * instrument subtotals and the total are the agreement's positions, so they equal the {@code paid} and
 * {@code remaining} of {@code GET /api/v1/dossiers/{id}/agreement}. For the fund's managers and auditors (any
 * dossier) and the dossier's applicant (its own). PDF, or XLSX as a data workbook ({@link DataWorkbooks#statement}):
 * as of now, or of the request's {@code to}; 404 when the dossier has no agreement.
 */
@ApplicationScoped
public class DisbursementStatementReport implements ReportProducer {

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierAccess access;

    @Inject
    Agreements agreements;

    @Inject
    Disbursements disbursements;

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public ReportType type() {
        return ReportType.DISBURSEMENT_STATEMENT;
    }

    @Override
    public Produced produce(ReportCall call) {
        Dossier dossier = access.dossier(call, DossierAccess.MANAGERS_AND_AUDITORS);
        AgreementView agreement = call.applicant() != null ? agreements.getOwn(call.applicant(), dossier.getId())
                : agreements.get(dossier.getId());
        Programme programme = em.find(Programme.class, agreement.programmeId());
        Organisation organisation = em.find(Organisation.class, agreement.organisationId());
        DateTimeFormatter date = ReportRenderer.dates(call.locale());

        java.time.LocalDate to = call.request().to();
        boolean past = to != null && to.isBefore(call.generatedAt().atZone(ReportRenderer.ZONE).toLocalDate());
        List<Disbursement> all = past ? all(call, dossier.getId()) : List.of();
        Positions positions = past ? new StatementAsOf(all, to)
                : current(agreement, cancelledByTranche(agreement.id()));
        List<DisbursementStatement.Line> lines = lines(call, agreement, positions);
        Map<Long, AgreementView.TranchePosition> tranches = new HashMap<>();
        agreement.tranches().forEach(t -> tranches.put(t.id(), t));
        List<DisbursementStatement.Payment> payments = (past ? all : paid(call, dossier.getId())).stream()
                .filter(d -> d.getStatus() == DisbursementStatus.PAID)
                .filter(d -> to == null || !d.paidOn().orElseThrow().isAfter(to))
                .sorted(Comparator.comparing((Disbursement d) -> d.paidOn().orElseThrow())
                        .thenComparing(Disbursement::getId))
                .map(d -> new DisbursementStatement.Payment(trancheLabel(tranches.get(d.getTrancheId()), date),
                        call.label("instrument." + d.getInstrument().name()), date.format(d.paidOn().orElseThrow()),
                        d.bankReference().orElse(null), d.getAmount().amount(),
                        tranches.get(d.getTrancheId()) == null ? null : tranches.get(d.getTrancheId()).position() + 1,
                        d.getInstrument().name(), d.paidOn().orElseThrow()))
                .toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("DOSSIER", dossier.reference().orElse(call.label("dossier.noReference")) + " — "
                + dossier.getTitle() + (organisation == null ? "" : " — " + organisation.getLegalName()));
        parameters.put("AGREEMENT", MessageFormat.format(call.label("statement.agreement"),
                date.format(agreement.signedOn())) + (agreement.amendmentNumber() == 0 ? ""
                : " — " + MessageFormat.format(call.label("agreement.version.amended"),
                agreement.amendmentNumber())));
        parameters.put("PAYMENTS", payments);
        parameters.put("RECOVERIES", recoveries(call, agreement));
        var header = past ? new org.levier.reports.control.ReportHeader(programme.getCode(), programme.getName(),
                null, to, call.generatedAt(), call.callerName())
                : DueDiligenceReport.asOf(call, programme).header(programme);
        byte[] content = call.request().format() == ReportType.Format.XLSX
                ? DataWorkbooks.statement(lines, payments, past ? to
                        : call.generatedAt().atZone(ReportRenderer.ZONE).toLocalDate(), call.texts())
                : renderer.pdf(ReportType.DISBURSEMENT_STATEMENT, call.locale(), header, parameters, lines);
        return new Produced(DossierAccess.subject(dossier), content);
    }

    /** Where the statement's figures come from: today's positions, or those restated at a past day. */
    interface Positions {
        AgreementView.Position tranche(AgreementView.TranchePosition tranche);

        AgreementView.Position instrument(AgreementView.InstrumentPosition instrument);

        AgreementView.Position total(AgreementView agreement);

        BigDecimal cancelled(long trancheId);
    }

    /** Today's positions: the agreement's, and what was cancelled on each tranche. */
    static Positions current(AgreementView agreement, Map<Long, BigDecimal> cancelled) {
        return new Positions() {
            @Override
            public AgreementView.Position tranche(AgreementView.TranchePosition tranche) {
                return tranche.money();
            }

            @Override
            public AgreementView.Position instrument(AgreementView.InstrumentPosition instrument) {
                return instrument.position();
            }

            @Override
            public AgreementView.Position total(AgreementView view) {
                return view.total();
            }

            @Override
            public BigDecimal cancelled(long trancheId) {
                return cancelled.getOrDefault(trancheId, BigDecimal.ZERO.setScale(2));
            }
        };
    }

    /**
     * The agreement's paid money, what came back on its recovery orders (received) and the paid net of it: the
     * realised figure, as the realised leverage and the portfolio count it.
     */
    static String recoveries(ReportCall call, AgreementView agreement) {
        java.text.DecimalFormat euros = new java.text.DecimalFormat("#,##0.00 €",
                java.text.DecimalFormatSymbols.getInstance(call.locale()));
        return MessageFormat.format(call.label("statement.recoveries"),
                euros.format(agreement.total().paid().amount()), euros.format(agreement.recovered().amount()),
                euros.format(agreement.paidNet().amount()));
    }

    /** Tranche lines by instrument, each instrument's subtotal (its position), then the agreement's total. */
    static List<DisbursementStatement.Line> lines(ReportCall call, AgreementView agreement, Positions positions) {
        DateTimeFormatter date = ReportRenderer.dates(call.locale());
        List<DisbursementStatement.Line> lines = new ArrayList<>();
        BigDecimal cancelledTotal = BigDecimal.ZERO.setScale(2);
        for (AgreementView.InstrumentPosition instrument : agreement.instruments()) {
            List<AgreementView.TranchePosition> tranches = agreement.tranches().stream()
                    .filter(t -> t.instrument() == instrument.instrument())
                    .sorted(Comparator.comparingInt(AgreementView.TranchePosition::position))
                    .toList();
            if (tranches.isEmpty() && !instrument.position().committed().isPositive()) {
                continue;
            }
            String label = call.label("instrument." + instrument.instrument().name());
            BigDecimal instrumentCancelled = BigDecimal.ZERO.setScale(2);
            for (AgreementView.TranchePosition t : tranches) {
                BigDecimal trancheCancelled = positions.cancelled(t.id());
                instrumentCancelled = instrumentCancelled.add(trancheCancelled);
                lines.add(line(Kind.TRANCHE, trancheLabel(t, date), label, positions.tranche(t), trancheCancelled,
                        t, instrument.instrument().name()));
            }
            cancelledTotal = cancelledTotal.add(instrumentCancelled);
            lines.add(line(Kind.SUBTOTAL, MessageFormat.format(call.label("statement.subtotal"), label), null,
                    positions.instrument(instrument), instrumentCancelled, null, instrument.instrument().name()));
        }
        lines.add(line(Kind.TOTAL, call.label("statement.total"), null, positions.total(agreement), cancelledTotal,
                null, null));
        return lines;
    }

    private static DisbursementStatement.Line line(Kind kind, String tranche, String instrument,
                                                   AgreementView.Position p, BigDecimal cancelled,
                                                   AgreementView.TranchePosition t, String instrumentCode) {
        return new DisbursementStatement.Line(kind, tranche, instrument, p.committed().amount(),
                p.pending().amount(), p.approved().amount(), p.paid().amount(), cancelled, p.remaining().amount(),
                t == null ? null : t.position() + 1, t == null ? null : t.milestone(),
                t == null ? null : t.plannedOn(), instrumentCode);
    }

    private static String trancheLabel(AgreementView.TranchePosition t, DateTimeFormatter date) {
        return t == null ? "" : (t.position() + 1) + ". " + t.milestone() + " (" + date.format(t.plannedOn()) + ")";
    }

    /** What was cancelled on each tranche of the agreement, by one GROUP BY. */
    private Map<Long, BigDecimal> cancelledByTranche(long agreementId) {
        Map<Long, BigDecimal> cancelled = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT tranche_id, SUM(amount) FROM disbursement"
                        + " WHERE agreement_id = ?1 AND status = 'CANCELLED' GROUP BY tranche_id")
                .setParameter(1, agreementId)
                .getResultList();
        for (Object[] row : rows) {
            cancelled.put(((Number) row[0]).longValue(), new BigDecimal(row[1].toString()).setScale(2));
        }
        return cancelled;
    }

    /** The dossier's paid disbursements, through the disbursement boundary (the applicant's own), page by page. */
    private List<Disbursement> paid(ReportCall call, long dossierId) {
        return all(call, dossierId).stream().filter(d -> d.getStatus() == DisbursementStatus.PAID).toList();
    }

    /** Every disbursement of the dossier, through the disbursement boundary (the applicant's own), page by page. */
    private List<Disbursement> all(ReportCall call, long dossierId) {
        List<Disbursement> paid = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Disbursement> found = call.applicant() != null
                    ? disbursements.ofOwnDossier(call.applicant(), dossierId, page, Page.MAX_SIZE)
                    : disbursements.ofDossier(dossierId, page, Page.MAX_SIZE);
            paid.addAll(found.items());
            if (found.items().size() < Page.MAX_SIZE) {
                return paid;
            }
        }
    }
}
