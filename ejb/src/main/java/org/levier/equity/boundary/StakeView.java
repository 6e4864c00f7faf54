package org.levier.equity.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.levier.equity.control.EquityMetrics;
import org.levier.equity.control.Xirr;
import org.levier.equity.entity.EquityExit;
import org.levier.equity.entity.EquityStake;
import org.levier.equity.entity.Valuation;
import org.levier.equity.entity.ValuationMethod;
import org.levier.shared.entity.Money;

/**
 * A stake as of a day: investment, valuations, exits, current value, multiple and IRR ({@code irr} null when the
 * flows have no rate yet, e.g. nothing received and nothing valued).
 */
public record StakeView(long id, long version, long agreementId, LocalDate investedOn, Money invested, long shares,
                        BigDecimal pricePerShare, BigDecimal ownershipPercentage, long sharesHeld,
                        List<ValuationLine> valuations, List<ExitLine> exits, Money proceeds, Money currentValue,
                        BigDecimal multiple, BigDecimal irr, LocalDate asOf) {

    public record ValuationLine(LocalDate valuedOn, Money value, ValuationMethod method) {
    }

    public record ExitLine(LocalDate exitedOn, long sharesSold, Money proceeds, String buyer) {
    }

    /** As of a day, the investment out as it was paid ({@code paidIn}: equity payments at their value dates). */
    public static StakeView of(EquityStake s, LocalDate asOf, List<EquityMetrics.Dated> paidIn) {
        List<Xirr.CashFlow> out = paidIn.isEmpty() ? List.of(new Xirr.CashFlow(s.getInvestedOn(),
                s.getInvested().amount().negate())) : paidIn.stream()
                .map(d -> new Xirr.CashFlow(d.on(), d.amount().amount().negate())).toList();
        return new StakeView(s.getId() == null ? 0 : s.getId(), s.getVersion(), s.getAgreementId(), s.getInvestedOn(),
                s.getInvested(), s.getShares(), s.getPricePerShare(), s.getOwnershipPercentage(), s.sharesHeld(),
                s.getValuations().stream().map(StakeView::line).toList(),
                s.getExits().stream().map(StakeView::line).toList(), s.proceeds(), s.currentValue(), s.multiple(),
                Xirr.rate(s.cashFlows(asOf, out)).orElse(null), asOf);
    }

    public static StakeView of(EquityStake s, LocalDate asOf) {
        return new StakeView(s.getId() == null ? 0 : s.getId(), s.getVersion(), s.getAgreementId(), s.getInvestedOn(),
                s.getInvested(), s.getShares(), s.getPricePerShare(), s.getOwnershipPercentage(), s.sharesHeld(),
                s.getValuations().stream().map(StakeView::line).toList(),
                s.getExits().stream().map(StakeView::line).toList(), s.proceeds(), s.currentValue(), s.multiple(),
                Xirr.rate(s.cashFlows(asOf)).orElse(null), asOf);
    }

    private static ValuationLine line(Valuation v) {
        return new ValuationLine(v.getValuedOn(), v.getAmount(), v.getMethod());
    }

    private static ExitLine line(EquityExit e) {
        return new ExitLine(e.getExitedOn(), e.getSharesSold(), e.getProceeds(), e.buyer().orElse(null));
    }
}
