package org.levier.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.levier.equity.boundary.EquityStakes;
import org.levier.equity.entity.StakeTerms;
import org.levier.equity.entity.ValuationMethod;
import org.levier.shared.entity.Money;

/**
 * The staff's commands on an equity stake, with the fields their forms fill: the stake recorded once equity was paid
 * (shares, price, ownership; the investment is the equity paid), a valuation, an exit. Valuation and exit dates are
 * facts: the domain refuses a future one.
 */
@Dependent
public class EquityForms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EquityStakes stakes;

    private Long shares;
    private BigDecimal pricePerShare;
    private BigDecimal ownershipPercentage;
    private LocalDate valuedOn;
    private BigDecimal value;
    private ValuationMethod method;
    private LocalDate exitedOn;
    private Long sharesSold;
    private BigDecimal proceeds;
    private String buyer;

    public boolean record(long dossierId) {
        if (shares == null || pricePerShare == null || ownershipPercentage == null) {
            Messages.error("equity.record.incomplete");
            return false;
        }
        return Messages.attempt(() -> stakes.record(dossierId, new StakeTerms(null, null, shares, pricePerShare,
                ownershipPercentage)), "equity.recorded");
    }

    public boolean value(long dossierId) {
        Optional<Money> money = value == null ? Optional.empty() : DossierForm.asMoney(value);
        if (valuedOn == null || money.isEmpty() || method == null) {
            Messages.error("equity.value.incomplete");
            return false;
        }
        boolean done = Messages.attempt(() -> stakes.value(dossierId, valuedOn, money.get(), method),
                "equity.valued");
        if (done) {
            valuedOn = null;
            value = null;
            method = null;
        }
        return done;
    }

    public boolean exit(long dossierId) {
        Optional<Money> money = proceeds == null ? Optional.empty() : DossierForm.asMoney(proceeds);
        if (exitedOn == null || sharesSold == null || money.isEmpty()) {
            Messages.error("equity.exit.incomplete");
            return false;
        }
        boolean done = Messages.attempt(() -> stakes.exit(dossierId, exitedOn, sharesSold, money.get(), buyer),
                "equity.exited");
        if (done) {
            exitedOn = null;
            sharesSold = null;
            proceeds = null;
            buyer = null;
        }
        return done;
    }

    public ValuationMethod[] getMethods() {
        return ValuationMethod.values();
    }

    public Long getShares() {
        return shares;
    }

    public void setShares(Long shares) {
        this.shares = shares;
    }

    public BigDecimal getPricePerShare() {
        return pricePerShare;
    }

    public void setPricePerShare(BigDecimal pricePerShare) {
        this.pricePerShare = pricePerShare;
    }

    public BigDecimal getOwnershipPercentage() {
        return ownershipPercentage;
    }

    public void setOwnershipPercentage(BigDecimal ownershipPercentage) {
        this.ownershipPercentage = ownershipPercentage;
    }

    public LocalDate getValuedOn() {
        return valuedOn;
    }

    public void setValuedOn(LocalDate valuedOn) {
        this.valuedOn = valuedOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public ValuationMethod getMethod() {
        return method;
    }

    public void setMethod(ValuationMethod method) {
        this.method = method;
    }

    public LocalDate getExitedOn() {
        return exitedOn;
    }

    public void setExitedOn(LocalDate exitedOn) {
        this.exitedOn = exitedOn;
    }

    public Long getSharesSold() {
        return sharesSold;
    }

    public void setSharesSold(Long sharesSold) {
        this.sharesSold = sharesSold;
    }

    public BigDecimal getProceeds() {
        return proceeds;
    }

    public void setProceeds(BigDecimal proceeds) {
        this.proceeds = proceeds;
    }

    public String getBuyer() {
        return buyer;
    }

    public void setBuyer(String buyer) {
        this.buyer = buyer;
    }
}
