package org.levier.demo.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.levier.committee.entity.Tally;
import org.levier.committee.entity.VoteChoice;

/**
 * The demo portfolio's committee session, written as rows that tell one coherent story: held {@link #HELD_DAYS_AGO}
 * days before the generation, opened at 09:00 and closed at 12:00 (fund time); the three demo committee members
 * ({@link #MEMBERS}) declare their attendance at 09:00; every item was put on the agenda a week before; on each
 * item the eligible members vote FOR a few minutes before its approval, recorded on the session day. On the items
 * at the positions of {@link #RECUSAL_POSITIONS} the third member declared a conflict of interest (recused: neither
 * votes nor counts for that item's quorum). Each decision's tally snapshot is computed by the committee's own rule
 * ({@link Tally#of}) from those very rows, so the minutes' attendance and every item's quorum agree. Written through
 * the shared {@link PortfolioRows}.
 */
final class DemoCommittee {

    static final String TITLE = "Comité de démonstration (démo)";
    static final int HELD_DAYS_AGO = 200;
    /** The voting members: the demo committee members' accounts (created in demo mode). */
    static final List<String> MEMBERS = List.of("member1@levier.example", "member2@levier.example",
            "member3@levier.example");
    /** Agenda positions (0-based) on which {@code member3} declared a conflict of interest. */
    static final Set<Integer> RECUSAL_POSITIONS = Set.of(4, 11);

    private final PortfolioRows rows;
    private final ZoneId zone;
    private final LocalDate heldOn;
    private final long sessionId;

    /** Writes the session and its attending members. */
    DemoCommittee(PortfolioRows rows, ZoneId zone, LocalDate today, String actor, Instant createdAt) {
        this.rows = rows;
        this.zone = zone;
        this.heldOn = today.minusDays(HELD_DAYS_AGO);
        this.sessionId = rows.committeeSession(TITLE, heldOn, "CLOSED", actor, createdAt, at(LocalTime.of(9, 0)),
                at(LocalTime.of(12, 0)));
        for (String member : MEMBERS) {
            rows.committeeMember(sessionId, member, at(LocalTime.of(9, 0)));
        }
    }

    LocalDate heldOn() {
        return heldOn;
    }

    /**
     * Puts the dossier on the agenda at {@code position} and records its approval (grant, advance, equity) with the
     * conflicts, votes and tally described on the class, decided by {@code actor} on the session day.
     */
    void approve(long dossierId, int position, BigDecimal grant, BigDecimal advance, BigDecimal equity,
                 String actor) {
        long itemId = rows.agendaItem(sessionId, dossierId, position, actor,
                heldOn.minusDays(7).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant());
        // Items are taken in order from 09:30, five minutes each.
        LocalTime decidedAt = LocalTime.of(9, 30).plusMinutes(5L * position);
        List<String> conflicted = new ArrayList<>();
        if (RECUSAL_POSITIONS.contains(position)) {
            conflicted.add(MEMBERS.getLast());
            rows.conflict(itemId, MEMBERS.getLast(), "Lien avec le porteur (démo)", at(decidedAt.minusMinutes(4)));
        }
        Map<String, VoteChoice> votes = new HashMap<>();
        for (String member : MEMBERS) {
            if (conflicted.contains(member)) {
                continue;
            }
            votes.put(member, VoteChoice.FOR);
            rows.vote(itemId, member, VoteChoice.FOR.name(), at(decidedAt.minusMinutes(2)));
        }
        Tally tally = Tally.of(Set.copyOf(MEMBERS), Set.copyOf(MEMBERS), Set.copyOf(conflicted), votes);
        rows.decision(new PortfolioRows.Decision(itemId, sessionId, dossierId, "APPROVED", grant, advance, equity,
                null, tally.eligible(), tally.present(), tally.votesFor(), tally.votesAgainst(), tally.abstentions(),
                actor, at(decidedAt)));
    }

    private Instant at(LocalTime time) {
        return ZonedDateTime.of(heldOn, time, zone).toInstant();
    }
}
