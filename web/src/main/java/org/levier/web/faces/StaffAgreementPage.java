package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.levier.agreement.boundary.AgreementView;
import org.levier.agreement.boundary.Agreements;
import org.levier.disbursement.boundary.DisbursementRequest;
import org.levier.disbursement.boundary.DisbursementRequests;
import org.levier.disbursement.boundary.Disbursements;
import org.levier.disbursement.entity.Disbursement;
import org.levier.document.boundary.Documents;
import org.levier.document.boundary.Documents.DocumentInfo;
import org.levier.equity.boundary.EquityStakes;
import org.levier.equity.boundary.StakeView;
import org.levier.repayment.boundary.Repayments;
import org.levier.repayment.boundary.ScheduleView;
import org.levier.shared.control.Page;

/**
 * An agreement as the fund's staff and auditors read it ({@code /app/staff/agreement.xhtml?dossier=}), with the
 * staff's commands: a condition precedent met on a date with its evidence, or withdrawn with a reason, an amendment
 * ({@link AgreementForms}); a disbursement request (analyst), and on each request approve (director, never the
 * requester: the domain refuses it), pay (value date, bank reference) and cancel (reason), the same commands as the
 * approval queue's ({@link DisbursementMoves}); the repayment schedule, repayments, reversals and write-offs
 * ({@link RepaymentForms}); the equity stake, valuations and exits ({@link EquityForms}). The roles are the use
 * cases'; after each command the page is read again (PRG).
 */
@Named
@ViewScoped
public class StaffAgreementPage extends AgreementSheet {

    private static final long serialVersionUID = 1L;

    @Inject
    Agreements agreements;

    @Inject
    Disbursements disbursements;

    @Inject
    DisbursementRequests requests;

    @Inject
    Repayments repayments;

    @Inject
    EquityStakes stakes;

    @Inject
    Documents documents;

    @Inject
    DisbursementMoves moves;

    @Inject
    AgreementForms agreementForms;

    @Inject
    RepaymentForms repaymentForms;

    @Inject
    EquityForms equityForms;

    @Override
    protected AgreementView readAgreement(long dossierId) {
        return agreements.get(dossierId);
    }

    @Override
    protected Page<Disbursement> readDisbursements(long dossierId) {
        return disbursements.ofDossier(dossierId, 0, DISBURSEMENTS_SHOWN);
    }

    @Override
    protected ScheduleView readSchedule(long dossierId) {
        return repayments.get(dossierId);
    }

    @Override
    protected StakeView readStake(long dossierId) {
        return stakes.get(dossierId);
    }

    @Override
    protected List<DocumentInfo> readDocuments(long dossierId) {
        return documents.list(dossierId);
    }

    @Override
    protected void request(long dossierId, DisbursementRequest request) {
        requests.request(dossierId, request);
    }

    // --- the agreement: conditions and amendments ---

    public String markConditionMet() {
        return reloaded(agreementForms.markConditionMet(getDossier()));
    }

    public String withdrawConditionMet() {
        return reloaded(agreementForms.withdrawConditionMet(getDossier()));
    }

    public String amend() {
        return reloaded(agreementForms.amend(getDossier(), getAgreement()));
    }

    /** The live tranches, as the amendment form edits them. */
    public List<AgreementForms.TrancheLine> getAmendmentLines() {
        return agreementForms.lines(getAgreement());
    }

    // --- the repayable advance ---

    public String generateSchedule() {
        return reloaded(repaymentForms.generate(getDossier()));
    }

    public String recordRepayment() {
        return reloaded(repaymentForms.record(getDossier()));
    }

    public String reverseRepayment(long repaymentId) {
        return reloaded(repaymentForms.reverse(getDossier(), repaymentId));
    }

    public String writeOff() {
        return reloaded(repaymentForms.writeOff(getDossier()));
    }

    // --- the equity stake ---

    public String recordStake() {
        return reloaded(equityForms.record(getDossier()));
    }

    public String valueStake() {
        return reloaded(equityForms.value(getDossier()));
    }

    public String exitStake() {
        return reloaded(equityForms.exit(getDossier()));
    }

    /** Whether a condition is marked met (one can be withdrawn). */
    public boolean isAnyConditionMet() {
        return getAgreement() != null && getAgreement().conditions().stream().anyMatch(c -> c.met());
    }

    /** Whether the agreement commits a repayable advance (a schedule can be generated) or equity. */
    public boolean commits(String instrument) {
        return getAgreement() != null && getAgreement().position(
                org.levier.shared.entity.Instrument.valueOf(instrument)).committed().isPositive();
    }

    /** The moves: after one went through, the page is read again (PRG) so that every total shows it. */
    public String approve(long disbursementId) {
        return reloaded(moves.approve(disbursementId));
    }

    public String pay(long disbursementId) {
        return reloaded(moves.pay(disbursementId));
    }

    public String cancel(long disbursementId) {
        return reloaded(moves.cancel(disbursementId));
    }

    private String reloaded(boolean moved) {
        refresh();
        if (!moved) {
            return null;
        }
        Messages.keepAcrossRedirect();
        return "/app/staff/agreement?faces-redirect=true&dossier=" + getDossier();
    }

    public DisbursementMoves getMoves() {
        return moves;
    }

    public AgreementForms getAgreementForms() {
        return agreementForms;
    }

    public RepaymentForms getRepaymentForms() {
        return repaymentForms;
    }

    public EquityForms getEquityForms() {
        return equityForms;
    }
}
