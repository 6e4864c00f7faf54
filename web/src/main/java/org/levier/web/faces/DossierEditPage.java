package org.levier.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.levier.dossier.boundary.DossierCompletions;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.BudgetCategory;
import org.levier.dossier.entity.CofinancingStatus;
import org.levier.dossier.entity.CompletionRequest;
import org.levier.dossier.entity.DocumentKind;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierStatus;
import org.levier.dossier.entity.SourceType;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.web.core.Caller;
import org.levier.web.faces.CallChoices.ActionChoice;
import org.levier.web.faces.CallChoices.CallChoice;

/**
 * The step-by-step dossier form ({@code /app/dossier-edit.xhtml?id=&step=}): description, budget, financing,
 * impact, documents, review. Every move between steps saves the whole draft (the first save creates the dossier,
 * later ones send the version edited: a stale version asks the applicant to reload); the review step submits, and
 * a refusal lists every violated rule. The draft also saves itself as typed, and says what came back after an
 * expired session: {@link DraftAutosave}.
 */
@Named
@ViewScoped
public class DossierEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dossiers dossiers;

    @Inject
    Programmes programmes;

    @Inject
    LocaleView locale;

    @Inject
    Caller applicant;

    @Inject
    DossierDocuments documents;

    @Inject
    DraftAutosave autosaving;

    @Inject
    CallChoices choices;

    @Inject
    DossierCompletions completions;

    private Long id;
    private long version;
    private DossierStatus status = DossierStatus.DRAFT;
    private CompletionRequest openCompletion;
    private Integer stepNumber;
    private Long callId;
    private Integer actionNumber;
    private DossierForm form = new DossierForm();
    private Set<DocumentKind> mandatoryDocuments = EnumSet.noneOf(DocumentKind.class);

    /** View action: loads the draft (another organisation's is a 404; a submitted one opens read-only). */
    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        if (id != null) {
            Optional<Dossier> found = dossiers.findOwn(applicant.applicant(), id);
            if (found.isEmpty()) {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
                context.responseComplete();
                return;
            }
            Dossier dossier = found.get();
            if (!dossier.getStatus().isEditableByApplicant()) {
                context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath()
                        + "/app/dossier.xhtml?id=" + id);
                return;
            }
            adopt(dossier);
            if (status == DossierStatus.RETURNED_FOR_COMPLETION) {
                openCompletion = completions.listOwn(applicant.applicant(), id).stream()
                        .filter(CompletionRequest::isOpen).findFirst().orElse(null);
            }
            callId = dossier.getCallId();
            ProgrammeAction action = programmes.getCall(callId).getEligibleActions().stream()
                    .filter(a -> a.getId() == dossier.getActionId()).findFirst().orElse(null);
            actionNumber = action == null ? null : action.getNumber();
            loadDocuments();
        } else if (callId == null && !getCalls().isEmpty()) {
            callId = getCalls().getFirst().id();
        }
        if (!DossierStep.exists(stepNumber) || id == null) {
            stepNumber = 1;
        }
        autosaving.sayResumed(id != null, getStep(), locale.getLocale());
    }

    /** The documents of a saved dossier: those its call requires, those uploaded. */
    private void loadDocuments() {
        mandatoryDocuments = EnumSet.noneOf(DocumentKind.class);
        mandatoryDocuments.addAll(dossiers.mandatoryDocuments(callId));
        documents.load(applicant.applicant(), id);
    }

    private void adopt(Dossier dossier) {
        id = dossier.getId();
        version = dossier.getVersion();
        status = dossier.getStatus();
        form = DossierForm.of(dossier);
        autosaving.adopted(dossier, form);
    }

    /**
     * Ajax, from levier.js: saves the draft as typed ({@link DraftAutosave}); the form keeps its rows as shown (no
     * reload). A new dossier's first autosave creates it: the page then edits it (its address names it, levier.js).
     * Synchronised with {@link #saveDraft}: an autosave in flight when a button posts is not a second writer.
     */
    public synchronized void autosave() {
        boolean creating = id == null;
        autosaving.save(id, version, callId, actionNumber, form).ifPresent(saved -> {
            id = saved.getId();
            version = saved.getVersion();
            status = saved.getStatus();
            if (creating) {
                loadDocuments();
            }
        });
    }

    public DraftAutosave getAutosaving() {
        return autosaving;
    }

    // --- navigation: every move saves ---

    public String next() {
        return saveAndGo(getStep().ordinal() + 1);
    }

    public String previous() {
        return saveAndGo(getStep().ordinal() - 1);
    }

    public String goTo(int stepIndex) {
        return saveAndGo(stepIndex);
    }

    public String save() {
        return saveAndGo(getStep().ordinal());
    }

    private String saveAndGo(int stepIndex) {
        boolean creating = id == null;
        if (!saveDraft()) {
            return null;
        }
        int target = DossierStep.at(stepIndex).getNumber();
        Messages.info("dossier.saved");
        if (creating) {
            Messages.keepAcrossRedirect();
            return "/app/dossier-edit?faces-redirect=true&id=" + id + "&step=" + target;
        }
        stepNumber = target;
        return null;
    }

    /** Saves the whole draft; false (with the messages shown) when the domain refuses it. */
    synchronized boolean saveDraft() {
        try {
            Dossier saved;
            if (id == null) {
                if (callId == null || actionNumber == null) {
                    Messages.error("dossier.callAndAction.required");
                    return false;
                }
                saved = dossiers.create(applicant.applicant(), callId, actionNumber, form.toDraft());
            } else {
                saved = dossiers.updateDraft(applicant.applicant(), id, version, form.toDraft());
            }
            adopt(saved);
            return true;
        } catch (RuleViolation refused) {
            Messages.show(refused);
        } catch (StaleVersion stale) {
            Messages.error("dossier.stale");
        } catch (IllegalArgumentException outOfRange) {
            Messages.error("dossier.amount.outOfRange");
        }
        return false;
    }

    /** Submits after a last save; on success, the confirmation with the reference. */
    public String submit() {
        if (!saveDraft()) {
            return null;
        }
        try {
            if (isReturned()) {
                Dossier resubmitted = completions.resubmit(applicant.applicant(), id, version,
                        applicant.applicantProfile());
                Messages.info("dossier.resubmitted", resubmitted.reference().orElse(""));
                Messages.keepAcrossRedirect();
                return "/app/dossier?faces-redirect=true&id=" + id;
            }
            Dossier submitted = dossiers.submit(applicant.applicant(), id, version, applicant.applicantProfile());
            Messages.info("dossier.submitted", submitted.reference().orElse(""));
            Messages.keepAcrossRedirect();
            return "/app/dossier?faces-redirect=true&submitted=true&id=" + id;
        } catch (RuleViolation refused) {
            Messages.show(refused);
        } catch (StaleVersion stale) {
            Messages.error("dossier.stale");
        }
        return null;
    }

    // --- rows: the add/remove buttons call the form (DossierForm) ---

    /** The label of a milestone's due date naming its row (from 1), so that a refusal says which milestone. */
    public String milestoneDueDateLabel(int row) {
        return Messages.text("milestone.dueDate.row", row + 1);
    }

    /** Ajax listener of the call selector: the first eligible action of the new call. */
    public void callChanged() {
        actionNumber = call().flatMap(c -> c.actions().stream().findFirst()).map(ActionChoice::number)
                .orElse(null);
    }

    // --- documents step ---

    public DossierDocuments getDocuments() {
        return documents;
    }

    /** Saves the draft (the file belongs to a saved dossier), then uploads the chosen file. */
    public void upload() {
        if (saveDraft()) {
            documents.upload(applicant.applicant(), id);
        }
    }

    // --- what the page shows ---

    public List<CallChoice> getCalls() {
        return choices.all();
    }

    /** The dossier's call (for a saved dossier, even when it is no longer open) or the one selected. */
    public CallChoice getCall() {
        return call().orElse(null);
    }

    /** The chosen action of the call, or null. */
    public ActionChoice getAction() {
        return getActions().stream().filter(a -> actionNumber != null && a.number() == actionNumber).findFirst()
                .orElse(null);
    }

    private Optional<CallChoice> call() {
        return choices.find(callId);
    }

    public List<ActionChoice> getActions() {
        return call().map(CallChoice::actions).orElse(List.of());
    }

    /** Whether the call funds this instrument ({@code GRANT}, ...): the others' inputs are disabled. */
    public boolean allows(String instrument) {
        return call().map(c -> c.instruments().contains(Instrument.valueOf(instrument))).orElse(true);
    }

    public BudgetCategory[] getBudgetCategories() {
        return BudgetCategory.values();
    }

    public SourceType[] getSourceTypes() {
        return SourceType.values();
    }

    public CofinancingStatus[] getCofinancingStatuses() {
        return CofinancingStatus.values();
    }

    public Set<DocumentKind> getMandatoryDocuments() {
        return mandatoryDocuments;
    }

    public List<DocumentKind> getDocumentKinds() {
        return List.of(DocumentKind.values());
    }

    public List<DossierStep> getSteps() {
        return List.of(DossierStep.values());
    }

    public DossierStep getStep() {
        return DossierStep.of(stepNumber);
    }

    /** The money shown for a live total, or a dash when the typed amounts overflow. */
    public Money money(BigDecimal amount) {
        return DossierForm.asMoney(amount).orElse(null);
    }

    public DossierStatus getStatus() {
        return status;
    }

    /** Returned for completion: corrected under its reference, then resubmitted. */
    public boolean isReturned() {
        return status == DossierStatus.RETURNED_FOR_COMPLETION;
    }

    /** What the staff asked to fix, while the dossier is returned for completion; else null. */
    public CompletionRequest getOpenCompletion() {
        return openCompletion;
    }

    // --- bound properties ---

    public DossierForm getForm() {
        return form;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public Integer getStepNumber() {
        return stepNumber;
    }

    public void setStepNumber(Integer stepNumber) {
        this.stepNumber = stepNumber;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        if (id == null) {
            this.callId = callId;
        }
    }

    public Integer getActionNumber() {
        return actionNumber;
    }

    public void setActionNumber(Integer actionNumber) {
        if (id == null) {
            this.actionNumber = actionNumber;
        }
    }

    public boolean isNew() {
        return id == null;
    }
}
