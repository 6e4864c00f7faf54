package org.levier.diligence.control;

import static org.levier.diligence.entity.ChecklistCategory.ELIGIBILITY;
import static org.levier.diligence.entity.ChecklistCategory.ENVIRONMENT_IMPACT;
import static org.levier.diligence.entity.ChecklistCategory.FINANCIAL;
import static org.levier.diligence.entity.ChecklistCategory.KYC;
import static org.levier.diligence.entity.ChecklistCategory.LEGAL;
import static org.levier.diligence.entity.ChecklistCategory.STATE_AID;
import static org.levier.diligence.entity.ChecklistCategory.TECHNICAL;

import java.util.List;
import org.levier.diligence.entity.ChecklistCategory;
import org.levier.diligence.entity.ChecklistItem.Template;

/**
 * The fund's default checklists: the screening's (eligibility) and due diligence's (every other category). Codes
 * are stable (the UI translates them from {@code checklist*.properties}); labels are the English fallback.
 */
public final class DefaultChecklist {

    public static final List<Template> SCREENING = List.of(
            new Template("ELIG_APPLICANT", ELIGIBILITY, "The applicant is an organisation the call accepts"),
            new Template("ELIG_ACTION", ELIGIBILITY, "The project serves the action and the call it applies to"),
            new Template("ELIG_TERRITORY", ELIGIBILITY, "The project takes place in the programme's territory"),
            new Template("ELIG_COSTS", ELIGIBILITY, "The costs are of eligible kinds and within the project period"));

    public static final List<Template> DUE_DILIGENCE = List.of(
            new Template("LEGAL_STATUS", LEGAL, "Statutes, registration extract and powers of the signatory"),
            new Template("LEGAL_LITIGATION", LEGAL, "No litigation or insolvency proceedings that endanger the"
                    + " project"),
            new Template("FIN_STATEMENTS", FINANCIAL, "Financial statements of the last three years analysed"),
            new Template("FIN_PLAN", FINANCIAL, "Financing plan credible, co-financing evidenced"),
            new Template("FIN_SOLVENCY", FINANCIAL, "Solvency and capacity to pre-finance the expenses"),
            new Template("TECH_FEASIBILITY", TECHNICAL, "Technical feasibility and maturity"),
            new Template("TECH_TEAM", TECHNICAL, "Team and partners able to deliver the project"),
            new Template("AID_REGIME", STATE_AID, "State-aid regime and aid intensity checked"),
            new Template("AID_CUMULATION", STATE_AID, "Cumulation of aid (de minimis, other public funding)"
                    + " checked"),
            new Template("ENV_DNSH", ENVIRONMENT_IMPACT, "No significant harm to environmental objectives"),
            new Template("ENV_INDICATORS", ENVIRONMENT_IMPACT, "Impact targets measurable and plausible"),
            new Template("KYC_OWNERS", KYC, "Beneficial owners identified"),
            new Template("KYC_SANCTIONS", KYC, "Sanctions and politically exposed persons screened"));

    private DefaultChecklist() {
    }

    /** Whether a category belongs to the screening (and not to due diligence proper). */
    public static boolean isScreening(ChecklistCategory category) {
        return category == ELIGIBILITY;
    }
}
