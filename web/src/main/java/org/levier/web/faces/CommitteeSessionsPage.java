package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.levier.committee.boundary.Committees;
import org.levier.committee.entity.CommitteeSession;
import org.levier.identity.boundary.Users;
import org.levier.shared.control.Page;
import org.levier.shared.entity.Role;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The committee's sessions ({@code /app/committee/sessions.xhtml}): latest first, paged in the database (a member
 * sees the sessions it sits on); the fund director plans a new one with its voting members, chosen among the
 * enabled committee members.
 */
@Named
@ViewScoped
public class CommitteeSessionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Committees committees;

    @Inject
    Users users;

    @Inject
    UserView user;

    @Inject
    org.levier.programme.boundary.Programmes programmes;

    private String title;
    private LocalDate heldOn;
    private List<String> members = new ArrayList<>();
    private String programme;
    private transient List<Users.Person> memberChoices;
    private final LazyDataModel<CommitteeSession> model = new Sessions();

    private final class Sessions extends LazyDataModel<CommitteeSession> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) committees.list(null, 0, 1).total();
        }

        @Override
        public List<CommitteeSession> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, Math.min(pageSize, Page.MAX_SIZE));
            Page<CommitteeSession> page = committees.list(null, first / size, size);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(CommitteeSession session) {
            return String.valueOf(session.getId());
        }

        @Override
        public CommitteeSession getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(s -> String.valueOf(s.getId()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public LazyDataModel<CommitteeSession> getModel() {
        return model;
    }

    public boolean isDirector() {
        return user.has(Role.FUND_DIRECTOR);
    }

    public List<Users.Person> getMemberChoices() {
        if (memberChoices == null) {
            memberChoices = isDirector() ? users.committeeMembers() : List.of();
        }
        return memberChoices;
    }

    /** Plans the session, then opens its page. */
    public void plan() throws IOException {
        CommitteeSession[] planned = new CommitteeSession[1];
        if (Messages.attempt(() -> planned[0] = committees.plan(title, heldOn, new LinkedHashSet<>(members),
                programme == null || programme.isBlank() ? null : programme),
                "committee.session.planned", title)) {
            Messages.keepAcrossRedirect();
            var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/committee/session.xhtml?id="
                    + planned[0].getId());
        }
    }

    /** The programmes whose standing committee may sit when no member is ticked. */
    public List<String> getProgrammeCodes() {
        return programmes.list().stream().map(org.levier.programme.entity.Programme::getCode).toList();
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
    }
}
