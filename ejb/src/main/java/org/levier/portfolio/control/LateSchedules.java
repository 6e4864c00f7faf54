package org.levier.portfolio.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The repayment schedules of a programme with an instalment due before a day, each with its dossier and beneficiary:
 * a read across the repayment, agreement, dossier and applicant tables (for the repayment component's list of late
 * instalments, which works out from each schedule what is late).
 */
@Stateless
@PermitAll
public class LateSchedules {

    /** A schedule with an instalment due before the day, and whose it is. */
    public record DueSchedule(long scheduleId, long dossierId, String dossierReference, String dossierTitle,
                              String organisation) {
    }

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<DueSchedule> dueBefore(long programmeId, LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT s.id, d.id, d.reference, d.title, o.legal_name"
                        + " FROM repayment_schedule s JOIN agreement ag ON ag.id = s.agreement_id"
                        + " JOIN dossier d ON d.id = ag.dossier_id JOIN organisation o ON o.id = ag.organisation_id"
                        + " JOIN repayment_instalment i ON i.schedule_id = s.id"
                        + " WHERE ag.programme_id = ?1 AND i.due_on < ?2")
                .setParameter(1, programmeId)
                .setParameter(2, Date.valueOf(day))
                .getResultList();
        return rows.stream().map(r -> new DueSchedule(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4])).toList();
    }
}
