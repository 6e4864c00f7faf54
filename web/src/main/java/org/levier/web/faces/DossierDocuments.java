package org.levier.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.levier.document.boundary.Documents;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.entity.DocumentKind;
import org.levier.shared.control.RuleViolation;
import org.primefaces.model.file.UploadedFile;

/**
 * The documents of a dossier as its applicant sees them, and the upload of the dossier form: the file goes to the
 * documents component as a stream with the name the browser gave (the component checks the type from the bytes,
 * the size and the name; its refusals are shown on the file input).
 */
@Dependent
public class DossierDocuments implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A document as the applicant sees it. */
    public record Row(long id, DocumentKind kind, String fileName, String contentType, long size, String sha256,
                      int version, Instant uploadedAt) implements Serializable {

        static Row of(Documents.DocumentInfo info) {
            return new Row(info.id(), info.kind(), info.fileName(), info.contentType(), info.size(), info.sha256(),
                    info.version(), info.uploadedAt());
        }

        /** The first 12 hexadecimal digits, enough to compare with a local {@code sha256sum}. */
        public String shortSha256() {
            return sha256 == null ? "" : sha256.substring(0, Math.min(12, sha256.length()));
        }
    }

    @Inject
    Documents documents;

    private transient UploadedFile file;
    private DocumentKind kind = DocumentKind.BUSINESS_PLAN;
    private List<Row> rows = List.of();

    void load(ApplicantContext applicant, long dossierId) {
        rows = documents.listOwn(applicant, dossierId).stream().map(Row::of).toList();
    }

    /** Uploads the chosen file; true when it is stored. */
    boolean upload(ApplicantContext applicant, long dossierId) {
        if (file == null || file.getSize() == 0 && (file.getFileName() == null || file.getFileName().isBlank())) {
            Messages.error("document.file.required");
            return false;
        }
        try (InputStream content = file.getInputStream()) {
            Documents.DocumentInfo stored = documents.upload(applicant, dossierId, kind, file.getFileName(), content);
            Messages.info("document.uploaded", stored.fileName());
            return true;
        } catch (RuleViolation refused) {
            Messages.show(refused);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        } finally {
            file = null;
            load(applicant, dossierId);
        }
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
