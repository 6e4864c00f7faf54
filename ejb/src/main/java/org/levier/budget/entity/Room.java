package org.levier.budget.entity;

import java.util.Objects;
import org.levier.shared.entity.Money;

/**
 * What a limit (a programme's allotment or an action's envelope) has used and left:
 * {@code used = committed + reserved}, {@code left = limit - used}. A {@code null} limit is an action without an
 * envelope: it limits nothing (the programme's allotment still does).
 *
 * @param limit         the allotment or envelope; null: no limit
 * @param committed     what signed agreements commit (a terminated agreement: what it paid or still engages)
 * @param reserved      what approvals awaiting their agreement reserve (not those recorded subject to funds)
 * @param awaitingFunds what approvals recorded subject to funds, not yet confirmed, would need (reserves nothing)
 */
public record Room(Money limit, Money committed, Money reserved, Money awaitingFunds) {

    public static Room of(Money limit) {
        return new Room(limit, Money.ZERO, Money.ZERO, Money.ZERO);
    }

    public Room {
        Objects.requireNonNull(committed, "committed");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(awaitingFunds, "awaitingFunds");
    }

    public boolean isLimited() {
        return limit != null;
    }

    public Money used() {
        return committed.plus(reserved);
    }

    /** What is left of the limit; null when there is none. */
    public Money left() {
        return limit == null ? null : limit.minus(used());
    }

    /**
     * Whether {@code requested} more fits, counting {@code releasing} (what the same dossier already holds and gives
     * back by the same move, e.g. its reservation when its agreement is signed) as available.
     */
    public boolean fits(Money requested, Money releasing) {
        return limit == null || !requested.isGreaterThan(left().plus(releasing));
    }

    /** The same room once {@code amount} more is reserved. */
    public Room reserving(Money amount) {
        return new Room(limit, committed, reserved.plus(amount), awaitingFunds);
    }

    public Room plus(Room other) {
        return new Room(limit, committed.plus(other.committed), reserved.plus(other.reserved),
                awaitingFunds.plus(other.awaitingFunds));
    }
}
