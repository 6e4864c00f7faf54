package org.levier.reports.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.agreement.boundary.AgreementView;
import org.levier.disbursement.entity.Disbursement;
import org.levier.disbursement.entity.DisbursementStatus;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The disbursement statement's positions at the end of a past day {@code to} (Paris), restated from each
 * disbursement's own dates: requested after {@code to}, it did not exist; paid with a value date up to {@code to},
 * paid; cancelled by then, cancelled; approved by then, approved; otherwise requested (pending). Commitments are the
 * agreement's current ones (an amendment after {@code to} is not undone: the statement says "as of" for the money,
 * and the agreement's version is printed beside it).
 */
final class StatementAsOf implements DisbursementStatementReport.Positions {

    private record Sums(BigDecimal paid, BigDecimal approved, BigDecimal pending, BigDecimal cancelled) {
        static final Sums NONE = new Sums(zero(), zero(), zero(), zero());

        Sums plus(Sums o) {
            return new Sums(paid.add(o.paid), approved.add(o.approved), pending.add(o.pending),
                    cancelled.add(o.cancelled));
        }
    }

    private final Map<Long, Sums> byTranche = new HashMap<>();
    private final Map<Instrument, Sums> byInstrument = new EnumMap<>(Instrument.class);
    private Sums total = Sums.NONE;

    StatementAsOf(List<Disbursement> disbursements, LocalDate to) {
        Instant end = to.plusDays(1).atStartOfDay(ReportRenderer.ZONE).toInstant();
        for (Disbursement d : disbursements) {
            if (!d.getRequestedAt().isBefore(end)) {
                continue;
            }
            BigDecimal amount = d.getAmount().amount();
            Sums sums;
            if (d.getStatus() == DisbursementStatus.PAID && d.paidOn().filter(on -> !on.isAfter(to)).isPresent()) {
                sums = new Sums(amount, zero(), zero(), zero());
            } else if (d.cancelledAt().filter(at -> at.isBefore(end)).isPresent()) {
                sums = new Sums(zero(), zero(), zero(), amount);
            } else if (d.approvedAt().filter(at -> at.isBefore(end)).isPresent()) {
                sums = new Sums(zero(), amount, zero(), zero());
            } else {
                sums = new Sums(zero(), zero(), amount, zero());
            }
            byTranche.merge(d.getTrancheId(), sums, Sums::plus);
            byInstrument.merge(d.getInstrument(), sums, Sums::plus);
            total = total.plus(sums);
        }
    }

    @Override
    public AgreementView.Position tranche(AgreementView.TranchePosition tranche) {
        return position(tranche.money().committed(), byTranche.getOrDefault(tranche.id(), Sums.NONE));
    }

    @Override
    public AgreementView.Position instrument(AgreementView.InstrumentPosition instrument) {
        return position(instrument.position().committed(),
                byInstrument.getOrDefault(instrument.instrument(), Sums.NONE));
    }

    @Override
    public AgreementView.Position total(AgreementView agreement) {
        return position(agreement.total().committed(), total);
    }

    @Override
    public BigDecimal cancelled(long trancheId) {
        return byTranche.getOrDefault(trancheId, Sums.NONE).cancelled();
    }

    /** Available = committed − paid − approved − requested; left to pay = committed − paid. */
    private static AgreementView.Position position(Money committed, Sums s) {
        Money paid = Money.eur(s.paid());
        Money approved = Money.eur(s.approved());
        Money pending = Money.eur(s.pending());
        return new AgreementView.Position(committed, paid, approved, pending,
                committed.minus(paid).minus(approved).minus(pending), committed.minus(paid));
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
