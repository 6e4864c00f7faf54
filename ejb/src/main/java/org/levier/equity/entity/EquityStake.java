package org.levier.equity.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.levier.equity.control.Xirr.CashFlow;
import org.levier.shared.control.BusinessDates;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Money;

/**
 * The fund's stake in a company under an agreement (referred to by id). Aggregate root of its valuations and exits.
 *
 * <p>Lifecycle: {@link #record recorded} once with the equity actually paid, which it {@link #follow follows} as
 * further equity is paid; {@link #value valued} over time; sold in one or
 * more {@link #exit exits} until no share is held. The current value is the latest valuation, scaled to the shares
 * still held (half-even to the cent), or the cost of the shares held when never valued.
 */
@Entity
@Table(name = "equity_stake")
public class EquityStake {

    public static final int RATIO_SCALE = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "invested_on", nullable = false)
    private LocalDate investedOn;

    @Column(nullable = false)
    private Money invested;

    @Column(nullable = false)
    private long shares;

    @Column(name = "price_per_share", nullable = false, precision = 19, scale = 6)
    private BigDecimal pricePerShare;

    @Column(name = "ownership_pct", nullable = false, precision = 9, scale = 6)
    private BigDecimal ownershipPercentage;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "stake", cascade = CascadeType.PERSIST)
    @OrderBy("valuedOn")
    private List<Valuation> valuations = new ArrayList<>();

    @OneToMany(mappedBy = "stake", cascade = CascadeType.PERSIST)
    @OrderBy("exitedOn ASC, id ASC")
    private List<EquityExit> exits = new ArrayList<>();

    protected EquityStake() {
    }

    /**
     * Records the stake bought with the equity actually paid: {@code paidIn} (the agreement's paid EQUITY
     * disbursements) is the investment, {@code firstPaidOn} (the first one's value date) its date. The terms give the
     * shares, the price and the ownership; an {@code invested} or {@code investedOn} in them must be the money's.
     *
     * @throws RuleViolation {@code equity.nothing-paid} when no equity was paid, {@code equity.invalid} naming every
     *                       problem (an invested amount or date other than the money's among them)
     */
    public static EquityStake record(long agreementId, StakeTerms terms, Money paidIn, LocalDate firstPaidOn,
                                     String by, Instant now) {
        if (paidIn == null || !paidIn.isPositive() || firstPaidOn == null) {
            throw new RuleViolation("equity.nothing-paid", "No equity was paid under this agreement: a stake is"
                    + " recorded once its equity disbursements are paid", List.of(new Violation("invested",
                    "no paid EQUITY disbursement")));
        }
        List<Violation> v = new ArrayList<>();
        if (terms.invested() != null && terms.invested().compareTo(paidIn) != 0) {
            v.add(new Violation("invested", "the equity paid is " + paidIn.toPlainString() + ", not "
                    + terms.invested().toPlainString() + " (leave it out: it follows the money)"));
        }
        if (terms.investedOn() != null && !terms.investedOn().equals(firstPaidOn)) {
            v.add(new Violation("investedOn", "the first equity payment's value date is " + firstPaidOn
                    + " (leave it out: it follows the money)"));
        }
        if (terms.shares() <= 0) {
            v.add(new Violation("shares", "a positive number of shares"));
        }
        if (terms.pricePerShare() == null || terms.pricePerShare().signum() <= 0
                || terms.pricePerShare().stripTrailingZeros().scale() > 6) {
            v.add(new Violation("pricePerShare", "positive, at most 6 decimals"));
        }
        BigDecimal pct = terms.ownershipPercentage();
        if (pct == null || pct.signum() <= 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0
                || pct.stripTrailingZeros().scale() > 6) {
            v.add(new Violation("ownershipPercentage", "above 0, at most 100, at most 6 decimals"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("equity.invalid", "The stake is invalid: " + v.get(0).field() + " "
                    + v.get(0).message(), v);
        }
        EquityStake stake = new EquityStake();
        stake.agreementId = agreementId;
        stake.investedOn = firstPaidOn;
        stake.invested = paidIn;
        stake.shares = terms.shares();
        stake.pricePerShare = terms.pricePerShare().setScale(6);
        stake.ownershipPercentage = pct.setScale(6);
        stake.recordedBy = by;
        stake.recordedAt = now;
        return stake;
    }

    /**
     * The investment follows the equity paid: a further equity disbursement paid raises it.
     *
     * @return whether it changed
     */
    public boolean follow(Money paidIn, LocalDate firstPaidOn) {
        if (paidIn.compareTo(invested) == 0) {
            return false;
        }
        invested = paidIn;
        if (firstPaidOn != null && firstPaidOn.isBefore(investedOn)) {
            investedOn = firstPaidOn;
        }
        return true;
    }

    /**
     * Values the stake on a day (a fact: not after {@code today}, not before the investment).
     *
     * @throws RuleViolation {@code equity.valuation.invalid}, {@code equity.valuation.duplicate}
     */
    public Valuation value(LocalDate valuedOn, Money amount, ValuationMethod method, String by, LocalDate today,
                           Instant now) {
        List<Violation> v = new ArrayList<>(BusinessDates.asOf(today).fact("valuedOn", valuedOn)
                .notBefore("valuedOn", valuedOn, investedOn, "the investment").violations());
        if (amount == null || amount.isNegative()) {
            v.add(new Violation("value", "zero or more"));
        }
        if (method == null) {
            v.add(new Violation("method", "required"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("equity.valuation.invalid", "The valuation is invalid", v);
        }
        if (valuations.stream().anyMatch(x -> x.getValuedOn().equals(valuedOn))) {
            throw new RuleViolation("equity.valuation.duplicate", "The stake was already valued on " + valuedOn,
                    List.of(new Violation("valuedOn", "already valued")));
        }
        Valuation valuation = new Valuation(this, valuedOn, amount, method, by, now);
        valuations.add(valuation);
        return valuation;
    }

    /**
     * Sells shares on a day (a fact: not after {@code today}, not before the investment).
     *
     * @throws RuleViolation {@code equity.exit.invalid}, {@code equity.exit.too-many-shares}
     */
    public EquityExit exit(LocalDate exitedOn, long sharesSold, Money proceeds, String buyer, String by,
                           LocalDate today, Instant now) {
        List<Violation> v = new ArrayList<>(BusinessDates.asOf(today).fact("exitedOn", exitedOn)
                .notBefore("exitedOn", exitedOn, investedOn, "the investment").violations());
        if (sharesSold <= 0) {
            v.add(new Violation("sharesSold", "a positive number"));
        }
        if (proceeds == null || proceeds.isNegative()) {
            v.add(new Violation("proceeds", "zero or more"));
        }
        String who = buyer == null || buyer.isBlank() ? null : buyer.strip();
        if (who != null && who.length() > 300) {
            v.add(new Violation("buyer", "at most 300 characters"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("equity.exit.invalid", "The exit is invalid", v);
        }
        if (sharesSold > sharesHeld()) {
            throw new RuleViolation("equity.exit.too-many-shares", "Only " + sharesHeld() + " shares are held; "
                    + sharesSold + " cannot be sold", List.of(new Violation("sharesSold", "at most " + sharesHeld())));
        }
        EquityExit exit = new EquityExit(this, exitedOn, sharesSold, proceeds, who, by, now);
        exits.add(exit);
        return exit;
    }

    public long sharesHeld() {
        return shares - exits.stream().mapToLong(EquityExit::getSharesSold).sum();
    }

    private long sharesHeldOn(LocalDate day) {
        return shares - exits.stream().filter(e -> !e.getExitedOn().isAfter(day))
                .mapToLong(EquityExit::getSharesSold).sum();
    }

    public Money proceeds() {
        return exits.stream().map(EquityExit::getProceeds).reduce(Money.ZERO, Money::plus);
    }

    public Optional<Valuation> latestValuation() {
        return valuations.stream().max(Comparator.comparing(Valuation::getValuedOn));
    }

    /** The value of the shares still held: the latest valuation scaled to them, or their cost if never valued. */
    public Money currentValue() {
        long held = sharesHeld();
        if (held == 0) {
            return Money.ZERO;
        }
        Optional<Valuation> latest = latestValuation();
        if (latest.isEmpty()) {
            return prorate(invested, held, shares);
        }
        long heldThen = sharesHeldOn(latest.get().getValuedOn());
        return heldThen == 0 ? Money.ZERO : prorate(latest.get().getAmount(), held, heldThen);
    }

    /** (current value + proceeds) / invested, 4 decimals half-even (1.5000 = 1.5×). */
    public BigDecimal multiple() {
        return currentValue().plus(proceeds()).amount()
                .divide(invested.amount(), RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * The fund's dated flows as of a day: the investment out (once, on the investment date), each exit's proceeds
     * in, and the current value of the shares still held in on {@code asOf} (not before the last flow).
     */
    public List<CashFlow> cashFlows(LocalDate asOf) {
        return cashFlows(asOf, List.of(new CashFlow(investedOn, invested.amount().negate())));
    }

    /**
     * The same with the investment as it was paid: {@code paidIn} are the equity payments, negative, at their value
     * dates.
     */
    public List<CashFlow> cashFlows(LocalDate asOf, List<CashFlow> paidIn) {
        List<CashFlow> flows = new ArrayList<>(paidIn);
        LocalDate last = paidIn.stream().map(CashFlow::on).max(LocalDate::compareTo).orElse(investedOn);
        for (EquityExit exit : exits) {
            flows.add(new CashFlow(exit.getExitedOn(), exit.getProceeds().amount()));
            last = exit.getExitedOn().isAfter(last) ? exit.getExitedOn() : last;
        }
        Money value = currentValue();
        if (value.isPositive()) {
            LocalDate on = asOf == null || asOf.isBefore(last) ? last : asOf;
            Optional<Valuation> latest = latestValuation();
            if (latest.isPresent() && latest.get().getValuedOn().isAfter(on)) {
                on = latest.get().getValuedOn();
            }
            flows.add(new CashFlow(on, value.amount()));
        }
        return flows;
    }

    private static Money prorate(Money amount, long part, long whole) {
        return Money.eur(amount.amount().multiply(BigDecimal.valueOf(part))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getAgreementId() {
        return agreementId;
    }

    public LocalDate getInvestedOn() {
        return investedOn;
    }

    public Money getInvested() {
        return invested;
    }

    public long getShares() {
        return shares;
    }

    public BigDecimal getPricePerShare() {
        return pricePerShare;
    }

    public BigDecimal getOwnershipPercentage() {
        return ownershipPercentage;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<Valuation> getValuations() {
        return Collections.unmodifiableList(valuations);
    }

    public List<EquityExit> getExits() {
        return Collections.unmodifiableList(exits);
    }
}
