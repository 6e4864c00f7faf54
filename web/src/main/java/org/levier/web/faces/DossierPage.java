package org.levier.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.levier.dossier.boundary.DossierCompletions;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.boundary.HistoryEntry;
import org.levier.dossier.entity.CompletionRequest;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.web.core.Caller;

/**
 * A dossier as its applicant reads it ({@code /app/dossier.xhtml?id=}): content, totals, documents, the history the
 * applicant may see, and the withdrawal (with its reason) while the lifecycle allows it. Right after submission
 * ({@code submitted=true}) it opens with the confirmation and the reference.
 */
@Named
@ViewScoped
public class DossierPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dossiers dossiers;

    @Inject
    DossierCallLabels callLabels;

    @Inject
    Caller applicant;

    @Inject
    DossierDocuments documents;

    @Inject
    DossierCompletions completions;

    private Long id;
    private boolean submitted;
    private String withdrawReason;

    private transient Dossier dossier;
    private transient List<HistoryEntry> history;
    private transient List<CompletionRequest> completionList;
    private DossierForm form;

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<Dossier> found = id == null ? Optional.empty() : dossiers.findOwn(applicant.applicant(), id);
        if (found.isEmpty()) {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            context.responseComplete();
            return;
        }
        show(found.get());
        documents.load(applicant.applicant(), id);
    }

    private void show(Dossier shown) {
        dossier = shown;
        form = DossierForm.of(shown);
        history = null;
        completionList = null;
    }

    private Dossier dossier() {
        if (dossier == null) {
            dossier = dossiers.getOwn(applicant.applicant(), id);
            form = DossierForm.of(dossier);
        }
        return dossier;
    }

    public void withdraw() {
        try {
            show(dossiers.withdraw(applicant.applicant(), id, withdrawReason));
            withdrawReason = null;
            submitted = false;
            Messages.info("dossier.withdrawn");
        } catch (RuleViolation refused) {
            Messages.show(refused);
        } catch (StaleVersion stale) {
            Messages.error("dossier.stale");
        }
    }

    public Dossier getDossier() {
        return dossier();
    }

    /** The public reference, or null before submission (EL does not call methods on an Optional). */
    public String getReference() {
        return dossier().reference().orElse(null);
    }

    public java.time.Instant getSubmittedAt() {
        return dossier().submittedAt().orElse(null);
    }

    public DossierForm getForm() {
        dossier();
        return form;
    }

    /** The call as the page names it: {@code code — title}. */
    public String getCallLabel() {
        return callLabels.callLabel(dossier());
    }

    public String getActionTitle() {
        return callLabels.actionTitle(dossier());
    }

    public List<HistoryEntry> getHistory() {
        if (history == null) {
            history = dossiers.historyOwn(applicant.applicant(), id);
        }
        return history;
    }

    public boolean isWithdrawable() {
        return dossier().getStatus().canMoveTo(DossierStatus.WITHDRAWN);
    }

    /** The requests for completion of the dossier, oldest first (the correction loop). */
    public List<CompletionRequest> getCompletionRequests() {
        if (completionList == null) {
            completionList = completions.listOwn(applicant.applicant(), id);
        }
        return completionList;
    }

    /** The open request while the dossier is returned for completion, else null. */
    public CompletionRequest getOpenCompletion() {
        return getCompletionRequests().stream().filter(CompletionRequest::isOpen).findFirst().orElse(null);
    }

    public boolean overdue(CompletionRequest request) {
        return completions.isOverdue(request);
    }

    public boolean isReturned() {
        return dossier().getStatus() == DossierStatus.RETURNED_FOR_COMPLETION;
    }

    public boolean isEditable() {
        return dossier().getStatus().isEditableByApplicant();
    }

    public DossierDocuments getDocuments() {
        return documents;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public void setSubmitted(boolean submitted) {
        this.submitted = submitted;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
