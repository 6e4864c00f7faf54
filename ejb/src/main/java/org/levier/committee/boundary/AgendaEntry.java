package org.levier.committee.boundary;

import java.util.Map;
import java.util.Set;
import org.levier.committee.entity.Decision;
import org.levier.committee.entity.Tally;
import org.levier.committee.entity.VoteChoice;
import org.levier.dossier.entity.DossierStatus;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * An item of a session's agenda as the committee sees it: the dossier (reference, title, status, requested amounts
 * per instrument), who declared a conflict, the votes by member, the live tally (quorum, majority) and the decision
 * once recorded (null before). Built with one query for the dossiers of the whole agenda.
 */
public record AgendaEntry(long itemId, long dossierId, String reference, String title, DossierStatus dossierStatus,
                          Map<Instrument, Money> requested, Set<String> conflicted, Map<String, VoteChoice> votes,
                          Tally tally, Decision decision) {
}
