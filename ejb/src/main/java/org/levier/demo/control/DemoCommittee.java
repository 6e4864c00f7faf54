package org.levier.demo.control;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
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
import org.levier.shared.control.Rows;

/**
 * The demo portfolio's committee session, written as rows that tell one coherent story: held {@link #HELD_DAYS_AGO}
 * days before the generation, opened at 09:00 and closed at 12:00 (fund time); the three demo committee members
 * ({@link #MEMBERS}) declare their attendance at 09:00; every item was put on the agenda a week before; on each
 * item the eligible members vote FOR a few minutes before its approval, recorded on the session day. On the items
 * at the positions of {@link #RECUSAL_POSITIONS} the third member declared a conflict of interest (recused: neither
 * votes nor counts for that item's quorum). Each decision's tally snapshot is computed by the committee's own rule
 * ({@link Tally#of}) from those very rows, so the minutes' attendance and every item's quorum agree.
 */
final class DemoCommittee {

    static final String TITLE = "Comité de démonstration (démo)";
    static final int HELD_DAYS_AGO = 200;
    /** The voting members: the demo committee members' accounts (created in demo mode). */
    static final List<String> MEMBERS = List.of("member1@levier.example", "member2@levier.example",
            "member3@levier.example");
    /** Agenda positions (0-based) on which {@code member3} declared a conflict of interest. */
    static final Set<Integer> RECUSAL_POSITIONS = Set.of(4, 11);

    private final Rows sql;
    private final ZoneId zone;
    private final LocalDate heldOn;
    private final long sessionId;

    /** Writes the session and its attending members. */
    DemoCommittee(Rows sql, ZoneId zone, LocalDate today, String actor, Timestamp createdAt) {
        this.sql = sql;
        this.zone = zone;
        this.heldOn = today.minusDays(HELD_DAYS_AGO);
        sql.update("INSERT INTO committee_session (title, held_on, status, created_by, created_at, opened_at,"
                + " closed_at) VALUES (?, ?, 'CLOSED', ?, ?, ?, ?)", List.of(TITLE, Date.valueOf(heldOn), actor,
                createdAt, at(LocalTime.of(9, 0)), at(LocalTime.of(12, 0))));
        this.sessionId = ((Number) sql.select("SELECT id, title FROM committee_session WHERE title = ?",
                List.of(TITLE)).getFirst()[0]).longValue();
        for (String member : MEMBERS) {
            sql.update("INSERT INTO committee_member (session_id, member_email, present_since) VALUES (?, ?, ?)",
                    List.of(sessionId, member, at(LocalTime.of(9, 0))));
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
        sql.update("INSERT INTO committee_agenda_item (session_id, dossier_id, position, added_by, added_at)"
                + " VALUES (?, ?, ?, ?, ?)", List.of(sessionId, dossierId, position, actor,
                Timestamp.from(heldOn.minusDays(7).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant())));
        long itemId = ((Number) sql.select("SELECT id, dossier_id FROM committee_agenda_item WHERE dossier_id = ?",
                List.of(dossierId)).getFirst()[0]).longValue();
        // Items are taken in order from 09:30, five minutes each.
        LocalTime decidedAt = LocalTime.of(9, 30).plusMinutes(5L * position);
        List<String> conflicted = new ArrayList<>();
        if (RECUSAL_POSITIONS.contains(position)) {
            conflicted.add(MEMBERS.getLast());
            sql.update("INSERT INTO committee_conflict (agenda_item_id, member_email, note, declared_at)"
                    + " VALUES (?, ?, ?, ?)", List.of(itemId, MEMBERS.getLast(),
                    "Lien avec le porteur (démo)", at(decidedAt.minusMinutes(4))));
        }
        Map<String, VoteChoice> votes = new HashMap<>();
        for (String member : MEMBERS) {
            if (conflicted.contains(member)) {
                continue;
            }
            votes.put(member, VoteChoice.FOR);
            sql.update("INSERT INTO committee_vote (agenda_item_id, member_email, choice, cast_at)"
                    + " VALUES (?, ?, ?, ?)", List.of(itemId, member, VoteChoice.FOR.name(),
                    at(decidedAt.minusMinutes(2))));
        }
        Tally tally = Tally.of(Set.copyOf(MEMBERS), Set.copyOf(MEMBERS), Set.copyOf(conflicted), votes);
        sql.update("INSERT INTO committee_decision (agenda_item_id, session_id, dossier_id, outcome,"
                + " approved_dossier_id, approved_grant, approved_advance, approved_equity, members_eligible,"
                + " members_present, votes_for, votes_against, votes_abstain, decided_by, decided_at)"
                + " VALUES (?, ?, ?, 'APPROVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                List.of(itemId, sessionId, dossierId, dossierId, grant, advance, equity, tally.eligible(),
                        tally.present(), tally.votesFor(), tally.votesAgainst(), tally.abstentions(), actor,
                        at(decidedAt)));
    }

    private Timestamp at(LocalTime time) {
        return Timestamp.from(ZonedDateTime.of(heldOn, time, zone).toInstant());
    }
}
