package org.levier.banking.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.applicant.control.OrganisationLoader;
import org.levier.applicant.control.OrganisationNames;
import org.levier.applicant.entity.Organisation;
import org.levier.audit.boundary.AuditTrail;
import org.levier.banking.control.BankMails;
import org.levier.banking.entity.BankAccount;
import org.levier.banking.entity.BankAccountStatus;
import org.levier.banking.entity.BankEvidence;
import org.levier.document.control.BoundedRead;
import org.levier.document.control.ContentTypes;
import org.levier.document.control.FileNames;
import org.levier.document.control.StorageLimit;
import org.levier.document.control.UnsupportedContent;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.Role;

/**
 * An organisation's bank details. The applicant (or the fund's staff, from a paper form) uploads the bank document and
 * declares the account; a member of the staff other than the declarant verifies it. Each declaration and verification
 * takes the organisation's row under PESSIMISTIC_WRITE, so that one organisation's steps queue; a declaration
 * supersedes the live version (pending or verified) in the same transaction. Audited ({@code bank-account.*}, IBAN
 * masked in the trail) and mailed to the organisation's users.
 */
@Stateless
public class BankAccounts {

    static final String ENTITY = "BankAccount";

    @Inject
    OrganisationNames organisationNames;

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationLoader organisationLoader;

    @Inject
    AuditTrail audit;

    @Inject
    StorageLimit storageLimit;

    @Inject
    BankMails mails;

    /** What the bank details are to declare. */
    public record Declaration(String iban, String bic, String holder, Long evidenceDocumentId) {
    }

    /** An uploaded bank document, without its bytes. */
    public record EvidenceInfo(long id, long organisationId, String fileName, String contentType, long size,
                               String sha256, String uploadedBy, Instant uploadedAt) {

        static EvidenceInfo of(BankEvidence e) {
            return new EvidenceInfo(e.getId(), e.getOrganisationId(), e.getFileName(), e.getContentType(),
                    e.getSizeBytes(), e.getSha256(), e.getUploadedBy(), e.getUploadedAt());
        }
    }

    /** A bank document with its bytes. */
    public record EvidenceFile(EvidenceInfo info, byte[] content) {
    }

    /** An account awaiting its verification, with its organisation's name. */
    public record Pending(BankAccount account, String organisationName) {
    }

    // --- the applicant, for its organisation ---

