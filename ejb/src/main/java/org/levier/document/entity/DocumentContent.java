package org.levier.document.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of a {@link Document}, in a table of their own so that listing documents never reads them. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = Objects.requireNonNull(content, "content");
    }

    public Long getDocumentId() {
        return documentId;
    }

    /** The stored bytes (not a copy: they are large, and callers only stream them out). */
    public byte[] content() {
        return content;
    }
}
