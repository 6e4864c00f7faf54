package org.levier.agreement.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.levier.agreement.entity.Agreement;
import org.levier.agreement.entity.ConditionPrecedent;
import org.levier.agreement.entity.Engaged;
import org.levier.agreement.entity.Tranche;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * An agreement as its readers see it: commitments and tranches with, for each, what is paid, approved, pending and
 * what remains to be requested ({@code remaining} = committed − paid − approved − pending) and to be paid
 * ({@code unpaid} = committed − paid). Built from database sums, never from the disbursements themselves.
 * {@code recovered} is what came back on the agreement's recovery orders (receipts recorded), ordered on the agreement
 * as a whole (not on a tranche or an instrument); {@link #paidNet()} = paid − recovered is the realised figure.
 */
public record AgreementView(long id, long version, long dossierId, long programmeId, long actionId,
                            long organisationId, LocalDate signedOn, String signedBy, Instant signedAt,
                            int amendmentNumber, boolean conditionsMet, Position total,
                            List<InstrumentPosition> instruments, List<TranchePosition> tranches,
                            List<Condition> conditions, Money recovered) {

    /** What the fund paid net of what came back on recovery orders. */
    public Money paidNet() {
        return total.paid().minus(recovered);
    }

    /**
     * Money of one line: committed and what became of it. The names the API, the screens and the reports use:
     * committed, paid, {@link #engaged()}, {@link #available()} ({@code remaining}) and {@link #leftToPay()}
     * ({@code unpaid}).
     */
    public record Position(Money committed, Money paid, Money approved, Money pending, Money remaining,
                           Money unpaid) {

        /** Engaged: approved (not yet paid) + pending (requested, not yet approved). */
        public Money engaged() {
            return approved.plus(pending);
        }

        /** Available (what may still be requested) = committed − paid − engaged: the same as {@link #remaining()}. */
        public Money available() {
            return remaining;
        }

        /** Left to pay = committed − paid: the same as {@link #unpaid()}. */
        public Money leftToPay() {
            return unpaid;
        }

        static Position of(Money committed, Engaged engaged) {
            return new Position(committed, engaged.paid(), engaged.approved(), engaged.pending(),
                    engaged.remainingOf(committed), committed.minus(engaged.paid()));
        }
    }

    public record InstrumentPosition(Instrument instrument, Money approvedByCommittee, Position position) {
    }

    public record TranchePosition(long id, int position, Instrument instrument, LocalDate plannedOn, String milestone,
                                  String conditions, boolean withdrawn, Position money) {
    }

    public record Condition(long id, int position, String description, boolean met, LocalDate metOn, String metBy,
                            Long evidenceDocumentId, String withdrawnReason) {
    }

    public static AgreementView of(Agreement a, Map<Instrument, Engaged> byInstrument, Map<Long, Engaged> byTranche) {
        return of(a, byInstrument, byTranche, Money.ZERO);
    }

    public static AgreementView of(Agreement a, Map<Instrument, Engaged> byInstrument, Map<Long, Engaged> byTranche,
                                   Money recovered) {
        List<InstrumentPosition> instruments = java.util.Arrays.stream(Instrument.values())
                .map(i -> new InstrumentPosition(i, a.approved().get(i),
                        Position.of(a.committed(i), byInstrument.getOrDefault(i, Engaged.NONE))))
                .toList();
        Engaged all = byInstrument.values().stream().reduce(Engaged.NONE, Engaged::plus);
        List<TranchePosition> tranches = a.getTranches().stream().map(t -> tranche(t, byTranche)).toList();
        List<Condition> conditions = a.getConditions().stream().map(AgreementView::condition).toList();
        return new AgreementView(a.getId(), a.getVersion(), a.getDossierId(), a.getProgrammeId(), a.getActionId(),
                a.getOrganisationId(), a.getSignedOn(), a.getSignedBy(), a.getSignedAt(), a.getAmendmentNumber(),
                a.conditionsMet(), Position.of(a.totalCommitted(), all), instruments, tranches, conditions,
                recovered);
    }

    private static TranchePosition tranche(Tranche t, Map<Long, Engaged> byTranche) {
        Engaged engaged = byTranche.getOrDefault(t.getId(), Engaged.NONE);
        Money amount = t.isWithdrawn() ? Money.ZERO : t.getAmount();
        return new TranchePosition(t.getId() == null ? 0 : t.getId(), t.getPosition(), t.getInstrument(),
                t.getPlannedOn(), t.getMilestone(), t.conditions().orElse(null), t.isWithdrawn(),
                Position.of(amount, engaged));
    }

    private static Condition condition(ConditionPrecedent c) {
        return new Condition(c.getId() == null ? 0 : c.getId(), c.getPosition(), c.getDescription(), c.isMet(),
                c.metOn().orElse(null), c.metBy().orElse(null), c.evidenceDocumentId().orElse(null),
                c.withdrawnReason().orElse(null));
    }

    /** The line of one instrument. */
    public Position position(Instrument instrument) {
        return instruments.stream().filter(i -> i.instrument() == instrument).findFirst().orElseThrow().position();
    }
}
