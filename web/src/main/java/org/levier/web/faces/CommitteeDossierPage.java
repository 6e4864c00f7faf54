package org.levier.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.levier.committee.boundary.AgendaDossiers;
import org.levier.committee.boundary.AgendaDossiers.AgendaDossier;
import org.levier.document.boundary.Documents.DocumentInfo;
import org.levier.dossier.entity.Dossier;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * A dossier of a committee session's agenda as a member of that session reads it, read-only
 * ({@code /app/committee/dossier.xhtml?session=&id=}): its content, the summary and opinion of its due diligence and
 * its documents. A page of its own rather than the staff dossier page in a read-only mode: the staff page is built
 * on the staff's boundaries (workflow, checklist, comments, history, audit) and its actions, which a member may not
 * read; this one reads one member boundary ({@link AgendaDossiers}), which holds the rules.
 *
 * <p>A member that does not sit on the session, or a dossier not on its agenda: 404, like the session page. A
 * member who declared a conflict of interest on the dossier: 403 with a localised refusal, and none of the papers.
 */
@Named
@ViewScoped
public class CommitteeDossierPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgendaDossiers agendaDossiers;

    @Inject
    DossierCallLabels callLabels;

    private Long session;
    private Long id;
    private boolean recused;
    private transient AgendaDossier read;
    private transient DossierForm form;

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            read = session == null || id == null ? null : agendaDossiers.read(session, id);
        } catch (Forbidden e) {
            if ("committee.dossier.recused".equals(e.key())) {
                recused = true;
                context.getExternalContext().setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            read = null;
        } catch (NotFound | jakarta.ejb.EJBAccessException e) {
            read = null; // a dossier not on the agenda, or a caller who is no committee member: hidden (404)
        }
        if (read == null) {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            context.responseComplete();
        }
    }

    private AgendaDossier read() {
        if (read == null) {
            read = agendaDossiers.read(session, id);
        }
        return read;
    }

    public boolean isRecused() {
        return recused;
    }

    public Dossier getDossier() {
        return read().dossier();
    }

    public String getSessionTitle() {
        return recused ? "" : read().sessionTitle();
    }

    public String getOrganisation() {
        return read().organisation();
    }

    public String getReference() {
        return getDossier().reference().orElse("");
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

    public AgendaDossiers.DiligenceSummary getDiligence() {
        return read().diligence();
    }

    /** The recommended amounts per instrument, the instruments with an amount only. */
    public List<Map.Entry<Instrument, Money>> getRecommendedAmounts() {
        AgendaDossiers.DiligenceSummary d = getDiligence();
        return d == null ? List.of() : d.recommendedAmounts().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().amount().signum() > 0)
                .sorted(Map.Entry.comparingByKey()).toList();
    }

    public List<DocumentInfo> getDocuments() {
        return read().documents();
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
