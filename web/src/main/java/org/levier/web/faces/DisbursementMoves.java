package org.levier.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import org.levier.disbursement.boundary.Disbursements;

/**
 * The staff's moves on one disbursement request, with the fields their forms fill: approve (a fund director other
 * than the requester), pay (value date, bank reference), cancel before payment (reason). Every refusal of the
 * domain is shown by {@link Messages}; the fields are cleared once a move went through.
 */
@Dependent
public class DisbursementMoves implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Disbursements disbursements;

    private LocalDate valueDate;
    private String bankReference;
    private String cancelReason;

    public boolean approve(long disbursementId) {
        return Messages.attempt(() -> disbursements.approve(disbursementId), "disbursement.approved", disbursementId);
    }

    public boolean pay(long disbursementId) {
        if (valueDate == null || bankReference == null || bankReference.isBlank()) {
            Messages.error("disbursement.pay.incomplete");
            return false;
        }
        boolean paid = Messages.attempt(() -> disbursements.pay(disbursementId, valueDate, bankReference.strip()),
                "disbursement.paid", disbursementId);
        if (paid) {
            valueDate = null;
            bankReference = null;
        }
        return paid;
    }

    public boolean cancel(long disbursementId) {
        if (cancelReason == null || cancelReason.isBlank()) {
            Messages.error("disbursement.cancel.incomplete");
            return false;
        }
        boolean cancelled = Messages.attempt(() -> disbursements.cancel(disbursementId, cancelReason.strip()),
                "disbursement.cancelled");
        if (cancelled) {
            cancelReason = null;
        }
        return cancelled;
    }

    public LocalDate getValueDate() {
        return valueDate;
    }

    public void setValueDate(LocalDate valueDate) {
        this.valueDate = valueDate;
    }

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
