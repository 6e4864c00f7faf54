package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.levier.agreement.boundary.AgreementView;
import org.levier.agreement.boundary.Agreements;
import org.levier.disbursement.boundary.DisbursementRequest;
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
 * staff's commands: a condition precedent met on a date, a disbursement request (analyst), and on each request
 * approve (director, never the requester: the domain refuses it), pay (value date, bank reference) and cancel
 * (reason), the same commands as the approval queue's ({@link DisbursementMoves}). The roles are the use cases'.
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
    Repayments repayments;

    @Inject
    EquityStakes stakes;

    @Inject
    Documents documents;

    @Inject
    DisbursementMoves moves;

    private Long conditionId;
    private LocalDate metOn;

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
        disbursements.request(dossierId, request);
    }

    /** Records the chosen condition precedent as met on the date given. */
    public void markConditionMet() {
        if (conditionId == null || metOn == null) {
            Messages.error("condition.form.incomplete");
            return;
        }
        if (Messages.attempt(() -> agreements.markConditionMet(getDossier(), conditionId, metOn),
                "condition.marked")) {
            conditionId = null;
            metOn = null;
        }
        refresh();
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

    public Long getConditionId() {
        return conditionId;
    }

    public void setConditionId(Long conditionId) {
        this.conditionId = conditionId;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public void setMetOn(LocalDate metOn) {
        this.metOn = metOn;
    }
}
