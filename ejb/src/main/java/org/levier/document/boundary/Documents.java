package org.levier.document.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.audit.boundary.AuditTrail;
import org.levier.document.control.BoundedRead;
import org.levier.document.control.ContentTypes;
import org.levier.document.control.FileNames;
import org.levier.document.control.OpenDocumentRequests;
import org.levier.document.control.StorageLimit;
import org.levier.document.control.UnsupportedContent;
import org.levier.document.entity.Document;
import org.levier.document.entity.DocumentContent;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.control.DossierIds;
import org.levier.dossier.control.DossierLoader;
import org.levier.dossier.entity.DocumentKind;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.Sha256;
import org.levier.shared.entity.InstantConverter;
import org.levier.shared.entity.Role;

/**
 * Uploading and downloading a dossier's documents. An applicant uploads to its organisation's draft, and after
 * submission only while the fund has an open document request on the dossier (to answer it) or once its agreement
 * is signed (the evidence of its disbursement requests); otherwise the dossier is the fund's:
 * {@code document.dossier-readonly}; the fund's analysts and directors
 * upload at any stage; applicants read their organisation's documents, staff and auditors every document, and
 * another organisation's dossier or document does not exist for an applicant ({@link NotFound}).
 *
 * <p>An upload locks the dossier row ({@code PESSIMISTIC_WRITE}, as a submission does), so that versions and the
 * count limit hold under concurrent uploads and an upload never slips in beside a submission; the metadata, the
 * bytes and the audit event ({@code document.uploaded}, with the SHA-256) are written in that one transaction.
 * The dossier's own version is not bumped: a document is not part of the draft the applicant is editing.
 */
@Stateless
public class Documents {

    static final String ENTITY = "Document";
    /** 20 MiB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    DossierIds dossierIds;

    @Inject
    OpenDocumentRequests openRequests;

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierLoader dossierLoader;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    StorageLimit storageLimit;

    @Inject
    @ConfigProperty(name = "levier.documents.max-per-dossier", defaultValue = "100")
    int maxPerDossier;

    /** What the API shows of a document (never its bytes). */
    public record DocumentInfo(long id, long dossierId, DocumentKind kind, String fileName, String contentType,
                               long size, String sha256, int version, String uploadedBy, Instant uploadedAt) {

        static DocumentInfo of(Document d) {
            return new DocumentInfo(d.getId(), d.getDossierId(), d.getKind(), d.getFileName(), d.getContentType(),
                    d.getSizeBytes(), d.getSha256(), d.getVersion(), d.getUploadedBy(), d.getUploadedAt());
        }
    }

    /** A document with its bytes, for a download. */
    public record DocumentFile(DocumentInfo info, byte[] content) {
    }

    /** The size limit of one file: {@code levier.documents.max-bytes}, capped by what the database can store. */
    public long maxBytes() {
        return storageLimit.maxBytes();
    }

    // --- applicant ---

    /**
     * Uploads a file to the applicant's own draft, to its submitted dossier while a document request is open, or to
     * its dossier under a signed agreement (AGREEMENT_SIGNED, IN_EXECUTION: evidence for disbursements).
     *
     * @throws org.levier.document.control.ContentTooLarge above {@code levier.documents.max-bytes}
     * @throws UnsupportedContent when the bytes are none of the accepted types
     * @throws RuleViolation {@code document.dossier-readonly}, {@code document.too-many}, {@code document.file-name}
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public DocumentInfo upload(ApplicantContext applicant, long dossierId, DocumentKind kind, String fileName,
                               InputStream content) {
        Dossier dossier = lockDossier(dossierId, applicant.organisationId());
        if (!dossier.getStatus().isEditableByApplicant() && !underAgreement(dossier.getStatus())
                && !hasOpenDocumentRequest(dossierId)) {
            throw new RuleViolation("document.dossier-readonly", "The dossier is " + dossier.getStatus()
                    + ": its applicant can no longer add documents to it, except to answer a document request",
                    List.of(new Violation("dossier", "not a draft any more, and no document request is open")));
        }
        return store(dossier, kind, fileName, content, applicant.email());
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public List<DocumentInfo> listOwn(ApplicantContext applicant, long dossierId) {
        requireDossier(dossierId, applicant.organisationId());
        return list(dossierId);
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public DocumentFile downloadOwn(ApplicantContext applicant, long dossierId, long documentId) {
        requireDossier(dossierId, applicant.organisationId());
        return download(dossierId, documentId);
    }

    // --- fund staff and auditors ---

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public DocumentInfo uploadAsStaff(long dossierId, DocumentKind kind, String fileName, InputStream content) {
        Dossier dossier = lockDossier(dossierId, null);
        return store(dossier, kind, fileName, content, invocation.caller());
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<DocumentInfo> list(long dossierId) {
        requireDossier(dossierId, null);
        return em.createQuery("select d from Document d where d.dossierId = :dossier order by d.kind, d.fileName,"
                        + " d.version, d.id", Document.class)
                .setParameter("dossier", dossierId)
                .getResultStream().map(DocumentInfo::of).toList();
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public DocumentFile download(long dossierId, long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null || document.getDossierId() != dossierId) {
            throw new NotFound("document " + documentId);
        }
        DocumentContent content = em.find(DocumentContent.class, documentId);
        if (content == null) {
            throw new IllegalStateException("document " + documentId + " has no content");
        }
        return new DocumentFile(DocumentInfo.of(document), content.content());
    }

    // --- committee members, through the committee's boundary ---

    /**
     * The documents of a dossier on a committee session's agenda. Called by the committee's boundary only
     * ({@code committee.boundary.AgendaDossiers}), once it has checked that the calling member sits on a session
     * whose agenda holds the dossier and declared no conflict of interest on it ({@code committee.dossier.recused}):
     * this component cannot read sessions (the committee depends on it), hence the precondition, kept by
     * {@code DocumentsOnAgendaTest}.
     */
    @RolesAllowed(Role.COMMITTEE_MEMBER_NAME)
    public List<DocumentInfo> listOnAgenda(long dossierId) {
        return list(dossierId);
    }

