package org.levier.demo.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.audit.boundary.AuditTrail;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.Programme.ActionPlan;
import org.levier.programme.entity.Programme.AxisPlan;
import org.levier.shared.control.Clocks;
import org.levier.shared.entity.InstantConverter;
import org.levier.shared.entity.Money;

/**
 * Demo mode's second, small programme ({@value #CODE}, labelled as demonstration data): 2 axes, 3 actions with
 * envelopes and a small allotment, so that every list, filter and leverage view is seen to keep programmes apart.
 * Created once, when absent (at start-up, by the demo component's {@code DemoSeeding}); the Dunkerque programme and
 * its figures are left as they are.
 */
@Stateless
public class DemoProgrammes {

    public static final String CODE = "DEMO-2";
    public static final String CALL_CODE = "AAP-DEMO-2";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public Optional<Programme> loadIfAbsent() {
        boolean exists = !em.createQuery("select p.id from Programme p where p.code = :code", Long.class)
                .setParameter("code", CODE).getResultList().isEmpty();
        if (exists) {
            return Optional.empty();
        }
        int year = LocalDate.now(clock.withZone(Clocks.FUND_ZONE)).getYear();
        Programme programme = Programme.open(CODE, new Programme.Terms(
                        "Littoral en transition (programme de démonstration)", Money.eur("2000000.00"),
                        Money.eur("9000000.00"), LocalDate.of(year, 1, 1), LocalDate.of(year + 3, 12, 31)),
                List.of(new AxisPlan(1, "Énergies du littoral (démo)", "Coastal energy (demo)", List.of(
                                new ActionPlan(1, "Réseaux de chaleur portuaires (démo)", null, Money.eur("800000.00")),
                                new ActionPlan(2, "Éolien en mer : compétences locales (démo)", null,
                                        Money.eur("500000.00")))),
                        new AxisPlan(2, "Mobilités douces (démo)", "Soft mobility (demo)", List.of(
                                new ActionPlan(3, "Vélo-logistique du dernier kilomètre (démo)", null,
                                        Money.eur("400000.00"))))),
                InstantConverter.toColumnPrecision(clock.instant()));
        programme.describe("Données de démonstration", null, null, null, List.of(), programme.getStartDate());
        em.persist(programme);
        em.flush();
        audit.recordAs(AuditTrail.SYSTEM, null, "programme.loaded", "Programme", programme.getId(),
                "Demo programme " + CODE + " loaded", Map.of("code", CODE, "allotment",
                        programme.getAllotment(), "axes", 2, "actions", 3));
        return Optional.of(programme);
    }
}
