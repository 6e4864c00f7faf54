package org.levier.impact.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.dossier.entity.ImpactIndicator;
import org.levier.impact.control.ImpactQueries;
import org.levier.impact.entity.ImpactBreakdown;
import org.levier.programme.entity.Axis;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.Rows;
import org.levier.shared.entity.Role;

/**
 * The impact figures: the indicator catalogue (anyone signed in) and, for staff and auditors, target versus actual
 * per indicator, action or axis of a programme — database aggregates ({@link ImpactQueries}, which says which
 * dossiers and which values count), labelled from the programme's structure and the catalogue.
 */
@Stateless
public class Impacts {

    /** One indicator of the catalogue in a language. */
    public record Indicator(String code, String unit, String label) {
    }

    /**
     * One row: the group ({@code key} the axis/action number and its {@code label}; both null per indicator), the
     * indicator, its unit, target and actual sums, ratio (null when the target is 0), how many dossiers have the
     * target and how many of them have an accepted value.
     */
    public record Row(String key, String label, String indicator, String indicatorLabel, String unit,
                      BigDecimal target, BigDecimal actual, BigDecimal ratio, long dossiers, long reporting) {
    }

    /** Target versus actual of a programme. */
    public record Figures(String programme, ImpactBreakdown by, List<Row> rows) {
    }

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({Role.APPLICANT_NAME, Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME,
            Role.AUDITOR_NAME, Role.ADMIN_NAME})
    public List<Indicator> indicators(String language) {
        return em.createQuery("select i from ImpactIndicator i order by i.code", ImpactIndicator.class)
                .getResultList().stream().map(i -> new Indicator(i.getCode(), i.getUnit(), i.label(language)))
                .toList();
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public Figures figures(String programmeCode, ImpactBreakdown by, String language) {
        Programme programme = Optional.ofNullable(programmeCode).flatMap(c -> em.createQuery(
                        "select p from Programme p where p.code = :code", Programme.class)
                .setParameter("code", c).getResultStream().findFirst())
                .orElseThrow(() -> new NotFound("programme " + programmeCode));
        Map<String, String> indicatorLabels = new HashMap<>();
        indicators(language).forEach(i -> indicatorLabels.put(i.code(), i.label()));
        Map<Integer, String> groupLabels = new HashMap<>();
        for (Axis axis : programme.getAxes()) {
            if (by == ImpactBreakdown.AXIS) {
                groupLabels.put(axis.getNumber(), axis.title(language));
            }
            for (ProgrammeAction action : axis.getActions()) {
                if (by == ImpactBreakdown.ACTION) {
                    groupLabels.put(action.getNumber(), action.title(language));
                }
            }
        }
        List<Row> rows = new ImpactQueries(Rows.of(em)).groups(programme.getCode(), by).stream()
                .map(g -> new Row(g.key() == null ? null : String.valueOf(g.key()),
                        g.key() == null ? null : groupLabels.get(g.key()), g.indicator(),
                        indicatorLabels.getOrDefault(g.indicator(), g.indicator()), g.unit(), g.target(), g.actual(),
                        g.ratio(), g.dossiers(), g.reporting()))
                .toList();
        return new Figures(programme.getCode(), by, rows);
    }
}
