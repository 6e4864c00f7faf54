package org.levier.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierDraft;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.web.core.Caller;

/**
 * No lost work on the dossier form ({@link DossierEditPage}, which holds one for its view): the draft saved as typed,
 * without a button, so that an expired session loses nothing; and, back after signing in again
 * ({@code ?resumed=true}), the message saying which step and which draft came back.
 *
 * <p>An autosave goes through the same use cases, and audit entries, as the form's buttons: a saved dossier's draft
 * is updated only when its content changed since the last save (a page left open does not fill the audit trail); a
 * dossier never saved is created by its first autosave once creation has what it needs (a call, an action and a
 * title; the domain checks the rest), and before that nothing is created (no empty drafts). A refused draft is only
 * flagged: the applicant sees why on the next step or Save.
 */
@Dependent
public class DraftAutosave implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dossiers dossiers;

    @Inject
    Caller applicant;

    /** Signed in again after the session expired ({@code ?resumed=true}): say what was kept. */
    private boolean resumed;
    /** The content last saved (its text), so that an autosave of unchanged content is skipped (no audit entry). */
    private String savedContent;
    private Instant savedAt;
    private Instant autosavedAt;
    private boolean refused;
    /** A new dossier whose creation still lacks its call, action or title: nothing saved yet. */
    private boolean waiting;

    /** The page shows this saved dossier with this form: the reference of later autosaves. */
    void adopted(Dossier dossier, DossierForm form) {
        savedContent = form.toDraft().toString();
        savedAt = dossier.getUpdatedAt();
    }

    /**
     * Saves the form as typed: updates the dossier {@code id} (at {@code version}) when its content changed, or,
     * without an id, creates the draft in the call and action chosen once they and a title are given.
     *
     * @return the dossier saved (updated or created); empty when nothing was saved (unchanged, not creatable yet,
     *         or refused)
     */
    Optional<Dossier> save(Long id, long version, Long callId, Integer actionNumber, DossierForm form) {
        try {
            DossierDraft draft = form.toDraft();
            String content = draft.toString();
            if (id != null && content.equals(savedContent)) {
                return Optional.empty();
            }
            if (id == null && (callId == null || actionNumber == null || draft.title() == null
                    || draft.title().isBlank())) {
                waiting = true;
                return Optional.empty();
            }
            Dossier saved = id == null
                    ? dossiers.create(applicant.applicant(), callId, actionNumber, draft)
                    : dossiers.updateDraft(applicant.applicant(), id, version, draft);
            savedContent = content;
            savedAt = saved.getUpdatedAt();
            autosavedAt = savedAt;
            refused = false;
            waiting = false;
            return Optional.of(saved);
        } catch (RuleViolation | StaleVersion | IllegalArgumentException refusal) {
            refused = true;
            waiting = false;
            return Optional.empty();
        }
    }

    /** On the first rendering after signing in again, a saved dossier says which step and draft came back. */
    void sayResumed(boolean saved, DossierStep step, Locale language) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (resumed && saved && !context.isPostback()) {
            context.getViewRoot().setLocale(language); // ?lang= applied: the message in the page's language
            Messages.info("session.resumed", Messages.text("step." + step.name()),
                    FormatView.moment(savedAt, language));
        }
    }

    /** When the draft was last saved (by a button or the autosave). */
    public Instant getSavedAt() {
        return savedAt;
    }

    /** When this page last saved the draft by itself; null until it has. */
    public Instant getAutosavedAt() {
        return autosavedAt;
    }

    /** The last autosave was refused (invalid content, or a newer version saved elsewhere). */
    public boolean isRefused() {
        return refused;
    }

    /** A new dossier not created yet: its call, action or title is missing. */
    public boolean isWaiting() {
        return waiting;
    }

    public boolean isResumed() {
        return resumed;
    }

    public void setResumed(boolean resumed) {
        this.resumed = resumed;
    }
}