    @RolesAllowed(Role.APPLICANT_NAME)
    public EvidenceInfo uploadOwnEvidence(ApplicantContext applicant, String fileName, InputStream content) {
        return storeEvidence(lockOrganisation(applicant.organisationId()), fileName, content);
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public BankAccount declareOwn(ApplicantContext applicant, Declaration declaration) {
        return declare(applicant.organisationId(), declaration);
    }

    @RolesAllowed(Role.APPLICANT_NAME)
    public Optional<BankAccount> own(ApplicantContext applicant) {
        return live(applicant.organisationId());
    }

    // --- the fund's staff ---

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public EvidenceInfo uploadEvidence(long organisationId, String fileName, InputStream content) {
        return storeEvidence(lockOrganisation(organisationId), fileName, content);
    }

    /** Staff record the details an organisation sent on paper; someone else verifies them. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public BankAccount declareFor(long organisationId, Declaration declaration) {
        return declare(organisationId, declaration);
    }

    /**
     * Verifies the organisation's pending version against its bank document.
     *
     * @throws RuleViolation {@code bank-account.self-verification}, {@code bank-account.not-pending}
     * @throws NotFound when the organisation has no live version
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public BankAccount verify(long organisationId) {
        lockOrganisation(organisationId);
        BankAccount account = live(organisationId).orElseThrow(() -> new NotFound("bank account of organisation "
                + organisationId));
        account.verify(invocation.caller(), invocation.now());
        invocation.flushClaim("bank account " + account.getId());
        audit.record("bank-account.verified", ENTITY, account.getId(), "Bank account " + account.maskedIban()
                + " of organisation " + organisationId + " verified", changes(account));
        mails.tell(account, "verified");
        return account;
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Optional<BankAccount> ofOrganisation(long organisationId) {
        return live(organisationId);
    }

    /** Every version of the organisation's account, newest first. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<BankAccount> history(long organisationId) {
        return em.createQuery("select b from BankAccount b where b.organisationId = :org order by b.id desc",
                BankAccount.class).setParameter("org", organisationId).getResultList();
    }

    /** Accounts awaiting verification, oldest declaration first. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<Pending> awaitingVerification() {
        List<BankAccount> pending = em.createQuery("select b from BankAccount b where b.status = :pending"
                        + " order by b.declaredAt, b.id", BankAccount.class)
                .setParameter("pending", BankAccountStatus.PENDING)
                .setMaxResults(200)
                .getResultList();
        Map<Long, String> names = organisationNames.legalNames(pending.stream().map(BankAccount::getOrganisationId)
                .toList());
        return pending.stream().map(b -> new Pending(b, names.get(b.getOrganisationId()))).toList();
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public EvidenceFile evidence(long organisationId, long evidenceId) {
        BankEvidence evidence = em.find(BankEvidence.class, evidenceId);
        if (evidence == null || evidence.getOrganisationId() != organisationId) {
            throw new NotFound("bank document " + evidenceId);
        }
        return new EvidenceFile(EvidenceInfo.of(evidence), evidence.content());
    }

    /**
     * The verified version in force of an organisation, locked (shared) so that it is not superseded while a payment
     * batch takes its snapshot; empty when the organisation has none (none declared, or a change awaits verification).
     */
    @RolesAllowed(Role.FUND_DIRECTOR_NAME)
    public Optional<BankAccount> inForceForPayment(long organisationId) {
        return em.createQuery("select b from BankAccount b where b.liveOrganisationId = :org and b.status = :verified",
                        BankAccount.class)
                .setParameter("org", organisationId)
                .setParameter("verified", BankAccountStatus.VERIFIED)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultStream().findFirst();
    }

    // --- shared ---

    private BankAccount declare(long organisationId, Declaration declaration) {
        Organisation organisation = lockOrganisation(organisationId);
        if (declaration == null) {
            throw new RuleViolation("request.required", "A JSON body is required",
                    List.of(new Violation("request", "required")));
        }
        Instant now = invocation.now();
        // Validate everything before anything changes: an invalid declaration leaves the account in force.
        BankAccount account = BankAccount.declare(organisation.getId(), declaration.iban(), declaration.bic(),
                declaration.holder(), requireEvidence(organisationId, declaration.evidenceDocumentId()),
                        invocation.caller(), now);
        Optional<BankAccount> previous = live(organisationId);
        previous.ifPresent(p -> p.supersede(now));
        try {
            em.flush();
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            throw new StaleVersion("bank account of organisation " + organisationId, e);
        }
        previous.ifPresent(p -> audit.record("bank-account.superseded", ENTITY, p.getId(), "Bank account "
                + p.maskedIban() + " of organisation " + organisationId + " no longer in force", changes(p)));
        audit.record("bank-account.declared", ENTITY, account.getId(), "Bank account " + account.maskedIban()
                + " declared for organisation " + organisationId + ": awaiting verification", changes(account));
        mails.tell(account, "declared");
        return account;
    }

    private long requireEvidence(long organisationId, Long evidenceId) {
        if (evidenceId == null) {
            throw new RuleViolation("bank-account.invalid", "The bank details come with a bank document",
                    List.of(new Violation("evidenceDocumentId", "required: upload the bank document first")));
        }
        BankEvidence evidence = em.find(BankEvidence.class, evidenceId);
        if (evidence == null || evidence.getOrganisationId() != organisationId) {
            throw new RuleViolation("bank-account.invalid", "The bank document is not one of the organisation's",
                    List.of(new Violation("evidenceDocumentId", "unknown document")));
        }
        return evidenceId;
    }

    private EvidenceInfo storeEvidence(Organisation organisation, String fileName, InputStream content) {
        String name = FileNames.sanitise(fileName);
        byte[] bytes = BoundedRead.atMost(content, storageLimit.maxBytes());
        String contentType = ContentTypes.detect(bytes).orElseThrow(UnsupportedContent::new);
        BankEvidence evidence = new BankEvidence(organisation.getId(), name, contentType, bytes, sha256(bytes),
                invocation.caller(), invocation.now());
        em.persist(evidence);
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("organisationId", organisation.getId());
        changes.put("fileName", name);
        changes.put("contentType", contentType);
        changes.put("size", (long) bytes.length);
        changes.put("sha256", evidence.getSha256());
        audit.record("bank-account.evidence-uploaded", "BankEvidence", evidence.getId(), "Bank document '" + name
                + "' uploaded for organisation " + organisation.getId(), changes);
        return EvidenceInfo.of(evidence);
    }

    private Optional<BankAccount> live(long organisationId) {
        return em.createQuery("select b from BankAccount b where b.liveOrganisationId = :org", BankAccount.class)
                .setParameter("org", organisationId).getResultStream().findFirst();
    }

    private Organisation lockOrganisation(long organisationId) {
        return organisationLoader.lock(organisationId)
                .orElseThrow(() -> new NotFound("organisation " + organisationId));
    }

    private static Map<String, Object> changes(BankAccount a) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("organisationId", a.getOrganisationId());
        changes.put("iban", a.maskedIban());
        changes.put("bic", a.getBic());
        changes.put("holder", a.getHolder());
        changes.put("evidenceId", a.getEvidenceId());
        changes.put("status", a.getStatus());
        return changes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
