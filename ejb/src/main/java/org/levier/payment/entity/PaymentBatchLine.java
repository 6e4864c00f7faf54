package org.levier.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.levier.shared.entity.Money;

/**
 * One credit transfer of a batch: the disbursement, its dossier's reference, and the creditor's account as it was in
 * force when the batch was made (a later change of the account does not rewrite it).
 */
@Entity
@Table(name = "payment_batch_line")
public class PaymentBatchLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "batch_id", nullable = false)
    private PaymentBatch batch;

    @Column(nullable = false)
    private int position;

    @Column(name = "disbursement_id", nullable = false)
    private long disbursementId;

    @Column(name = "live_disbursement_id")
    private Long liveDisbursementId;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "dossier_reference", nullable = false, length = 40)
    private String dossierReference;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "bank_account_id", nullable = false)
    private long bankAccountId;

    @Column(name = "creditor_name", nullable = false, length = 140)
    private String creditorName;

    @Column(name = "creditor_iban", nullable = false, length = 34)
    private String creditorIban;

    @Column(name = "creditor_bic", nullable = false, length = 11)
    private String creditorBic;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money amount;

    protected PaymentBatchLine() {
    }

    PaymentBatchLine(PaymentBatch batch, int position, Line line) {
        this.batch = batch;
        this.position = position;
        this.disbursementId = line.disbursementId();
        this.liveDisbursementId = line.disbursementId();
        this.dossierId = line.dossierId();
        this.dossierReference = line.dossierReference();
        this.organisationId = line.organisationId();
        this.bankAccountId = line.bankAccountId();
        this.creditorName = line.creditorName();
        this.creditorIban = line.creditorIban();
        this.creditorBic = line.creditorBic();
        this.amount = line.amount();
    }

    /** What a line is made of. */
    public record Line(long disbursementId, long dossierId, String dossierReference, long organisationId,
                       long bankAccountId, String creditorName, String creditorIban, String creditorBic,
                       Money amount) {
    }

    void release() {
        liveDisbursementId = null;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public long getDisbursementId() {
        return disbursementId;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getDossierReference() {
        return dossierReference;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getBankAccountId() {
        return bankAccountId;
    }

    public String getCreditorName() {
        return creditorName;
    }

    public String getCreditorIban() {
        return creditorIban;
    }

    public String getCreditorBic() {
        return creditorBic;
    }

    public Money getAmount() {
        return amount;
    }
}
