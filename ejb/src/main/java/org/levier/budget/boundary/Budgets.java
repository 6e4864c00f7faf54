package org.levier.budget.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.levier.budget.control.BudgetLedger;
import org.levier.budget.entity.ProgrammeBudget;
import org.levier.programme.control.ProgrammeIds;
import org.levier.programme.control.ProgrammeLoader;
import org.levier.programme.entity.Programme;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Role;

/**
 * A programme's budget for staff, committee members and auditors (read only): allotment and envelopes, committed,
 * reserved, awaiting funds and left, per action and in total ({@link BudgetLedger} defines each figure).
 */
@Stateless
@RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME, Role.COMMITTEE_MEMBER_NAME})
public class Budgets {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeLoader programmeLoader;

    @Inject
    BudgetLedger ledger;

    @Inject
    ProgrammeIds programmes;

    public ProgrammeBudget of(String programmeCode) {
        Programme programme = programmes.find(programmeCode == null ? "" : programmeCode)
                .orElseThrow(() -> new NotFound("programme " + programmeCode));
        return ledger.budget(programme);
    }

    public ProgrammeBudget of(long programmeId) {
        Programme programme = programmeLoader.find(programmeId)
                .orElseThrow(() -> new NotFound("programme " + programmeId));
        return ledger.budget(programme);
    }
}
