package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import org.levier.cofinancing.boundary.CofinancingLines.Ledger;
import org.levier.cofinancing.boundary.CofinancingLines;
import org.levier.document.boundary.Documents;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.dossier.entity.DocumentKind;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;
import org.levier.web.core.Caller;
import org.primefaces.model.file.UploadedFile;

/**
 * The co-financing ledger of a submitted dossier, as a panel of the staff's dossier page (lines, evidence, history,
 * and the form that moves a line: status, confirmed amount, an evidence document chosen among the dossier's or
 * uploaded, a comment) and, read-only, of the applicant's. Every move goes through {@link CofinancingLines}; its
 * refusals are shown by {@link Messages}.
 */
@Named
@ViewScoped
public class CofinancingPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CofinancingLines lines;

    @Inject
    Documents documents;

    @Inject
    Caller caller;

    @Inject
    UserView user;

    private Long dossierId;
    private Long lineId;
    private CofinancingStatus status;
    private Money amount;
    private Long evidenceDocumentId;
    private String comment;
    private transient UploadedFile file;

    private transient Ledger ledger;
    private transient List<Documents.DocumentInfo> documentList;

    /** The ledger of the dossier (read once per request). */
    public Ledger ledger(long dossier) {
        if (ledger == null || dossierId == null || dossierId != dossier) {
            dossierId = dossier;
            ledger = user.has(Role.APPLICANT) && !isActor() ? lines.getOwn(caller.applicant(), dossier)
                    : lines.get(dossier);
        }
        return ledger;
    }

    /** Analysts and directors move lines; auditors and applicants read. */
    public boolean isActor() {
        return user.has(Role.ANALYST) || user.has(Role.FUND_DIRECTOR);
    }

    /** The documents of the dossier, to choose the evidence among. */
    public List<Documents.DocumentInfo> documents(long dossier) {
        if (documentList == null) {
            documentList = documents.list(dossier);
        }
        return documentList;
    }

    public CofinancingStatus[] getStatuses() {
        return CofinancingStatus.values();
    }

    /** Moves the chosen line; an uploaded file is stored first (as co-financing evidence) and given as evidence. */
    public void move(long dossier) {
        if (lineId == null) {
            Messages.error("cofinancing.line.required");
            return;
        }
        Long evidence = evidenceDocumentId;
        if (file != null && file.getSize() > 0) {
            try (InputStream content = file.getInputStream()) {
                Long[] stored = new Long[1];
                if (!Messages.attempt(() -> stored[0] = documents.uploadAsStaff(dossier,
                        DocumentKind.COFINANCING_EVIDENCE, file.getFileName(), content).id(), null)) {
                    return;
                }
                evidence = stored[0];
                evidenceDocumentId = evidence;
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the uploaded file", e);
            } finally {
                file = null;
                documentList = null;
            }
        }
        Long given = evidence;
        if (Messages.attempt(() -> lines.changeStatus(dossier, lineId, new CofinancingLines.StatusChange(status,
                amount, given, comment)), "cofinancing.moved")) {
            lineId = null;
            status = null;
            amount = null;
            evidenceDocumentId = null;
            comment = null;
        }
        ledger = null;
    }

    public Long getLineId() {
        return lineId;
    }

    public void setLineId(Long lineId) {
        this.lineId = lineId;
    }

    public CofinancingStatus getStatus() {
        return status;
    }

    public void setStatus(CofinancingStatus status) {
        this.status = status;
    }

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public Long getEvidenceDocumentId() {
        return evidenceDocumentId;
    }

    public void setEvidenceDocumentId(Long evidenceDocumentId) {
        this.evidenceDocumentId = evidenceDocumentId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
