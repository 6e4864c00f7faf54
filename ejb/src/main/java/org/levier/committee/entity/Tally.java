package org.levier.committee.entity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The count of one agenda item, and the rules of quorum and majority.
 *
 * <ul>
 * <li><b>Eligible</b> members of an item: the session's voting members who did not declare a conflict of interest
 * on it (a conflicted member neither votes nor counts for the item's quorum).</li>
 * <li><b>Present</b>: eligible members who declared their attendance at the session, or who voted on the item
 * (voting is being there).</li>
 * <li><b>Quorum</b>: the present eligible members are a strict majority of the eligible members:
 * {@code present > eligible / 2}, i.e. at least {@code eligible / 2 + 1} (3 of 5, 3 of 4, 1 of 1). With no eligible
 * member (everyone conflicted) there is no quorum: the item goes to another session.</li>
 * <li><b>Votes cast</b>: FOR, AGAINST and ABSTAIN of eligible members (a vote is annulled when its member declares
 * a conflict). An <b>approval</b> needs a majority FOR among the votes cast: {@code for > cast / 2}; abstentions
 * count as cast, so public money is committed only when more members are for than against and abstaining
 * together. A <b>rejection</b> is possible only without such a majority (the committee's approval is not overruled);
 * a <b>deferral</b> needs the quorum only.</li>
 * </ul>
 */
public record Tally(int members, int conflicted, int eligible, int present, int votesFor, int votesAgainst,
                    int abstentions) {

    /**
     * The tally from the session's members, those who declared attendance, the conflicted members of the item and
     * its votes (e-mails in the same normalised form); names outside the members are ignored.
     */
    public static Tally of(Set<String> members, Set<String> attending, Set<String> conflictedMembers,
                           Map<String, VoteChoice> votes) {
        Set<String> eligibleMembers = new HashSet<>(members);
        eligibleMembers.removeAll(conflictedMembers);
        Set<String> presentMembers = new HashSet<>(attending);
        presentMembers.addAll(votes.keySet());
        presentMembers.retainAll(eligibleMembers);
        int forVotes = 0;
        int against = 0;
        int abstain = 0;
        for (Map.Entry<String, VoteChoice> vote : votes.entrySet()) {
            if (!eligibleMembers.contains(vote.getKey())) {
                continue;
            }
            switch (vote.getValue()) {
                case FOR -> forVotes++;
                case AGAINST -> against++;
                case ABSTAIN -> abstain++;
            }
        }
        int conflictedCount = (int) conflictedMembers.stream().filter(members::contains).count();
        return new Tally(members.size(), conflictedCount, eligibleMembers.size(), presentMembers.size(), forVotes,
                against, abstain);
    }

    /**
     * The members present at the session, by the rule every item's tally uses: a member who declared attendance or
     * voted on any item of the agenda (voting is being there); names outside the members are ignored. The minutes'
     * "present of members" is this set's size against the members', so it never contradicts an item's quorum.
     *
     * @param votersByItem the members who voted, one set per agenda item
     */
    public static Set<String> presentAtSession(Set<String> members, Set<String> attending,
                                               Collection<? extends Collection<String>> votersByItem) {
        Set<String> present = new TreeSet<>(attending);
        votersByItem.forEach(present::addAll);
        present.retainAll(members);
        return present;
    }

    /** How many present eligible members the quorum needs. */
    public int quorumRequired() {
        return eligible / 2 + 1;
    }

    public boolean quorumReached() {
        return eligible > 0 && present >= quorumRequired();
    }

    public int votesCast() {
        return votesFor + votesAgainst + abstentions;
    }

    /** A strict majority FOR among the votes cast (abstentions count as cast). */
    public boolean majorityFor() {
        return votesFor * 2 > votesCast();
    }
}
