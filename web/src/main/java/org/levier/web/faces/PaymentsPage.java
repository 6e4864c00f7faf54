package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.levier.banking.boundary.BankAccounts;
import org.levier.payment.boundary.BatchCandidate;
import org.levier.payment.boundary.BatchLines;
import org.levier.payment.boundary.ConfirmationReport;
import org.levier.payment.boundary.PaymentBatches;
import org.levier.payment.entity.PaymentBatch;
import org.levier.shared.control.Clocks;
import org.levier.shared.entity.Role;
import org.primefaces.model.file.UploadedFile;

/**
 * The back office's payments ({@code /app/staff/payments.xhtml}): bank accounts awaiting verification (analysts and
 * directors verify, never their own declaration), approved disbursements a director gathers into a batch with an
 * execution date, the batches with their SEPA file (downloaded by {@code /app/staff/payment-file}), and the bank's
 * confirmation of a batch, by its camt.054 file or by hand, answered line by line.
 */
@Named
@ViewScoped
public class PaymentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BankAccounts bankAccounts;

    @Inject
    PaymentBatches batches;

    @Inject
    BatchLines batchLines;

    @Inject
    UserView user;

    private List<Long> selected = new ArrayList<>();
    private LocalDate executionDate;
    private Long batchId;
    private transient UploadedFile file;
    private Long manualDisbursement;
    private LocalDate manualValueDate;
    private String manualReference;
    private ConfirmationReport report;
    private transient List<BatchLines.ToConfirm> toConfirm;
    private String cancelReason;

    /** The view action: staff and auditors read the page (403 for the other roles). */
    public void requireStaff() {
        if (!(user.has(Role.ANALYST) || user.has(Role.FUND_DIRECTOR) || user.isAuditor())) {
            AgreementSheet.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
        }
        if (executionDate == null) {
            executionDate = LocalDate.now(Clocks.FUND_ZONE);
        }
    }

    public List<BankAccounts.Pending> getPendingAccounts() {
        return bankAccounts.awaitingVerification();
    }

    public List<BatchCandidate> getCandidates() {
        return batchLines.candidates();
    }

    public List<PaymentBatch> getBatches() {
        return batches.list(0, 50).items();
    }

    public void verify(long organisationId) {
        Messages.attempt(() -> bankAccounts.verify(organisationId), "bankAccount.verified");
    }

    public void build() {
        PaymentBatch[] made = new PaymentBatch[1];
        if (Messages.attempt(() -> made[0] = batches.create(selected, executionDate), null)) {
            Messages.info("batch.created", made[0].getId(), made[0].getLineCount(),
                    made[0].getTotal().toPlainString());
            selected = new ArrayList<>();
        }
    }

    public void cancel(long id) {
        Messages.attempt(() -> batches.cancel(id, cancelReason), "batch.cancelled", id);
    }

    public void importFile() {
        if (batchId == null || file == null || file.getSize() == 0) {
            Messages.error("batch.confirm.incomplete");
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(10 * 1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long id = batchId;
        Messages.attempt(() -> report = batches.confirmWithBankFile(id, bytes), null);
        file = null;
        toConfirm = null;
    }

    /** The transfers of exported batches still waiting for the bank, as the confirmation by hand offers them. */
    public List<BatchLines.ToConfirm> getToConfirm() {
        if (toConfirm == null) {
            toConfirm = batchLines.awaitingConfirmation();
        }
        return toConfirm;
    }

    /** Confirms the chosen transfer (its batch is the line's) with the bank's value date and reference. */
    public void confirmByHand() {
        BatchLines.ToConfirm line = getToConfirm().stream()
                .filter(l -> manualDisbursement != null && l.disbursementId() == manualDisbursement)
                .findFirst().orElse(null);
        if (line == null || manualValueDate == null || manualReference == null || manualReference.isBlank()) {
            Messages.error("batch.confirm.incomplete");
            return;
        }
        long id = line.batchId();
        toConfirm = null;
        List<PaymentBatches.ConfirmedLine> lines = List.of(new PaymentBatches.ConfirmedLine(
                String.valueOf(manualDisbursement), null, null, manualValueDate, manualReference.strip()));
        Messages.attempt(() -> report = batches.confirmByHand(id, lines), null);
    }

    /** The exported file's SHA-256, or null (EL unwraps an Optional on its own: a plain value for the page). */
    public String sha256(PaymentBatch batch) {
        return batch.fileSha256().orElse(null);
    }

    public List<Long> getSelected() {
        return selected;
    }

    public void setSelected(List<Long> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public LocalDate getExecutionDate() {
        return executionDate;
    }

    public void setExecutionDate(LocalDate executionDate) {
        this.executionDate = executionDate;
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getManualDisbursement() {
        return manualDisbursement;
    }

    public void setManualDisbursement(Long manualDisbursement) {
        this.manualDisbursement = manualDisbursement;
    }

    public LocalDate getManualValueDate() {
        return manualValueDate;
    }

    public void setManualValueDate(LocalDate manualValueDate) {
        this.manualValueDate = manualValueDate;
    }

    public String getManualReference() {
        return manualReference;
    }

    public void setManualReference(String manualReference) {
        this.manualReference = manualReference;
    }

    public ConfirmationReport getReport() {
        return report;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
