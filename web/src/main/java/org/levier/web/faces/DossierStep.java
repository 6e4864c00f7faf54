package org.levier.web.faces;

/**
 * The steps of the applicant's dossier form ({@link DossierEditPage}), in order, numbered from 1 as its address
 * ({@code ?step=}) and its stepper name them.
 */
public enum DossierStep {
    DESCRIPTION, BUDGET, FINANCING, IMPACT, DOCUMENTS, REVIEW;

    public int getNumber() {
        return ordinal() + 1;
    }

    public boolean isFirst() {
        return ordinal() == 0;
    }

    public boolean isLast() {
        return this == REVIEW;
    }

    /** The step of a number from the address; out of range (or none): the nearest step, the first for none. */
    static DossierStep of(Integer number) {
        int n = number == null ? 1 : number;
        return values()[Math.max(0, Math.min(n - 1, values().length - 1))];
    }

    /** The step at {@code index} (from 0), bounded to the form's steps. */
    static DossierStep at(int index) {
        return values()[Math.max(0, Math.min(index, values().length - 1))];
    }

    static boolean exists(Integer number) {
        return number != null && number >= 1 && number <= values().length;
    }
}
