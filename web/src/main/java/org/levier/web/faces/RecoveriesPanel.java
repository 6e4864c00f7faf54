package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.levier.banking.boundary.BankAccounts;
import org.levier.banking.entity.BankAccount;
import org.levier.recovery.boundary.Recoveries;
import org.levier.shared.control.Clocks;
import org.levier.shared.entity.Money;

/**
 * On the staff's agreement page: the beneficiary's bank account (full IBAN for the staff, in force or awaiting
 * verification) and the dossier's recovery orders with what is outstanding and overdue; a fund director orders a
 * recovery (amount, reason, due date) and records what was received on an order (amount, date, bank reference).
 */
@Named
@ViewScoped
public class RecoveriesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Recoveries recoveries;

    @Inject
    BankAccounts bankAccounts;

    private java.math.BigDecimal amount;
    private String reason;
    private LocalDate dueOn;
    private Long orderId;
    private java.math.BigDecimal receivedAmount;
    private LocalDate receivedOn;
    private String bankReference;

    public Recoveries.DossierRecoveries of(long dossierId) {
        return recoveries.ofDossier(dossierId);
    }

    public BankAccount accountOf(long organisationId) {
        Optional<BankAccount> account = bankAccounts.ofOrganisation(organisationId);
        return account.orElse(null);
    }

    public boolean overdue(org.levier.recovery.entity.RecoveryOrder order) {
        return order.isOverdue(LocalDate.now(Clocks.FUND_ZONE));
    }

    public void order(long dossierId) {
        if (Messages.attempt(() -> recoveries.order(dossierId, amount == null ? null : Money.eur(amount), reason,
                dueOn), "recovery.ordered.done")) {
            amount = null;
            reason = null;
            dueOn = null;
        }
    }

    public void receive(long dossierId) {
        if (orderId == null) {
            Messages.error("recovery.chooseOrder");
            return;
        }
        long id = orderId;
        if (Messages.attempt(() -> recoveries.receive(dossierId, id, receivedAmount == null ? null
                        : Money.eur(receivedAmount), receivedOn, bankReference),
                "recovery.received.done")) {
            receivedAmount = null;
            receivedOn = null;
            bankReference = null;
        }
    }

    public java.math.BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(java.math.BigDecimal amount) {
        this.amount = amount;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public java.math.BigDecimal getReceivedAmount() {
        return receivedAmount;
    }

    public void setReceivedAmount(java.math.BigDecimal receivedAmount) {
        this.receivedAmount = receivedAmount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getBankReference() {
        return bankReference;
    }

    public void setBankReference(String bankReference) {
        this.bankReference = bankReference;
    }
}
