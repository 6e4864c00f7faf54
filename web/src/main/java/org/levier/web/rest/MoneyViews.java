package org.levier.web.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.levier.agreement.boundary.AgreementView;
import org.levier.agreement.entity.Amendment;
import org.levier.disbursement.boundary.Disbursements;
import org.levier.disbursement.entity.Disbursement;
import org.levier.equity.boundary.StakeView;
import org.levier.repayment.boundary.ScheduleView;
import org.levier.repayment.entity.RepaymentSchedule.InstalmentState;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * How the API shows agreements, disbursements, repayment schedules and equity stakes: money as strings with two
 * decimals, dates ISO-8601, moments UTC. On an agreement and each of its lines: {@code committed}, {@code paid},
 * {@code approved} (not yet paid), {@code pending} (requested, not yet approved), {@code remaining} (what may still
 * be requested: committed − paid − approved − pending) and {@code unpaid} (committed − paid). On the agreement also
 * {@code recovered} (received on its recovery orders) and {@code paidNet} (paid − recovered).
 *
 * <p>One name per quantity (issue 15), the same on the screens and in the reports: {@code engaged} = approved +
 * pending, {@code available} = committed − paid − engaged, {@code leftToPay} = committed − paid. {@code remaining}
 * and {@code unpaid} stay (the contract never renames) as deprecated aliases of {@code available} and
 * {@code leftToPay}. Every figure comes from {@link AgreementView.Position}: nothing is recomputed here.
 */
final class MoneyViews {

    // The definitions printed in the OpenAPI document (the same as the screens' footnotes and the reports').
    static final String COMMITTED = "Committed: the signed commitment (after amendments)";
    static final String PAID = "Paid: payments made (gross of recoveries)";
    static final String APPROVED = "Approved: disbursements approved, not yet paid";
    static final String PENDING = "Pending: disbursements requested, not yet approved";
    static final String ENGAGED = "Engaged = approved + pending (approved or requested, not yet paid)";
    static final String AVAILABLE = "Available = committed − paid − engaged: what may still be requested";
    static final String LEFT_TO_PAY = "Left to pay = committed − paid";
    static final String REMAINING = "Deprecated alias of available (same value): committed − paid − engaged";
    static final String UNPAID = "Deprecated alias of leftToPay (same value): committed − paid";

