package org.levier.shared.entity;

/**
 * The six roles of the domain. Segregation of duties is a domain rule: boundaries declare
 * {@code @RolesAllowed} with these names, and checks that depend on data (own organisation, own request,
 * conflict of interest) live in the services, never only in pages.
 */
public enum Role {
    APPLICANT, ANALYST, FUND_DIRECTOR, COMMITTEE_MEMBER, AUDITOR, ADMIN;

    public static final String APPLICANT_NAME = "APPLICANT";
    public static final String ANALYST_NAME = "ANALYST";
    public static final String FUND_DIRECTOR_NAME = "FUND_DIRECTOR";
    public static final String COMMITTEE_MEMBER_NAME = "COMMITTEE_MEMBER";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    /** Fund staff: who instruct dossiers and move money. */
    public boolean isStaff() {
        return this == ANALYST || this == FUND_DIRECTOR;
    }
}
