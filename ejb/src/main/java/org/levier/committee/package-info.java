/**
 * The investment committee: sessions with their voting members and agenda of dossiers in COMMITTEE, conflicts of
 * interest, attendance, votes, quorum, and the decision per dossier that moves it (APPROVED, REJECTED, or back to
 * DUE_DILIGENCE when DEFERRED) and is told to the applicant.
 * Invariants: a conflicted member neither votes nor counts for that item's quorum; one vote per member and item;
 * only members vote; a decision needs the quorum (and, to approve, a majority for), never approves more than
 * requested per instrument, and is immutable (one per item, one approving decision per dossier, enforced by unique
 * keys); a dossier leaves COMMITTEE only by a recorded decision, whatever the entry point; an approval reserves its
 * amounts against the allotment and the action's envelope (budget component) and is refused beyond what is left,
 * unless the director records it subject to funds (then it reserves nothing until the funds are confirmed). The
 * what-if shows each agenda item's effect on the allotment, envelope and committed leverage, cumulated in order.
 */
package org.levier.committee;