    private MoneyViews() {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"id", "dossierId", "version", "signedOn", "signedBy", "amendmentNumber", "commitment",
            "committed", "paid", "approved", "pending", "engaged", "available", "leftToPay", "remaining", "unpaid",
            "conditionsMet"})
    @Schema(name = "AgreementJson")
    public record AgreementJson(long id, long dossierId, long version, String signedOn, String signedBy,
                                String signedAt, int amendmentNumber,
                                @Schema(description = "Committed per instrument (after amendments)")
                                Map<String, String> commitment,
                                @Schema(description = "Approved by the committee per instrument")
                                Map<String, String> approvedByCommittee,
                                @Schema(description = COMMITTED) String committed,
                                @Schema(description = PAID) String paid,
                                @Schema(description = APPROVED) String approved,
                                @Schema(description = PENDING) String pending,
                                @Schema(description = REMAINING, deprecated = true) String remaining,
                                @Schema(description = UNPAID, deprecated = true) String unpaid,
                                boolean conditionsMet, long programmeId, long actionId, long organisationId,
                                List<InstrumentJson> instruments, List<TrancheJson> tranches,
                                List<ConditionJson> conditions, List<AmendmentJson> amendments,
                                @Schema(description = "Recovered: received on the agreement's recovery orders")
                                String recovered,
                                @Schema(description = "Paid net of recoveries = paid − recovered") String paidNet,
                                @Schema(description = ENGAGED) String engaged,
                                @Schema(description = AVAILABLE) String available,
                                @Schema(description = LEFT_TO_PAY) String leftToPay) {
    }

    @Schema(name = "InstrumentJson")
    public record InstrumentJson(String instrument,
                                 @Schema(description = "Approved by the committee on this instrument")
                                 String approvedByCommittee,
                                 @Schema(description = COMMITTED) String committed,
                                 @Schema(description = PAID) String paid,
                                 @Schema(description = APPROVED) String approved,
                                 @Schema(description = PENDING) String pending,
                                 @Schema(description = REMAINING, deprecated = true) String remaining,
                                 @Schema(description = UNPAID, deprecated = true) String unpaid,
                                 @Schema(description = ENGAGED) String engaged,
                                 @Schema(description = AVAILABLE) String available,
                                 @Schema(description = LEFT_TO_PAY) String leftToPay) {
    }

    @JsonbNillable
    @Schema(name = "TrancheJson")
    public record TrancheJson(long id, int position, String instrument,
                              @Schema(description = "Committed on the tranche (its amount)") String amount,
                              String plannedOn, String milestone, String conditions, boolean withdrawn,
                              @Schema(description = PAID) String paid,
                              @Schema(description = APPROVED) String approved,
                              @Schema(description = PENDING) String pending,
                              @Schema(description = REMAINING, deprecated = true) String remaining,
                              @Schema(description = UNPAID, deprecated = true) String unpaid,
                              @Schema(description = ENGAGED) String engaged,
                              @Schema(description = AVAILABLE) String available,
                              @Schema(description = LEFT_TO_PAY) String leftToPay) {
    }

    @JsonbNillable
    @Schema(name = "ConditionJson")
    public record ConditionJson(long id, int position, String description, boolean met, String metOn,
                                String metBy, Long evidenceDocumentId, String withdrawnReason) {
    }

    @Schema(name = "AmendmentJson")
    public record AmendmentJson(int number, String reason, String amendedBy, String amendedAt,
                                Map<String, String> previous, Map<String, String> commitment) {
    }

    @JsonbNillable
    @JsonbPropertyOrder({"id", "status", "amount", "trancheId", "instrument", "agreementId", "dossierId",
            "dossierReference", "dossierTitle", "tranche"})
    public record DisbursementJson(long id, long version, String status, String amount, long trancheId,
                                   String instrument, long agreementId, Long dossierId, String requestedBy,
                                   String requestedRole, String requestedAt, String idempotencyKey,
                                   List<Long> evidence, String approvedBy, String approvedAt, String valueDate,
                                   String bankReference, String paidBy, String paidAt, String cancelledBy,
                                   String cancelledAt, String cancelReason, String dossierReference,
                                   String dossierTitle, TrancheRef tranche) {
    }

    /** The tranche of a disbursement and what may still be requested on it now ({@code available}). */
    @JsonbNillable
    public record TrancheRef(long id, String milestone,
                             @Schema(description = "Committed on the tranche (its amount)") String amount,
                             @Schema(description = "Deprecated alias of available (same value) on the tranche",
                                     deprecated = true) String remaining,
                             @Schema(description = "Available on the tranche now = its amount − paid − engaged")
                             String available) {
    }

    public record DisbursementList(List<DisbursementJson> items, int page, int size, long total) {
    }

    @JsonbNillable
    public record ScheduleJson(long id, long version, long agreementId, String basis, String firstDueOn,
                               int instalmentCount, String frequency, String asOf, List<InstalmentJson> instalments,
                               String repaid, String writtenOff, String outstanding, long lateInstalments,
                               String lateAmount, boolean totallyWrittenOff, int rebuilt, AgeingJson ageing,
                               List<RepaymentJson> repayments) {
    }

    public record InstalmentJson(int number, String dueOn, String amount, String repaid, String writtenOff,
                                 String owed, boolean late, long daysLate, String ageing) {
    }

    public record AgeingJson(String upTo30, String from31To60, String from61To90, String over90) {
    }

    @JsonbNillable
    public record RepaymentJson(long id, String receivedOn, String amount, String reference, String recordedBy,
                                String recordedAt, boolean reversed, String reversalReason) {
    }

    @JsonbNillable
    public record StakeJson(long id, long version, long agreementId, String investedOn, String invested, long shares,
                            String pricePerShare, String ownershipPercentage, long sharesHeld,
                            List<ValuationJson> valuations, List<ExitJson> exits, String proceeds,
                            String currentValue, String multiple, String irr, String asOf) {
    }

    public record ValuationJson(String valuedOn, String value, String method) {
    }

    @JsonbNillable
    public record ExitJson(String exitedOn, long sharesSold, String proceeds, String buyer) {
    }

    static AgreementJson of(AgreementView a, List<Amendment> amendments) {
        Map<String, String> commitment = new LinkedHashMap<>();
        Map<String, String> approvedByCommittee = new LinkedHashMap<>();
        List<InstrumentJson> instruments = a.instruments().stream().map(i -> {
            commitment.put(i.instrument().name(), money(i.position().committed()));
            approvedByCommittee.put(i.instrument().name(), money(i.approvedByCommittee()));
            AgreementView.Position p = i.position();
            return new InstrumentJson(i.instrument().name(), money(i.approvedByCommittee()), money(p.committed()),
                    money(p.paid()), money(p.approved()), money(p.pending()), money(p.remaining()),
                    money(p.unpaid()), money(p.engaged()), money(p.available()), money(p.leftToPay()));
        }).toList();
        AgreementView.Position total = a.total();
        return new AgreementJson(a.id(), a.dossierId(), a.version(), date(a.signedOn()), a.signedBy(),
                ApiFormat.instant(a.signedAt()), a.amendmentNumber(), commitment, approvedByCommittee,
                money(total.committed()), money(total.paid()), money(total.approved()), money(total.pending()),
                money(total.remaining()), money(total.unpaid()), a.conditionsMet(), a.programmeId(), a.actionId(),
                a.organisationId(), instruments,
                a.tranches().stream().map(MoneyViews::of).toList(),
                a.conditions().stream().map(c -> new ConditionJson(c.id(), c.position(), c.description(), c.met(),
                        date(c.metOn()), c.metBy(), c.evidenceDocumentId(), c.withdrawnReason())).toList(),
                amendments == null ? null : amendments.stream().map(MoneyViews::of).toList(),
                money(a.recovered()), money(a.paidNet()), money(total.engaged()), money(total.available()),
                money(total.leftToPay()));
    }

    private static TrancheJson of(AgreementView.TranchePosition t) {
        AgreementView.Position p = t.money();
        return new TrancheJson(t.id(), t.position(), t.instrument().name(), money(p.committed()), date(t.plannedOn()),
                t.milestone(), t.conditions(), t.withdrawn(), money(p.paid()), money(p.approved()),
                money(p.pending()), money(p.remaining()), money(p.unpaid()), money(p.engaged()),
                money(p.available()), money(p.leftToPay()));
    }

    private static AmendmentJson of(Amendment m) {
        return new AmendmentJson(m.getNumber(), m.getReason(), m.getAmendedBy(), ApiFormat.instant(m.getAmendedAt()),
                amounts(m.previous()), amounts(m.committed()));
    }

    /** A disbursement with its dossier and tranche ({@code place} null: unknown, the fields stay null). */
    static DisbursementJson of(Disbursement d, Disbursements.Place place) {
        return new DisbursementJson(d.getId(), d.getVersion(), d.getStatus().name(), money(d.getAmount()),
                d.getTrancheId(), d.getInstrument().name(), d.getAgreementId(),
                place == null ? null : place.dossierId(), d.getRequestedBy(),
                d.getRequestedRole().name(), ApiFormat.instant(d.getRequestedAt()),
                d.idempotencyKey().orElse(null), List.copyOf(d.getEvidence()), d.approvedBy().orElse(null),
                ApiFormat.instant(d.approvedAt().orElse(null)), date(d.paidOn().orElse(null)),
                d.bankReference().orElse(null), d.paidBy().orElse(null), ApiFormat.instant(d.paidAt().orElse(null)),
                d.cancelledBy().orElse(null), ApiFormat.instant(d.cancelledAt().orElse(null)),
                d.cancelReason().orElse(null), place == null ? null : place.dossierReference(),
                place == null ? null : place.dossierTitle(), place == null ? null
                : new TrancheRef(place.trancheId(), place.milestone(), money(place.trancheAmount()),
                money(place.remainingOnTranche()), money(place.remainingOnTranche())));
    }

    /** Disbursements with their places, read in one go. */
    static List<DisbursementJson> of(List<Disbursement> items, Disbursements disbursements) {
        Map<Long, Disbursements.Place> places = disbursements.placesOf(items);
        return items.stream().map(d -> of(d, places.get(d.getId()))).toList();
    }

    static DisbursementJson of(Disbursement d, Disbursements disbursements) {
        return of(List.of(d), disbursements).get(0);
    }

    static ScheduleJson of(ScheduleView s) {
        return new ScheduleJson(s.id(), s.version(), s.agreementId(), money(s.basis()), date(s.firstDueOn()),
                s.instalmentCount(), s.frequency().name(), date(s.asOf()),
                s.instalments().stream().map(MoneyViews::of).toList(), money(s.repaid()), money(s.writtenOff()),
                money(s.outstanding()), s.lateInstalments(), money(s.lateAmount()), s.totallyWrittenOff(), s.rebuilt(),
                new AgeingJson(money(s.ageing().upTo30()), money(s.ageing().from31To60()),
                        money(s.ageing().from61To90()), money(s.ageing().over90())),
                s.repayments().stream().map(r -> new RepaymentJson(r.id(), date(r.receivedOn()), money(r.amount()),
                        r.reference(), r.recordedBy(), ApiFormat.instant(r.recordedAt()), r.reversed(),
                        r.reversalReason())).toList());
    }

    private static InstalmentJson of(InstalmentState i) {
        return new InstalmentJson(i.number(), date(i.dueOn()), money(i.amount()), money(i.repaid()),
                money(i.writtenOff()), money(i.owed()), i.late(), i.daysLate(), i.ageing());
    }

    static StakeJson of(StakeView s) {
        return new StakeJson(s.id(), s.version(), s.agreementId(), date(s.investedOn()), money(s.invested()),
                s.shares(), plain(s.pricePerShare()), plain(s.ownershipPercentage()), s.sharesHeld(),
                s.valuations().stream().map(v -> new ValuationJson(date(v.valuedOn()), money(v.value()),
                        v.method().name())).toList(),
                s.exits().stream().map(e -> new ExitJson(date(e.exitedOn()), e.sharesSold(), money(e.proceeds()),
                        e.buyer())).toList(),
                money(s.proceeds()), money(s.currentValue()), plain(s.multiple()), plain(s.irr()), date(s.asOf()));
    }

    private static Map<String, String> amounts(Map<Instrument, Money> amounts) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Instrument instrument : Instrument.values()) {
            out.put(instrument.name(), money(amounts.getOrDefault(instrument, Money.ZERO)));
        }
        return out;
    }

    private static String money(Money money) {
        return ApiFormat.money(money);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
