package org.levier.dossier.entity;

/** How sure a co-financing line is: only COMMITTED and RECEIVED count in the committed leverage. */
public enum CofinancingStatus {
    PLANNED, APPLIED, COMMITTED, RECEIVED
}