    /** A document of a dossier on a committee agenda, with its bytes: the precondition of {@link #listOnAgenda}. */
    @RolesAllowed(Role.COMMITTEE_MEMBER_NAME)
    public DocumentFile downloadOnAgenda(long dossierId, long documentId) {
        return download(dossierId, documentId);
    }

    // --- shared ---

    private DocumentInfo store(Dossier dossier, DocumentKind kind, String fileName, InputStream content,
                               String uploader) {
        if (kind == null) {
            throw new RuleViolation("document.kind", "The document's kind is required",
                    List.of(new Violation("kind", "required")));
        }
        String name = FileNames.sanitise(fileName);
        long count = em.createQuery("select count(d) from Document d where d.dossierId = :dossier", Long.class)
                .setParameter("dossier", dossier.getId()).getSingleResult();
        if (count >= maxPerDossier) {
            throw new RuleViolation("document.too-many", "A dossier holds at most " + maxPerDossier + " documents",
                    List.of(new Violation("file", "at most " + maxPerDossier + " documents per dossier")));
        }
        byte[] bytes = BoundedRead.atMost(content, storageLimit.maxBytes());
        String contentType = ContentTypes.detect(bytes).orElseThrow(UnsupportedContent::new);
        Integer last = em.createQuery("select max(d.version) from Document d where d.dossierId = :dossier"
                        + " and d.kind = :kind and d.fileName = :name", Integer.class)
                .setParameter("dossier", dossier.getId())
                .setParameter("kind", kind)
                .setParameter("name", name)
                .getSingleResult();
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        Document document = new Document(dossier.getId(), kind, name, contentType, bytes.length, sha256(bytes),
                last == null ? 1 : last + 1, uploader, now);
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document.getId(), bytes));
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossier.getId());
        changes.put("kind", kind);
        changes.put("fileName", name);
        changes.put("contentType", contentType);
        changes.put("size", (long) bytes.length);
        changes.put("sha256", document.getSha256());
        changes.put("version", document.getVersion());
        audit.record("document.uploaded", ENTITY, document.getId(), "Document " + kind + " '" + name + "' v"
                + document.getVersion() + " uploaded to dossier " + dossier.reference().orElse("#" + dossier.getId()),
                changes);
        return DocumentInfo.of(document);
    }

    /**
     * Whether the fund's staff asked the applicant for a document that is not answered yet: the diligence
     * component's document requests, asked through {@link OpenDocumentRequests} (which it implements), so that this
     * component does not depend on it.
     */
    private boolean hasOpenDocumentRequest(long dossierId) {
        return openRequests.anyOpen(dossierId);
    }

    /** The dossier, locked for the upload; {@code organisationId} null: any organisation (staff). */
    /**
     * Once its agreement is signed, the beneficiary uploads the evidence of its disbursement requests (invoices,
     * milestone reports) to the dossier.
     */
    private static boolean underAgreement(DossierStatus status) {
        return status == DossierStatus.AGREEMENT_SIGNED || status == DossierStatus.IN_EXECUTION;
    }

    private Dossier lockDossier(long dossierId, Long organisationId) {
        Dossier dossier = dossierLoader.lock(dossierId).orElse(null);
        if (dossier == null || organisationId != null && dossier.getOrganisationId() != organisationId) {
            throw new NotFound("dossier " + dossierId);
        }
        return dossier;
    }

    private void requireDossier(long dossierId, Long organisationId) {
        Optional<Long> owner = dossierIds.organisationOf(dossierId);
        if (owner.isEmpty() || organisationId != null && !owner.get().equals(organisationId)) {
            throw new NotFound("dossier " + dossierId);
        }
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
