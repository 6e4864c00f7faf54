package org.levier.cofinancing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.levier.audit.boundary.AuditTrail;
import org.levier.cofinancing.control.LedgerMoves;
import org.levier.cofinancing.control.LedgerSums;
import org.levier.cofinancing.entity.CofinancingEvidence;
import org.levier.cofinancing.entity.CofinancingStatusChange;
import org.levier.document.control.DocumentOwners;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.dossier.control.DossierLoader;
import org.levier.dossier.entity.CofinancingLine;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.SourceType;
import org.levier.programme.control.ProgrammeIds;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.InstantConverter;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The co-financing ledger of a dossier from its submission on: its lines (stable ids), their evidence and history;
 * the staff's moves of a line; a programme's sums per source type or funder.
 *
 * <p>A move locks the dossier row ({@code PESSIMISTIC_WRITE}, the order of uploads and dossier moves), so that two
 * moves of one line are made one after the other, each from the status the other left; it checks the ledger's rules
 * ({@link LedgerMoves}) and that the evidence is a document of the same dossier, moves the line, attaches the
 * evidence (at most once per line), appends the history row and the audit event ({@code cofinancing.line.moved}),
 * all in one transaction: a refusal stores nothing.
 *
 * <p>Refusals: {@link RuleViolation} (422) {@code cofinancing.ledger.draft}, {@code cofinancing.ledger.closed},
 * {@code cofinancing.move.*}, {@code cofinancing.evidence.required}, {@code cofinancing.evidence.unknown},
 * {@code cofinancing.amount.invalid}; {@link NotFound} (404) for another organisation's dossier, an unknown line or
 * programme.
 */
@Stateless
public class CofinancingLines {

    static final String ENTITY = "CofinancingLine";

    @Inject
    Invocation invocation;

    @Inject
    DocumentOwners documents;

    @Inject
    ProgrammeIds programmes;

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierLoader dossierLoader;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    LedgerSums sums;

    /** A document that evidences a line. */
    public record Evidence(long documentId, String fileName, String kind) {
    }

    /** One move of a line, as the history shows it. */
    public record Change(long id, CofinancingStatus from, CofinancingStatus to, Money previousAmount, Money amount,
                         Long evidenceDocumentId, String comment, String changedBy, String changedRole,
                         Instant changedAt) {

        static Change of(CofinancingStatusChange c) {
            return new Change(c.getId(), c.getFromStatus(), c.getToStatus(), c.getPreviousAmount(), c.getAmount(),
                    c.evidenceDocumentId().orElse(null), c.comment().orElse(null), c.getChangedBy(),
                    c.getChangedRole(), c.getChangedAt());
        }
    }

    /**
     * A line of the ledger: {@code submittedAmount} as in the submitted plan, {@code amount} the one that counts now
     * (confirmed by the staff, otherwise submitted); its evidence and its history, oldest first.
     */
    public record Line(long id, int position, SourceType sourceType, String funder, Money submittedAmount,
                       Money amount, CofinancingStatus status, List<Evidence> evidence, List<Change> history) {
    }

    /** A dossier's ledger. */
    public record Ledger(long dossierId, String reference, String dossierStatus, boolean open, List<Line> lines) {
    }

    /** A staff's move of a line: the new status, and optionally the confirmed amount, evidence and comment. */
    public record StatusChange(CofinancingStatus status, Money amount, Long evidenceDocumentId, String comment) {
    }

    // --- reading ---

