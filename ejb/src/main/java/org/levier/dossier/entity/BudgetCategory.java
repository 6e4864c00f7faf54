package org.levier.dossier.entity;

/** What a budget line pays for. */
public enum BudgetCategory {
    PERSONNEL, EQUIPMENT, WORKS, SUBCONTRACTING, STUDIES, CONSUMABLES, OVERHEADS, OTHER
}
