package org.levier.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.levier.repayment.boundary.Repayments;
import org.levier.repayment.entity.Frequency;
import org.levier.repayment.entity.RepaymentTerms;
import org.levier.repayment.entity.WriteOffKind;
import org.levier.shared.entity.Money;

/**
 * The staff's commands on a repayable advance, with the fields their forms fill: the schedule generated (first due
 * date, instalments, frequency), a repayment received, a repayment reversed with its reason, a failure written off.
 * Dates received and decided are facts: the domain refuses a future one.
 */
@Dependent
public class RepaymentForms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Repayments repayments;

    private LocalDate firstDueOn;
    private Integer instalments;
    private Frequency frequency = Frequency.QUARTERLY;
    private LocalDate receivedOn;
    private BigDecimal amount;
    private String reference;
    private String reversalReason;
    private WriteOffKind kind = WriteOffKind.PARTIAL;
    private BigDecimal writeOffAmount;
    private LocalDate decidedOn;
    private String decisionReference;
    private String writeOffReason;

    public boolean generate(long dossierId) {
        if (firstDueOn == null || instalments == null || frequency == null) {
            Messages.error("repayment.generate.incomplete");
            return false;
        }
        return Messages.attempt(() -> repayments.generate(dossierId, new RepaymentTerms(firstDueOn, instalments,
                frequency)), "repayment.generated");
    }

    public boolean record(long dossierId) {
        Optional<Money> money = amount == null ? Optional.empty() : DossierForm.asMoney(amount);
        if (receivedOn == null || money.isEmpty()) {
            Messages.error("repayment.record.incomplete");
            return false;
        }
        boolean done = Messages.attempt(() -> repayments.recordRepayment(dossierId, receivedOn, money.get(),
                reference), "repayment.recorded");
        if (done) {
            receivedOn = null;
            amount = null;
            reference = null;
        }
        return done;
    }

    public boolean reverse(long dossierId, long repaymentId) {
        if (reversalReason == null || reversalReason.isBlank()) {
            Messages.error("repayment.reverse.incomplete");
            return false;
        }
        boolean done = Messages.attempt(() -> repayments.reverseRepayment(dossierId, repaymentId,
                reversalReason.strip()), "repayment.reversed");
        if (done) {
            reversalReason = null;
        }
        return done;
    }

    public boolean writeOff(long dossierId) {
        Optional<Money> money = writeOffAmount == null ? Optional.empty() : DossierForm.asMoney(writeOffAmount);
        if (kind == null || decidedOn == null || decisionReference == null || decisionReference.isBlank()
                || (kind == WriteOffKind.PARTIAL && money.isEmpty())) {
            Messages.error("repayment.writeOff.incomplete");
            return false;
        }
        boolean done = Messages.attempt(() -> repayments.writeOff(dossierId, kind, money.orElse(null), decidedOn,
                decisionReference.strip(), writeOffReason), "repayment.writtenOffDone");
        if (done) {
            writeOffAmount = null;
            decidedOn = null;
            decisionReference = null;
            writeOffReason = null;
        }
        return done;
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public WriteOffKind[] getKinds() {
        return WriteOffKind.values();
    }

    public LocalDate getFirstDueOn() {
        return firstDueOn;
    }

    public void setFirstDueOn(LocalDate firstDueOn) {
        this.firstDueOn = firstDueOn;
    }

    public Integer getInstalments() {
        return instalments;
    }

    public void setInstalments(Integer instalments) {
        this.instalments = instalments;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReversalReason() {
        return reversalReason;
    }

    public void setReversalReason(String reversalReason) {
        this.reversalReason = reversalReason;
    }

    public WriteOffKind getKind() {
        return kind;
    }

    public void setKind(WriteOffKind kind) {
        this.kind = kind;
    }

    public BigDecimal getWriteOffAmount() {
        return writeOffAmount;
    }

    public void setWriteOffAmount(BigDecimal writeOffAmount) {
        this.writeOffAmount = writeOffAmount;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }

    public String getWriteOffReason() {
        return writeOffReason;
    }

    public void setWriteOffReason(String writeOffReason) {
        this.writeOffReason = writeOffReason;
    }
}
