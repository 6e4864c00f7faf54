package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.levier.budget.boundary.Budgets;
import org.levier.budget.entity.ProgrammeBudget;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.Axis;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.Programme;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Role;

/**
 * A programme's structure and its open calls for projects ({@code ?code=}, the Dunkerque programme by default);
 * also the key figures of the signed-in home page, and for staff, committee members and auditors the budget (allotment
 * and envelopes: committed, reserved, left). Read once per request, through the boundaries.
 */
@Named
@RequestScoped
public class ProgrammePage {

    static final String DEFAULT_CODE = "TI-DK";

    @Inject
    Programmes programmes;

    @Inject
    LocaleView localeView;

    @Inject
    FacesContext facesContext;

    @Inject
    Budgets budgets;

    @Inject
    UserView user;

    private String code = DEFAULT_CODE;
    private Programme programme;
    private List<Programme> all;
    private List<CallForProjects> openCalls;
    private ProgrammeBudget budget;

    /** The page's view action: an unknown code is a 404, not an error page with a 500. */
    public void load() throws IOException {
        programme = programmes.findByCode(code).orElse(null);
        if (programme == null) {
            facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            facesContext.responseComplete();
        }
    }

    public Programme getProgramme() {
        if (programme == null) {
            programme = programmes.getByCode(code);
        }
        return programme;
    }

    /** Every programme, for the selector shown when there are several. */
    public List<Programme> getAll() {
        if (all == null) {
            all = programmes.list();
        }
        return all;
    }

    public List<CallForProjects> getOpenCalls() {
        if (openCalls == null) {
            openCalls = programmes.calls(true, getProgramme().getCode());
        }
        return openCalls;
    }

    /** Whether the caller reads the budget (staff, committee members, auditors). */
    public boolean isBudgetReader() {
        return user.has(Role.ANALYST) || user.has(Role.FUND_DIRECTOR) || user.has(Role.AUDITOR)
                || user.has(Role.COMMITTEE_MEMBER);
    }

    /** Allotment and envelopes: committed, reserved, awaiting funds, left, in total and per action. */
    public ProgrammeBudget getBudget() {
        if (budget == null && isBudgetReader()) {
            budget = budgets.of(getProgramme().getCode());
        }
        return budget;
    }

    /** A call's instruments in their declaration order (grant, repayable advance, equity). */
    public List<Instrument> instruments(CallForProjects call) {
        return List.copyOf(call.getInstruments());
    }

    public String title(Axis axis) {
        return axis.title(localeView.getLanguage());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null || code.isBlank() ? DEFAULT_CODE : code.trim();
    }
}
