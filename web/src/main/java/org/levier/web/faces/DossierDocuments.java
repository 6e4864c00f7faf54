package org.levier.web.faces;

import jakarta.enterprise.context.Dependent;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.entity.DocumentKind;
import org.primefaces.model.file.UploadedFile;

/**
 * The documents step of the dossier form: the file chosen with its kind, and the documents already uploaded.
 * (Wired to the documents component when it lands.)
 */
@Dependent
public class DossierDocuments implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A document as the applicant sees it. */
    public record Row(long id, DocumentKind kind, String fileName, String contentType, long size, String sha256,
                      int version, Instant uploadedAt) implements Serializable {

        public String shortSha256() {
            return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()));
        }
    }

    private transient UploadedFile file;
    private DocumentKind kind = DocumentKind.BUSINESS_PLAN;
    private List<Row> rows = List.of();

    void load(ApplicantContext applicant, long dossierId) {
        rows = List.of();
    }

    void upload(ApplicantContext applicant, long dossierId) {
        Messages.error("document.unavailable");
    }

    public List<Row> getRows() {
        return rows;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }
}
