package org.levier.agreement.entity;

import java.util.Objects;
import org.levier.shared.entity.Money;

/**
 * What is engaged on an instrument or a tranche of an agreement: paid, approved (not yet paid) and pending
 * (requested, not yet approved) disbursements; cancelled ones count for nothing.
 */
public record Engaged(Money paid, Money approved, Money pending) {

    public static final Engaged NONE = new Engaged(Money.ZERO, Money.ZERO, Money.ZERO);

    public Engaged {
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(pending, "pending");
    }

    /** paid + approved + pending: what may no longer be requested. */
    public Money total() {
        return paid.plus(approved).plus(pending);
    }

    /** What may still be requested within {@code limit} (negative only if the invariant was ever broken). */
    public Money remainingOf(Money limit) {
        return limit.minus(total());
    }

    public Engaged plus(Engaged other) {
        return new Engaged(paid.plus(other.paid), approved.plus(other.approved), pending.plus(other.pending));
    }
}
