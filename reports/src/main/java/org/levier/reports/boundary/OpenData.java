package org.levier.reports.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.applicant.control.CompanyIdentifiers;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.reports.control.Subvention;

/**
 * The fund's open data (DOMAIN, <i>Transparency</i>): the grants above 23,000 EUR of the signed agreements, as the
 * SCDL <i>subventions</i> dataset (décret 2017-779, arrêté of 17 November 2017). Public: no caller needed.
 *
 * <p>A grant is the agreement's committed GRANT (after amendments), published when strictly above 23,000.00 EUR
 * and when its beneficiary has a SIRET (the schema's identifier; an organisation registered by SIREN only or abroad
 * cannot be published in this format). The attributor is the fund: {@code levier.fund.name} and
 * {@code levier.fund.siret}. The decision reference names the committee session's date and the decision's number.
 * The payment dates are the live grant tranches' planned dates.
 *
 * <p>Every SIRET published passes the schema's {@code french-siret-value} check ({@link #isScdlSiret}): the fund's
 * is checked before anything is read, and a wrong one refuses the whole export ({@code openData.fund.siret}: the
 * file would not pass the schema); a beneficiary whose SIRET fails it (registration checks the SIRET's own digit,
 * so only data written otherwise) is left out, like one without a SIRET.
 */
@Stateless
@PermitAll
public class OpenData {

    /** The decree's threshold: grants strictly above it are published. */
    public static final BigDecimal THRESHOLD = new BigDecimal("23000.00");

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "levier.fund.name", defaultValue = "Fonds Territoire d'innovation Dunkerque")
    String fundName;

    /** A fictitious SIRET with valid check digits (prefix 99999, like the demo organisations): configure the fund's. */
    @Inject
    @ConfigProperty(name = "levier.fund.siret", defaultValue = "99999000500012")
    String fundSiret;

    /** The published grants of the programme {@code programmeCode} (404 when unknown), of every programme if null. */
    public List<Subvention> subventions(String programmeCode) {
        if (!isScdlSiret(fundSiret)) {
            throw new RuleViolation("openData.fund.siret", "The fund's SIRET configured in levier.fund.siret ("
                    + fundSiret + ") is not a valid SIRET (14 digits passing its check digit, as its SIREN):"
                    + " the open data cannot be published until it is corrected.",
                    List.of(new RuleViolation.Violation("levier.fund.siret", "a valid SIRET")));
        }
        Long programmeId = programmeCode == null || programmeCode.isBlank() ? null : programmeId(programmeCode);
        jakarta.persistence.Query query = em.createNativeQuery(
                "SELECT a.signed_on, a.committed_grant, o.legal_name, o.siret,"
                        + " d.title, s.held_on, c.id,"
                        + " (SELECT COUNT(*) FROM agreement_tranche t WHERE t.agreement_id = a.id"
                        + "   AND t.instrument = 'GRANT' AND t.withdrawn = FALSE),"
                        + " (SELECT MIN(t.planned_on) FROM agreement_tranche t WHERE t.agreement_id = a.id"
                        + "   AND t.instrument = 'GRANT' AND t.withdrawn = FALSE),"
                        + " (SELECT MAX(t.planned_on) FROM agreement_tranche t WHERE t.agreement_id = a.id"
                        + "   AND t.instrument = 'GRANT' AND t.withdrawn = FALSE)"
                        + " FROM agreement a"
                        + " JOIN organisation o ON o.id = a.organisation_id"
                        + " JOIN dossier d ON d.id = a.dossier_id"
                        + " LEFT JOIN committee_decision c ON c.approved_dossier_id = a.dossier_id"
                        + " LEFT JOIN committee_session s ON s.id = c.session_id"
                        + " WHERE a.committed_grant > ? AND o.siret IS NOT NULL"
                        + (programmeId == null ? "" : " AND a.programme_id = ?")
                        + " ORDER BY a.signed_on, a.id")
                .setParameter(1, THRESHOLD);
        if (programmeId != null) {
            query.setParameter(2, programmeId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Subvention> grants = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (!isScdlSiret((String) row[3])) {
                continue;
            }
            LocalDate signedOn = date(row[0]);
            long tranches = ((Number) row[7]).longValue();
            LocalDate first = row[8] == null ? signedOn : date(row[8]);
            LocalDate last = row[9] == null ? first : date(row[9]);
            String decision = row[6] == null ? null
                    : "CS-" + (row[5] == null ? "" : date(row[5]) + "-") + "D" + ((Number) row[6]).longValue();
            grants.add(new Subvention(fundName, fundSiret, signedOn, decision, (String) row[2], (String) row[3],
                    (String) row[4], ((BigDecimal) row[1]).setScale(2), (int) tranches, first, last));
        }
        return grants;
    }

    /**
     * The SCDL schema's {@code french-siret-value} rule: 14 digits whose SIREN (the first nine) and whole number pass
     * the Luhn check digit — for La Poste's establishments (SIREN 356000000), whose numbers outgrew Luhn, a digit sum
     * that is a multiple of 5 ({@link CompanyIdentifiers}).
     */
    public static boolean isScdlSiret(String siret) {
        return siret != null && siret.matches("\\d{14}") && CompanyIdentifiers.isValidSiret(siret)
                && CompanyIdentifiers.isValidSiren(CompanyIdentifiers.sirenOf(siret));
    }

    private long programmeId(String code) {
        return em.createQuery("select p.id from Programme p where p.code = :code", Long.class)
                .setParameter("code", code.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("programme " + code.strip()));
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
