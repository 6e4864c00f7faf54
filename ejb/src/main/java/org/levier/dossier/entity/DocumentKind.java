package org.levier.dossier.entity;

/** What an uploaded document is for; a call lists the kinds it requires before submission. */
public enum DocumentKind {
    /** Project description and business plan. */
    BUSINESS_PLAN,
    /** Detailed budget and quotes. */
    BUDGET_DETAIL,
    /** Last approved annual accounts. */
    FINANCIAL_STATEMENTS,
    /** Extract of registration (Kbis) or equivalent. */
    REGISTRATION_EXTRACT,
    /** Bank details (RIB). */
    BANK_DETAILS,
    /** Letter or decision of a co-funder. */
    COFINANCING_EVIDENCE,
    /** Declaration of de minimis aid received over the last three years. */
    DE_MINIMIS_DECLARATION,
    /** Tax and social security certificates. */
    TAX_CERTIFICATES,
    /** Technical annex. */
    TECHNICAL_ANNEX,
    OTHER
}
