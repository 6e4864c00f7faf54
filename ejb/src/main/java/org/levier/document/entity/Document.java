package org.levier.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.levier.dossier.entity.DocumentKind;

/**
 * One uploaded version of a file of a dossier (referred to by id: another component). Immutable once stored: a new
 * upload of the same kind and file name is a new row with the next version, so there is nothing to lock or merge.
 * The bytes live in {@link DocumentContent}, read only for a download.
 */
@Entity
@Table(name = "document")
public class Document {

    public static final int FILE_NAME_MAX = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false)
    private int version;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Document() {
    }

    /**
     * @param fileName    already sanitised ({@code FileNames})
     * @param contentType detected from the bytes ({@code ContentTypes})
     */
    public Document(long dossierId, DocumentKind kind, String fileName, String contentType, long sizeBytes,
                    String sha256, int version, String uploadedBy, Instant uploadedAt) {
        if (version < 1 || sizeBytes < 1) {
            throw new IllegalArgumentException("a document has a version from 1 and at least one byte");
        }
        this.dossierId = dossierId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.version = version;
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public int getVersion() {
        return version;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