    @RolesAllowed(Role.APPLICANT_NAME)
    public Ledger getOwn(ApplicantContext applicant, long dossierId) {
        Dossier dossier = dossierLoader.find(dossierId).orElse(null);
        if (dossier == null || dossier.getOrganisationId() != applicant.organisationId()) {
            throw new NotFound("dossier " + dossierId);
        }
        return ledger(dossier);
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Ledger get(long dossierId) {
        return ledger(dossier(dossierId));
    }

    /** A programme's ledger summed per source type or funder, and per status. */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public List<LedgerSums.Sum> programmeSums(String programmeCode, LedgerSums.By by) {
        if (programmes.byCode(programmeCode).isEmpty()) {
            throw new NotFound("programme " + programmeCode);
        }
        return sums.sums(programmeCode, by);
    }

    // --- the staff's moves ---

    /**
     * Moves a line of a submitted dossier (see the class for the rules and refusals).
     *
     * @return the dossier's ledger after the move
     */
    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME})
    public Ledger changeStatus(long dossierId, long lineId, StatusChange change) {
        Dossier dossier = dossierLoader.lock(dossierId).orElseThrow(() -> new NotFound("dossier " + dossierId));
        dossier.requireLedgerOpen();
        CofinancingLine line = dossier.cofinancingLine(lineId);
        List<Long> evidence = evidenceOf(lineId);
        CofinancingStatus from = line.getStatus();
        Money previous = line.currentAmount();
        String comment = change.comment() == null || change.comment().isBlank() ? null : change.comment().strip();
        LedgerMoves.check(new LedgerMoves.Move(from, change.status(), previous, change.amount(),
                change.evidenceDocumentId(), !evidence.isEmpty(),
                change.evidenceDocumentId() != null && evidence.contains(change.evidenceDocumentId()), comment));
        if (change.evidenceDocumentId() != null) {
            requireDocumentOf(dossierId, change.evidenceDocumentId());
        }
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        String actor = invocation.caller();
        dossier.followCofinancing(lineId, change.status(), change.amount());
        Long documentId = change.evidenceDocumentId();
        if (documentId != null && !evidence.contains(documentId)) {
            em.persist(new CofinancingEvidence(lineId, dossierId, documentId, actor, now));
        }
        em.persist(new CofinancingStatusChange(lineId, dossierId, from, change.status(), previous,
                line.currentAmount(), documentId, comment, actor, role(), now));
        em.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("dossierId", dossierId);
        changes.put("funder", line.getFunder());
        changes.put("sourceType", line.getSourceType());
        changes.put("status.old", from);
        changes.put("status.new", change.status());
        changes.put("amount.old", previous);
        changes.put("amount.new", line.currentAmount());
        changes.put("evidenceDocumentId", documentId);
        changes.put("comment", comment);
        audit.record("cofinancing.line.moved", ENTITY, lineId, "Dossier " + dossier.reference().orElse("#"
                + dossierId) + ": co-financing of " + line.getFunder() + " (" + line.getSourceType() + ") "
                + from + " → " + change.status() + ", " + line.currentAmount().toPlainString() + " EUR"
                + (documentId == null ? "" : ", evidence document #" + documentId), changes);
        return ledger(dossier);
    }

    // --- helpers ---

    private Dossier dossier(long dossierId) {
        return dossierLoader.find(dossierId).orElseThrow(() -> new NotFound("dossier " + dossierId));
    }

    private Ledger ledger(Dossier dossier) {
        if (!dossier.hasLedger()) {
            throw new RuleViolation("cofinancing.ledger.draft", "The dossier is a draft: its co-financing lines are"
                    + " edited in the draft, the ledger starts at submission");
        }
        long dossierId = dossier.getId();
        Map<Long, List<Evidence>> evidence = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("SELECT e.line_id, e.document_id FROM cofinancing_evidence e"
                        + " WHERE e.dossier_id = ?1 ORDER BY e.line_id, e.id")
                .setParameter(1, dossierId).getResultList();
        Map<Long, DocumentOwners.Named> names = rows.isEmpty() ? Map.of() : documents.names(rows.stream()
                .map(row -> ((Number) ((Object[]) row)[1]).longValue()).distinct().toList());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            DocumentOwners.Named document = names.get(((Number) r[1]).longValue());
            if (document != null) {
                evidence.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(new Evidence(((Number) r[1]).longValue(), document.fileName(), document.kind()));
            }
        }
        Map<Long, List<Change>> history = new LinkedHashMap<>();
        em.createQuery("select c from CofinancingStatusChange c where c.dossierId = :dossier order by c.id",
                        CofinancingStatusChange.class)
                .setParameter("dossier", dossierId).getResultStream()
                .forEach(c -> history.computeIfAbsent(c.getLineId(), k -> new ArrayList<>()).add(Change.of(c)));
        List<Line> lines = dossier.getCofinancing().stream()
                .map(l -> new Line(l.getId(), l.getPosition(), l.getSourceType(), l.getFunder(), l.getAmount(),
                        l.currentAmount(), l.getStatus(), List.copyOf(evidence.getOrDefault(l.getId(), List.of())),
                        List.copyOf(history.getOrDefault(l.getId(), List.of()))))
                .toList();
        return new Ledger(dossierId, dossier.reference().orElse(null), dossier.getStatus().name(),
                dossier.isLedgerOpen(), lines);
    }

    private List<Long> evidenceOf(long lineId) {
        return em.createQuery("select e.documentId from CofinancingEvidence e where e.lineId = :line", Long.class)
                .setParameter("line", lineId).getResultList();
    }

    /** @throws RuleViolation {@code cofinancing.evidence.unknown} when it is no document of the dossier */
    private void requireDocumentOf(long dossierId, long documentId) {
        if (!documents.dossierOf(documentId).map(owner -> owner == dossierId).orElse(false)) {
            throw new RuleViolation("cofinancing.evidence.unknown", "Document #" + documentId
                    + " is not a document of dossier #" + dossierId,
                    List.of(new Violation("evidenceDocumentId", "not a document of this dossier")));
        }
    }

    private String role() {
        return context.isCallerInRole(Role.FUND_DIRECTOR_NAME) ? Role.FUND_DIRECTOR_NAME : Role.ANALYST_NAME;
    }
}
