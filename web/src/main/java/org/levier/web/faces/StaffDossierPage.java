package org.levier.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.levier.applicant.boundary.DeMinimisDeclarations;
import org.levier.applicant.boundary.DeMinimisStatement;
import org.levier.audit.boundary.AuditTrail;
import org.levier.audit.entity.AuditEvent;
import org.levier.diligence.boundary.Diligences;
import org.levier.document.boundary.Documents;
import org.levier.dossier.boundary.DossierComments;
import org.levier.dossier.boundary.DossierCompletions;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.boundary.HistoryEntry;
import org.levier.dossier.entity.CompletionRequest;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierComment;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.control.Page;
import org.levier.shared.entity.Role;

/**
 * A dossier as the fund's staff and auditors read it ({@code /app/staff/dossier.xhtml?id=}): everything submitted,
 * the documents (downloaded through {@link StaffDocumentDownload}), the lifecycle's history and, for those who may
 * search the audit trail (directors, auditors), the audit events of the dossier and of its due-diligence file;
 * internal comments; the moves of screening and the sending to the committee. The due-diligence file itself is
 * {@link DiligencePage}.
 */
@Named
@ViewScoped
public class StaffDossierPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int AUDIT_EVENTS = 200;

    @Inject
    Dossiers dossiers;

    @Inject
    DossierComments comments;

    @Inject
    Diligences diligences;

    @Inject
    Documents documents;

    @Inject
    DossierCallLabels callLabels;

    @Inject
    AuditTrail audit;

    @Inject
    UserView user;

    @Inject
    DeMinimisDeclarations deMinimisDeclarations;

    @Inject
    DossierCompletions completions;

    private Long id;
    private int tab;
    private int generation;
    private String comment;
    private String eligibleComment;
    private String ineligibleReason;
    private String completionItems;
    private java.time.LocalDate completionDue;

    private transient Dossier dossier;
    private transient DossierForm form;
    private transient String organisation;
    private transient DeMinimisStatement deMinimis;
    private transient List<HistoryEntry> history;
    private transient List<AuditEvent> auditEvents;
    private transient List<DossierComment> commentList;
    private transient List<Documents.DocumentInfo> documentList;
    private transient List<CompletionRequest> completionList;

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<Dossier> found = id == null ? Optional.empty() : dossiers.find(id);
        if (found.isEmpty()) {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            context.responseComplete();
            return;
        }
        dossier = found.get();
    }

    /** Forgets what was read, after a command changed the dossier (the due-diligence file too: see {@link #generation}). */
    void refresh() {
        generation++;
        dossier = null;
        form = null;
        history = null;
        auditEvents = null;
        commentList = null;
        completionList = null;
    }

    /** Changes with every command on the dossier, so that the beans that read around it read again. */
    int generation() {
        return generation;
    }

    public Dossier getDossier() {
        if (dossier == null) {
            dossier = dossiers.get(id);
        }
        return dossier;
    }

    public DossierStatus getStatus() {
        return getDossier().getStatus();
    }

    public String getReference() {
        return getDossier().reference().orElse(null);
    }

    public Instant getSubmittedAt() {
        return getDossier().submittedAt().orElse(null);
    }

    public DossierForm getForm() {
        if (form == null) {
            form = DossierForm.of(getDossier());
        }
        return form;
    }

    /** The call as the page names it: {@code code — title}. */
    public String getCallLabel() {
        return callLabels.callLabel(getDossier());
    }

    public String getActionTitle() {
        return callLabels.actionTitle(getDossier());
    }

    public String getOrganisation() {
        if (organisation == null) {
            long organisationId = getDossier().getOrganisationId();
            organisation = dossiers.organisationNames(List.of(organisationId)).getOrDefault(organisationId, "");
        }
        return organisation;
    }

    /** The organisation's declared de minimis aid and 3-year rolling total (due diligence: AID_CUMULATION). */
    public DeMinimisStatement getDeMinimis() {
        if (deMinimis == null) {
            deMinimis = deMinimisDeclarations.statement(getDossier().getOrganisationId());
        }
        return deMinimis;
    }

    // --- documents, history, audit, comments ---

    public List<Documents.DocumentInfo> getDocuments() {
        if (documentList == null) {
            documentList = documents.list(id);
        }
        return documentList;
    }

    public List<HistoryEntry> getHistory() {
        if (history == null) {
            history = dossiers.history(id);
        }
        return history;
    }

    /** Whether the caller may search the audit trail (directors and auditors). */
    public boolean isAuditReader() {
        return user.has(Role.FUND_DIRECTOR) || user.has(Role.AUDITOR);
    }

    /** The audit events of the dossier and of its due-diligence file, in the chain's order. */
    public List<AuditEvent> getAuditEvents() {
        if (auditEvents == null) {
            List<AuditEvent> events = new ArrayList<>();
            if (isAuditReader()) {
                events.addAll(search("Dossier", id));
                diligences.find(id).ifPresent(file -> events.addAll(search("DueDiligence", file.getId())));
                events.sort(Comparator.comparingLong(AuditEvent::getSeq));
            }
            auditEvents = events;
        }
        return auditEvents;
    }

    private List<AuditEvent> search(String type, long entityId) {
        Page<AuditEvent> page = audit.search(type, String.valueOf(entityId), null, null, 0, AUDIT_EVENTS);
        return page.items();
    }

    public List<DossierComment> getComments() {
        if (commentList == null) {
            commentList = comments.list(id);
        }
        return commentList;
    }

    public void writeComment() {
        if (Messages.attempt(() -> comments.write(id, comment), "staff.comment.written")) {
            comment = null;
            commentList = null;
            auditEvents = null;
        }
    }

    // --- what the caller may do ---

    /** Analysts and directors act; auditors (and others) only read. */
    public boolean isActor() {
        return user.has(Role.ANALYST) || user.has(Role.FUND_DIRECTOR);
    }

    public boolean isDirector() {
        return user.has(Role.FUND_DIRECTOR);
    }

    public boolean isScreenable() {
        return isActor() && getStatus() == DossierStatus.SUBMITTED;
    }

    public boolean isInScreening() {
        return isActor() && getStatus() == DossierStatus.ELIGIBILITY_REVIEW;
    }

    public boolean isInDueDiligence() {
        return getStatus() == DossierStatus.DUE_DILIGENCE;
    }

    // --- the moves ---

    public void startScreening() {
        move(() -> diligences.startScreening(id), "staff.screening.started");
    }

    public void declareEligible() {
        move(() -> diligences.declareEligible(id, eligibleComment), "staff.eligible.declared");
    }

    public void declareIneligible() {
        move(() -> diligences.declareIneligible(id, ineligibleReason), "staff.ineligible.declared");
    }

    public void sendToCommittee() {
        move(() -> diligences.sendToCommittee(id), "staff.committee.sent");
    }

    /** The staff may return a submitted dossier, or one in screening, to its applicant for completion. */
    public boolean isReturnable() {
        return isActor() && getStatus().canMoveTo(DossierStatus.RETURNED_FOR_COMPLETION);
    }

    /** Returns the dossier for completion: one thing to fix per line of the text area. */
    public void returnForCompletion() {
        List<String> items = completionItems == null ? List.of() : List.of(completionItems.split("\\R"));
        if (Messages.attempt(() -> completions.returnForCompletion(id, items, completionDue),
                "staff.completion.returned")) {
            completionItems = null;
            completionDue = null;
        }
        refresh();
    }

    /** The requests for completion of the dossier, oldest first. */
    public List<CompletionRequest> getCompletionRequests() {
        if (completionList == null) {
            completionList = completions.list(id);
        }
        return completionList;
    }

    public boolean overdue(CompletionRequest request) {
        return completions.isOverdue(request);
    }

    private void move(Runnable command, String successKey) {
        if (Messages.attempt(command, successKey)) {
            eligibleComment = null;
            ineligibleReason = null;
        }
        refresh();
    }

    /** Keeps the open tab across full-page commands. */
    public void onTab(org.primefaces.event.TabChangeEvent<?> event) {
        tab = Math.max(0, event.getComponent().getChildren().indexOf(event.getTab()));
    }

    // --- properties ---

    public int getTab() {
        return tab;
    }

    public void setTab(int tab) {
        this.tab = tab;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getEligibleComment() {
        return eligibleComment;
    }

    public void setEligibleComment(String eligibleComment) {
        this.eligibleComment = eligibleComment;
    }

    public String getCompletionItems() {
        return completionItems;
    }

    public void setCompletionItems(String completionItems) {
        this.completionItems = completionItems;
    }

    public java.time.LocalDate getCompletionDue() {
        return completionDue;
    }

    public void setCompletionDue(java.time.LocalDate completionDue) {
        this.completionDue = completionDue;
    }

    public String getIneligibleReason() {
        return ineligibleReason;
    }

    public void setIneligibleReason(String ineligibleReason) {
        this.ineligibleReason = ineligibleReason;
    }
}
