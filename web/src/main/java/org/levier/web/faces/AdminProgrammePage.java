package org.levier.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.levier.identity.boundary.Users;
import org.levier.programme.boundary.ProgrammeForm;
import org.levier.programme.boundary.ProgrammeSetups;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.Axis;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.entity.Money;

/**
 * Creating or revising a programme ({@code /app/admin/programme.xhtml?code=}): figures, dates, axes and their
 * actions with envelopes (each with what signed agreements commit in it), and the standing committee members.
 * The rows are plain strings as typed; {@link ProgrammeSetups} checks everything and names each wrong field.
 */
@Named
@ViewScoped
public class AdminProgrammePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An axis row. */
    public static final class AxisRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer number;
        private String title;
        private String titleEn;
        private final List<ActionRow> actions = new ArrayList<>();

        public Integer getNumber() {
            return number;
        }

        public void setNumber(Integer number) {
            this.number = number;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getTitleEn() {
            return titleEn;
        }

        public void setTitleEn(String titleEn) {
            this.titleEn = titleEn;
        }

        public List<ActionRow> getActions() {
            return actions;
        }
    }

    /** An action row; {@code committed}: what signed agreements commit in it (read only). */
    public static final class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer number;
        private String title;
        private String titleEn;
        private String summary;
        private String envelope;
        private String committed;

        public String getTitleEn() {
            return titleEn;
        }

        public void setTitleEn(String titleEn) {
            this.titleEn = titleEn;
        }

        public Integer getNumber() {
            return number;
        }

        public void setNumber(Integer number) {
            this.number = number;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getEnvelope() {
            return envelope;
        }

        public void setEnvelope(String envelope) {
            this.envelope = envelope;
        }

        public String getCommitted() {
            return committed;
        }
    }

    @Inject
    Programmes programmes;

    @Inject
    ProgrammeSetups setups;

    @Inject
    Users users;

    private String code;
    private boolean existing;
    private String name;
    private String allotment;
    private String targetTotalProjects;
    private String startDate;
    private String endDate;
    private Long version;
    private String committedTotal;
    private final List<AxisRow> axes = new ArrayList<>();
    private List<String> members = new ArrayList<>();
    private transient List<Users.Person> memberChoices;

    /** View action: loads the programme named by {@code code}, or starts a new one with one axis and action. */
    public void load() {
        if (!axes.isEmpty() || existing) {
            return;
        }
        if (code != null && !code.isBlank()) {
            fill(programmes.getByCode(code.strip()));
        } else {
            addAxis();
        }
    }

    private void fill(Programme p) {
        existing = true;
        code = p.getCode();
        name = p.getName();
        allotment = p.getAllotment().toPlainString();
        targetTotalProjects = p.getTargetTotalProjects().toPlainString();
        startDate = p.getStartDate() == null ? null : p.getStartDate().toString();
        endDate = p.getEndDate() == null ? null : p.getEndDate().toString();
        version = p.getVersion();
        members = new ArrayList<>(p.getCommitteeMembers());
        Programmes.Committed committed = programmes.committed(p.getCode());
        committedTotal = committed.total().toPlainString();
        axes.clear();
        for (Axis axis : p.getAxes().stream().sorted(Comparator.comparingInt(Axis::getNumber)).toList()) {
            AxisRow row = new AxisRow();
            row.number = axis.getNumber();
            row.title = axis.getTitle();
            row.titleEn = axis.getTitleEn();
            for (ProgrammeAction action : axis.getActions().stream()
                    .sorted(Comparator.comparingInt(ProgrammeAction::getNumber)).toList()) {
                ActionRow a = new ActionRow();
                a.number = action.getNumber();
                a.title = action.getTitle();
                a.titleEn = action.getTitleEn();
                a.summary = action.getSummary();
                a.envelope = action.envelope().map(Money::toPlainString).orElse(null);
                a.committed = committed.byAction().getOrDefault(action.getNumber(), Money.ZERO).toPlainString();
                row.actions.add(a);
            }
            axes.add(row);
        }
    }

    public void addAxis() {
        AxisRow row = new AxisRow();
        row.number = axes.stream().map(AxisRow::getNumber).filter(n -> n != null).max(Integer::compare).orElse(0) + 1;
        axes.add(row);
        addAction(row);
    }

    public void removeAxis(AxisRow row) {
        axes.remove(row);
    }

    public void addAction(AxisRow row) {
        ActionRow action = new ActionRow();
        action.number = axes.stream().flatMap(a -> a.actions.stream()).map(ActionRow::getNumber)
                .filter(n -> n != null).max(Integer::compare).orElse(0) + 1;
        row.actions.add(action);
    }

    public void removeAction(AxisRow row, ActionRow action) {
        row.actions.remove(action);
    }

    public void save() throws IOException {
        ProgrammeForm form = new ProgrammeForm(code, name, allotment, targetTotalProjects, startDate, endDate,
                axes.stream().map(a -> new ProgrammeForm.AxisForm(a.number, a.title, a.titleEn,
                        a.actions.stream().map(x -> new ProgrammeForm.ActionForm(x.number, x.title, x.summary,
                                x.envelope, x.titleEn)).toList())).toList(), version);
        Programme[] saved = new Programme[1];
        if (Messages.attempt(() -> saved[0] = existing ? setups.revise(code, form) : setups.create(form),
                existing ? "admin.programme.revised" : "admin.programme.created", code)) {
            reopen(saved[0].getCode());
        }
    }

    public void seatCommittee() throws IOException {
        if (Messages.attempt(() -> setups.seatCommittee(code, members), "admin.programme.committeeSeated", code)) {
            reopen(code);
        }
    }

    private void reopen(String programmeCode) throws IOException {
        Messages.keepAcrossRedirect();
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/app/admin/programme.xhtml?code=" + programmeCode);
    }

    public List<Users.Person> getMemberChoices() {
        if (memberChoices == null) {
            memberChoices = users.committeeMembers();
        }
        return memberChoices;
    }

    public boolean isExisting() {
        return existing;
    }

    public List<AxisRow> getAxes() {
        return axes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAllotment() {
        return allotment;
    }

    public void setAllotment(String allotment) {
        this.allotment = allotment;
    }

    public String getTargetTotalProjects() {
        return targetTotalProjects;
    }

    public void setTargetTotalProjects(String targetTotalProjects) {
        this.targetTotalProjects = targetTotalProjects;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public String getCommittedTotal() {
        return committedTotal;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members;
    }
}
