package org.levier.reports.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One grant as the SCDL <i>subventions</i> dataset publishes it (schema 2.0.2, the columns of the arrêté of
 * 17 November 2017): who granted it (the fund's name and SIRET), the agreement's date, the committee decision it
 * comes from, the beneficiary (legal name, SIRET), the object (the dossier's title), the grant committed by the
 * agreement in EUR, paid in cash, in one or several tranches planned from {@code firstPlannedOn} to
 * {@code lastPlannedOn}. Never notified to the European Commission, one beneficiary (100 %).
 */
public record Subvention(String nomAttribuant, String idAttribuant, LocalDate dateConvention, String referenceDecision,
                         String nomBeneficiaire, String idBeneficiaire, String objet, BigDecimal montant,
                         int tranches, LocalDate firstPlannedOn, LocalDate lastPlannedOn) {

    /** The SCDL column names, in the schema's order. */
    public static final java.util.List<String> COLUMNS = java.util.List.of("nomAttribuant", "idAttribuant",
            "dateConvention", "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "objet", "montant", "nature",
            "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention");

    /** The schema's limit on {@code objet} (and on {@code conditionsVersement}). */
    public static final int TEXT_MAX = 256;

    /** Cash: the fund's grants are money, never aid in kind. */
    public static final String NATURE = "aide en numéraire";

    /** {@code unique} for one grant tranche, {@code échelonné} for several. */
    public String conditionsVersement() {
        return tranches > 1 ? "échelonné" : "unique";
    }

    /** The planned date of the one tranche, else the period {@code first/last} (ISO 8601 interval). */
    public String datesPeriodeVersement() {
        return tranches > 1 && !firstPlannedOn.equals(lastPlannedOn) ? firstPlannedOn + "/" + lastPlannedOn
                : firstPlannedOn.toString();
    }

    /** The object within the schema's 256 characters (an ellipsis marks a cut). */
    public String objetPublie() {
        String text = objet == null ? "" : objet.strip().replaceAll("\\s+", " ");
        return text.codePointCount(0, text.length()) < TEXT_MAX ? text
                : text.substring(0, text.offsetByCodePoints(0, TEXT_MAX - 2)) + "…";
    }

    /** The amount as the schema writes it: a point, two decimals. */
    public String montantPublie() {
        return montant.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
