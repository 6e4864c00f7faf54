package org.levier.committee.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quorum and recusal: a conflicted member neither votes nor counts for the item's quorum. */
class TallyTest {

    static Set<String> names(String list) {
        return list == null || list.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(list.split(" ")));
    }

    /** votes: "a:FOR b:AGAINST" */
    static Map<String, VoteChoice> votes(String list) {
        Map<String, VoteChoice> votes = new HashMap<>();
        for (String v : names(list)) {
            String[] parts = v.split(":");
            votes.put(parts[0], VoteChoice.valueOf(parts[1]));
        }
        return votes;
    }

    @ParameterizedTest(name = "members [{0}], attending [{1}], conflicted [{2}], votes [{3}] → eligible {4},"
            + " present {5}, required {6}, quorum {7}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // members       | attending | conflicted | votes          | elig | pres | req | quorum
            "a b c d e       | a b c     | -          | -              | 5    | 3    | 3   | true",
            "a b c d e       | a b       | -          | -              | 5    | 2    | 3   | false",
            "a b c d e       | a b       | -          | c:FOR          | 5    | 3    | 3   | true",   // voting is being there
            "a b c d         | a b       | -          | -              | 4    | 2    | 3   | false",  // half is not a majority
            "a b c d         | a b c     | -          | -              | 4    | 3    | 3   | true",
            "a b c d e       | a b c     | c          | -              | 4    | 2    | 3   | false",  // a conflicted attendee does not count
            "a b c d e       | a b c     | d e        | -              | 3    | 3    | 2   | true",   // recusals lower the bar
            "a b c           | a b c     | a b c      | -              | 0    | 0    | 1   | false",  // all conflicted: never
            "a               | a         | -          | -              | 1    | 1    | 1   | true",
            "a b c           | a x y     | -          | z:FOR          | 3    | 1    | 2   | false",  // outsiders ignored
    })
    void quorumIsAMajorityOfTheMembersWithoutConflictWhoArePresent(String members, String attending,
                                                                    String conflicted, String votes, int eligible,
                                                                    int present, int required, boolean quorum) {
        Tally tally = Tally.of(names(members), names(attending), names(conflicted), votes(votes));

        assertThat(tally.eligible()).isEqualTo(eligible);
        assertThat(tally.present()).isEqualTo(present);
        assertThat(tally.quorumRequired()).isEqualTo(required);
        assertThat(tally.quorumReached()).isEqualTo(quorum);
    }

    @ParameterizedTest(name = "votes [{0}], conflicted [{1}] → for {2}, cast {3}, majority for {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "a:FOR b:FOR c:AGAINST            | -   | 2 | 3 | true",
            "a:FOR b:AGAINST                  | -   | 1 | 2 | false",  // a tie is no majority
            "a:FOR b:FOR c:ABSTAIN d:ABSTAIN  | -   | 2 | 4 | false",  // abstentions count as cast
            "a:FOR b:FOR c:AGAINST d:ABSTAIN  | -   | 2 | 4 | false",
            "a:FOR b:FOR c:FOR d:ABSTAIN      | -   | 3 | 4 | true",
            "a:FOR b:FOR c:AGAINST            | a b | 0 | 1 | false",  // conflicted votes are not counted
            "-                                | -   | 0 | 0 | false",
    })
    void approvalNeedsAMajorityForAmongTheVotesCast(String votes, String conflicted, int votesFor, int cast,
                                                    boolean majority) {
        Tally tally = Tally.of(names("a b c d e"), names("a b c d e"), names(conflicted), votes(votes));

        assertThat(tally.votesFor()).isEqualTo(votesFor);
        assertThat(tally.votesCast()).isEqualTo(cast);
        assertThat(tally.majorityFor()).isEqualTo(majority);
    }

    @ParameterizedTest(name = "members [{0}], attending [{1}], voters [{2}] → present at the session [{3}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "a b c | a b c | -         | a b c",
            "a b c | -     | a b,c     | a b c",  // voting on any item is being there
            "a b c | a     | b,b       | a b",
            "a b c | -     | -         | -",
            "a b c | x     | y z       | -",      // outsiders ignored
    })
    void theSessionsAttendanceFollowsTheItemsRule(String members, String attending, String voters,
                                                 String present) {
        java.util.List<Set<String>> votersByItem = voters == null ? java.util.List.of()
                : Arrays.stream(voters.split(",")).map(TallyTest::names).toList();

        Set<String> atSession = Tally.presentAtSession(names(members), names(attending), votersByItem);

        assertThat(atSession).containsExactlyInAnyOrderElementsOf(names(present));
        // No item can count more present members than the session has.
        for (Set<String> itemVoters : votersByItem) {
            assertThat(Tally.of(names(members), names(attending), Set.of(), votes(itemVoters.stream()
                    .map(v -> v + ":FOR").reduce((x, y) -> x + " " + y).orElse(""))).present())
                    .isLessThanOrEqualTo(atSession.size());
        }
    }
}
