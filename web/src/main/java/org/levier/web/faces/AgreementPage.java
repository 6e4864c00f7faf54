package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.levier.agreement.boundary.AgreementView;
import org.levier.agreement.boundary.Agreements;
import org.levier.disbursement.boundary.DisbursementRequest;
import org.levier.disbursement.boundary.DisbursementRequests;
import org.levier.disbursement.boundary.Disbursements;
import org.levier.disbursement.entity.Disbursement;
import org.levier.document.boundary.Documents.DocumentInfo;
import org.levier.document.boundary.Documents;
import org.levier.dossier.entity.DocumentKind;
import org.levier.equity.boundary.EquityStakes;
import org.levier.equity.boundary.StakeView;
import org.levier.repayment.boundary.Repayments;
import org.levier.repayment.boundary.ScheduleView;
import org.levier.shared.control.Page;
import org.levier.web.core.Caller;
import org.primefaces.model.file.UploadedFile;

/**
 * The applicant's agreement ({@code /app/agreement.xhtml?dossier=}): its commitments, tranches, conditions,
 * disbursements and repayment schedule, read through the applicant's own use cases (another organisation's
 * agreement is a 404). The applicant requests a disbursement on a tranche with evidence chosen among the dossier's
 * documents or uploaded here, and withdraws a request while it is pending.
 */
@Named
@ViewScoped
public class AgreementPage extends AgreementSheet {

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
    Caller caller;

    private transient UploadedFile file;
    private String cancelReason;

    @Override
    protected AgreementView readAgreement(long dossierId) {
        return agreements.getOwn(caller.applicant(), dossierId);
    }

    @Override
    protected Page<Disbursement> readDisbursements(long dossierId) {
        return disbursements.ofOwnDossier(caller.applicant(), dossierId, 0, DISBURSEMENTS_SHOWN);
    }

    @Override
    protected ScheduleView readSchedule(long dossierId) {
        return repayments.getOwn(caller.applicant(), dossierId);
    }

    @Override
    protected StakeView readStake(long dossierId) {
        return stakes.getOwn(caller.applicant(), dossierId);
    }

    @Override
    protected List<DocumentInfo> readDocuments(long dossierId) {
        return documents.listOwn(caller.applicant(), dossierId);
    }

    @Override
    protected void request(long dossierId, DisbursementRequest request) {
        requests.requestOwn(caller.applicant(), dossierId, request);
    }

    /** Uploads an evidence document to the dossier and ticks it for the request. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("document.file.required");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            Messages.attempt(() -> {
                DocumentInfo stored = documents.upload(caller.applicant(), getDossier(), DocumentKind.OTHER,
                        file.getFileName(), content);
                getEvidence().add(stored.id());
            }, "document.uploaded", file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        } finally {
            file = null;
            refresh();
        }
    }

    /** Withdraws a pending request. */
    public void cancel(long disbursementId) {
        Messages.attempt(() -> disbursements.cancelOwn(caller.applicant(), disbursementId, cancelReason),
                "disbursement.cancelled");
        cancelReason = null;
        refresh();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
