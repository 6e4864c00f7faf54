package org.levier.equity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.agreement.control.AgreementIds;
import org.levier.dossier.control.DossierIds;
import org.levier.equity.control.EquityFlows;
import org.levier.equity.control.EquityMetrics.Dated;
import org.levier.equity.control.EquityMetrics;
import org.levier.equity.entity.EquityExit;
import org.levier.equity.entity.EquityStake;
import org.levier.programme.control.ProgrammeIds;
import org.levier.shared.control.BusinessDates;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * A programme's equity portfolio as of today: paid-in (its paid EQUITY disbursements), distributed (exit proceeds),
 * residual value (each stake's current value; equity paid on an agreement whose stake is not recorded yet counts at
 * cost), TVPI, DPI and IRR ({@link EquityMetrics}), and one line per agreement with equity paid. Paid-in is a
 * database sum; the stakes (a fund holds tens, not thousands) are read to value what they still hold.
 */
@Stateless
public class EquityPortfolios {

    @PersistenceContext
    EntityManager em;

    @Inject
    EquityFlows flows;

    @Inject
    Clock clock;

    @Inject
    ProgrammeIds programmes;

    @Inject
    AgreementIds agreementIds;

    @Inject
    DossierIds dossierIds;

    /** One agreement's equity: paid-in, distributed, residual value, multiple (TVPI of the line) and IRR. */
    public record Line(long agreementId, long dossierId, String dossierReference, boolean stakeRecorded, Money paidIn,
                       Money distributed, Money residualValue, BigDecimal tvpi, BigDecimal irr) {
    }

    public record PortfolioView(String programme, EquityMetrics.Figures figures, List<Line> stakes) {
    }

    @RolesAllowed({Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME})
    public PortfolioView of(String programmeCode) {
        Long programmeId = programmes.byCode(programmeCode)
                .orElseThrow(() -> new NotFound("programme " + programmeCode));
        LocalDate today = BusinessDates.today(clock);
        Map<Long, Money> paidByAgreement = flows.paidInByAgreement(programmeId);
        Map<Long, EquityStake> stakes = new HashMap<>();
        List<Long> ofProgramme = agreementIds.ofProgramme(programmeId);
        if (!ofProgramme.isEmpty()) {
            em.createQuery("select s from EquityStake s where s.agreementId in :agreements", EquityStake.class)
                    .setParameter("agreements", ofProgramme).getResultList()
                    .forEach(s -> stakes.put(s.getAgreementId(), s));
        }
        Map<Long, AgreementIds.Parties> parties = agreementIds.partiesOf(ofProgramme);
        Map<Long, DossierIds.Heading> headings = dossierIds.headings(parties.values().stream()
                .map(AgreementIds.Parties::dossierId).toList());
        Map<Long, Object[]> dossiers = new HashMap<>();
        parties.forEach((agreement, party) -> {
            DossierIds.Heading heading = headings.get(party.dossierId());
            if (heading != null) {
                dossiers.put(agreement, new Object[] {agreement, party.dossierId(), heading.reference()});
            }
        });
        List<Dated> distributions = new ArrayList<>();
        Money residual = Money.ZERO;
        List<Line> lines = new ArrayList<>();
        java.util.Set<Long> agreements = new java.util.TreeSet<>(paidByAgreement.keySet());
        agreements.addAll(stakes.keySet());
        for (long agreementId : agreements) {
            EquityStake stake = stakes.get(agreementId);
            Money paid = paidByAgreement.getOrDefault(agreementId, Money.ZERO);
            List<Dated> exits = new ArrayList<>();
            Money value = paid;
            if (stake != null) {
                for (EquityExit exit : stake.getExits()) {
                    exits.add(new Dated(exit.getExitedOn(), exit.getProceeds()));
                }
                value = stake.currentValue();
            }
            distributions.addAll(exits);
            residual = residual.plus(value);
            EquityMetrics.Figures line = EquityMetrics.of(flows.paidIn(agreementId), exits, value, today);
            Object[] dossier = dossiers.get(agreementId);
            lines.add(new Line(agreementId, dossier == null ? 0 : (Long) dossier[1],
                    dossier == null ? null : (String) dossier[2], stake != null, paid, line.distributed(), value,
                    line.tvpi(), line.irr()));
        }
        return new PortfolioView(programmeCode, EquityMetrics.of(flows.paidInOfProgramme(programmeId),
                distributions, residual, today), lines);
    }
}
