package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
 * dossier) and the dossier's applicant (its own). PDF and XLSX, as of now; 404 when the dossier has no agreement.
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
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(call.locale());

        List<DisbursementStatement.Line> lines = lines(call, agreement, cancelledByTranche(agreement.id()));
        Map<Long, AgreementView.TranchePosition> tranches = new HashMap<>();
        agreement.tranches().forEach(t -> tranches.put(t.id(), t));
        List<DisbursementStatement.Payment> payments = paid(call, dossier.getId()).stream()
                .sorted(Comparator.comparing((Disbursement d) -> d.paidOn().orElseThrow())
                        .thenComparing(Disbursement::getId))
                .map(d -> new DisbursementStatement.Payment(trancheLabel(tranches.get(d.getTrancheId()), date),
                        call.label("instrument." + d.getInstrument().name()), date.format(d.paidOn().orElseThrow()),
                        d.bankReference().orElse(null), d.getAmount().amount()))
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
        var header = DueDiligenceReport.asOf(call, programme).header(programme);
        byte[] content = call.request().format() == ReportType.Format.XLSX
                ? renderer.xlsx(ReportType.DISBURSEMENT_STATEMENT, call.locale(), header, parameters, lines)
                : renderer.pdf(ReportType.DISBURSEMENT_STATEMENT, call.locale(), header, parameters, lines);
        return new Produced(DossierAccess.subject(dossier), content);
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
    static List<DisbursementStatement.Line> lines(ReportCall call, AgreementView agreement,
                                                  Map<Long, BigDecimal> cancelled) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(call.locale());
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
                BigDecimal trancheCancelled = cancelled.getOrDefault(t.id(), BigDecimal.ZERO.setScale(2));
                instrumentCancelled = instrumentCancelled.add(trancheCancelled);
                lines.add(line(Kind.TRANCHE, trancheLabel(t, date), label, t.money(), trancheCancelled));
            }
            cancelledTotal = cancelledTotal.add(instrumentCancelled);
            lines.add(line(Kind.SUBTOTAL, MessageFormat.format(call.label("statement.subtotal"), label), null,
                    instrument.position(), instrumentCancelled));
        }
        lines.add(line(Kind.TOTAL, call.label("statement.total"), null, agreement.total(), cancelledTotal));
        return lines;
    }

    private static DisbursementStatement.Line line(Kind kind, String tranche, String instrument,
                                                   AgreementView.Position p, BigDecimal cancelled) {
        return new DisbursementStatement.Line(kind, tranche, instrument, p.committed().amount(),
                p.pending().amount(), p.approved().amount(), p.paid().amount(), cancelled, p.remaining().amount());
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
        List<Disbursement> paid = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Disbursement> found = call.applicant() != null
                    ? disbursements.ofOwnDossier(call.applicant(), dossierId, page, Page.MAX_SIZE)
                    : disbursements.ofDossier(dossierId, page, Page.MAX_SIZE);
            found.items().stream().filter(d -> d.getStatus() == DisbursementStatus.PAID).forEach(paid::add);
            if (found.items().size() < Page.MAX_SIZE) {
                return paid;
            }
        }
    }
}
