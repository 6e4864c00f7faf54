package org.levier.demo.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.levier.audit.boundary.AuditTrail;
import org.levier.programme.entity.AidRegime;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.Programme;
import org.levier.shared.control.Clocks;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.SizeClass;

/**
 * The demonstration call for projects of demo mode: clearly labelled as demo data, open from the day it is created
 * for one year (Europe/Paris midnight), all actions, all instruments. Its bounds and intensities are
 * illustrative, not the programme's. Opened at start-up by the demo component's {@code DemoSeeding}.
 */
@Stateless
public class DemoCalls {

    public static final String CODE = "AAP-DEMO-1";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public Optional<CallForProjects> openOneIfNone(String programmeCode) {
        return openOneIfNone(programmeCode, CODE);
    }

    /** The same for another programme, under its own call code (so that each demo call is found by its code). */
    public Optional<CallForProjects> openOneIfNone(String programmeCode, String callCode) {
        Programme programme = em.createQuery("select p from Programme p where p.code = :code", Programme.class)
                .setParameter("code", programmeCode).getResultStream().findFirst().orElse(null);
        if (programme == null) {
            return Optional.empty();
        }
        Long calls = em.createQuery("select count(c) from CallForProjects c where c.programme = :p", Long.class)
                .setParameter("p", programme).getSingleResult();
        if (calls > 0) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(Clocks.FUND_ZONE));
        ZonedDateTime opens = today.atTime(LocalTime.MIDNIGHT).atZone(Clocks.FUND_ZONE);
        CallForProjects call = new CallForProjects(programme, callCode,
                "Appel à projets de démonstration (données de démonstration)",
                opens.toInstant(), opens.plusYears(1).toInstant(),
                Money.eur("10000.00"), Money.eur("5000000.00"), AidRegime.GBER, true);
        programme.getAxes().forEach(axis -> axis.getActions().forEach(call::makeEligible));
        call.allow(EnumSet.allOf(Instrument.class));
        Map.of(SizeClass.MICRO, "0.70", SizeClass.SMALL, "0.70", SizeClass.MEDIUM, "0.60", SizeClass.LARGE, "0.50",
                        SizeClass.PUBLIC_BODY, "0.80", SizeClass.RESEARCH_ORGANISATION, "1.00",
                        SizeClass.ASSOCIATION, "0.80")
                .forEach((size, max) -> call.capIntensity(size, new BigDecimal(max)));
        em.persist(call);
        em.flush();
        audit.recordAs(AuditTrail.SYSTEM, null, "call.opened", "CallForProjects", call.getId(),
                "Demo call " + callCode + " opened for " + programmeCode,
                Map.of("opensAt", call.getOpensAt(), "closesAt", call.getClosesAt(),
                        "minAmount", call.getMinAmount(), "maxAmount", call.getMaxAmount()));
        return Optional.of(call);
    }
}
