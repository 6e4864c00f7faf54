package org.levier.budget.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.levier.budget.entity.Room;
import org.levier.shared.entity.Money;

/** The reservation arithmetic: used = committed + reserved, left = limit - used, hand-computed figures. */
class BudgetExceededTest {

    static final Money ALLOTMENT = Money.eur("37500000.00");

    static Money eur(String amount) {
        return Money.eur(amount);
    }

    @Test
    void leftIsTheLimitLessCommittedAndReserved() {
        Room room = new Room(ALLOTMENT, eur("30000000.00"), eur("7000000.00"), eur("5000000.00"));
        assertThat(room.used()).isEqualTo(eur("37000000.00"));
        assertThat(room.left()).isEqualTo(eur("500000.00"));
        // What awaits funds is shown, never counted.
        assertThat(room.fits(eur("500000.00"), Money.ZERO)).isTrue();
        assertThat(room.fits(eur("500000.01"), Money.ZERO)).isFalse();
        assertThat(room.reserving(eur("500000.00")).left()).isEqualTo(Money.ZERO);
    }

    @Test
    void anActionWithoutEnvelopeLimitsNothing() {
        Room room = new Room(null, eur("1.00"), eur("2.00"), Money.ZERO);
        assertThat(room.left()).isNull();
        assertThat(room.fits(eur("9999999999.00"), Money.ZERO)).isTrue();
        BudgetExceeded.require("committee.budget", "TI-DK", Room.of(ALLOTMENT), 3, room, eur("1000.00"), Money.ZERO);
    }

    @Test
    void theLastEuroFitsAndNotACentMoreWithTheFiguresNamed() {
        Room programme = new Room(ALLOTMENT, eur("30000000.00"), eur("7499000.00"), Money.ZERO);
        BudgetExceeded.require("committee.budget", "TI-DK", programme, 1, null, eur("1000.00"), Money.ZERO);
        assertThatThrownBy(() -> BudgetExceeded.require("committee.budget", "TI-DK", programme, 1, null,
                eur("1000.01"), Money.ZERO))
                .isInstanceOfSatisfying(BudgetExceeded.class, e -> {
                    assertThat(e.key()).isEqualTo("committee.budget.programme-exceeded");
                    assertThat(e.getMessage()).contains("1000.00 left", "37500000.00", "committed 30000000.00",
                            "reserved 7499000.00", "requested 1000.01");
                    assertThat(e.shortfalls()).singleElement().satisfies(s -> {
                        assertThat(s.left()).isEqualTo(eur("1000.00"));
                        assertThat(s.requested()).isEqualTo(eur("1000.01"));
                    });
                });
    }

    @Test
    void theEnvelopeIsCheckedToo() {
        Room programme = Room.of(ALLOTMENT);
        Room envelope = new Room(eur("2000000.00"), eur("1000000.00"), eur("600000.00"), Money.ZERO);
        assertThatThrownBy(() -> BudgetExceeded.require("committee.budget", "TI-DK", programme, 4, envelope,
                eur("400000.01"), Money.ZERO))
                .isInstanceOfSatisfying(BudgetExceeded.class, e -> {
                    assertThat(e.key()).isEqualTo("committee.budget.action-exceeded");
                    assertThat(e.getMessage()).contains("action 4 has 400000.00 left");
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("budget.action");
                });
    }

    @Test
    void aSignatureCountsItsOwnReservationAsAvailable() {
        // 37,500,000 allotment: 37,000,000 committed, 500,000 reserved by the dossier being signed: left 0.
        Room programme = new Room(ALLOTMENT, eur("37000000.00"), eur("500000.00"), Money.ZERO);
        assertThat(programme.left()).isEqualTo(Money.ZERO);
        BudgetExceeded.require("agreement.envelope", "TI-DK", programme, 1, null, eur("500000.00"),
                eur("500000.00"));
        assertThatThrownBy(() -> BudgetExceeded.require("agreement.envelope", "TI-DK", programme, 1, null,
                eur("500000.01"), eur("500000.00")))
                .isInstanceOfSatisfying(BudgetExceeded.class, e -> {
                    assertThat(e.getMessage()).contains("500000.00 left", "reserved 0.00 by others",
                            "500000.00 already reserved for it counts as left");
                    assertThat(e.shortfalls().getFirst().left()).isEqualTo(eur("500000.00"));
                });
        // Subject to funds: nothing of its own reserved, the commitment must fit what is left.
        assertThatThrownBy(() -> BudgetExceeded.require("agreement.envelope", "TI-DK", programme, 1, null,
                eur("0.01"), Money.ZERO))
                .isInstanceOf(BudgetExceeded.class);
    }
}
