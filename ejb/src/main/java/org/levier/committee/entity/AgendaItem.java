package org.levier.committee.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * A dossier (by id) on a session's agenda, with the conflicts declared on it, its votes and, once decided, its
 * decision. Its row is locked while a declaration, a vote or the decision is recorded, so they happen one after the
 * other: no vote slips in after the decision, no decision is taken twice.
 *
 * <p>Votes: one per member; a member may change its vote until the item is decided (a correction on the day is
 * common, and the tally is read only when deciding); the change is audited. A member who declares a conflict after
 * voting has its vote annulled.
 */
@Entity
@Table(name = "committee_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private CommitteeSession session;

    @Column(name = "dossier_id", nullable = false, updatable = false)
    private long dossierId;

    @Column(nullable = false)
    private int position;

    @Column(name = "added_by", nullable = false, length = 254)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("declaredAt")
    private List<ConflictDeclaration> conflicts = new ArrayList<>();

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("castAt")
    private List<Vote> votes = new ArrayList<>();

    @OneToOne(mappedBy = "item", fetch = FetchType.LAZY, cascade = CascadeType.PERSIST)
    private Decision decision;

    protected AgendaItem() {
    }

    AgendaItem(CommitteeSession session, long dossierId, int position, String addedBy, Instant addedAt) {
        this.session = session;
        this.dossierId = dossierId;
        this.position = position;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /**
     * A member declares a conflict of interest (the session checked membership); a vote it cast is annulled.
     *
     * @return the annulled vote's choice, if any
     * @throws RuleViolation {@code committee.item.decided}; {@code committee.conflict.exists}
     */
    public Optional<VoteChoice> declareConflict(String member, String note, Instant now) {
        requireUndecided();
        if (isConflicted(member)) {
            throw new RuleViolation("committee.conflict.exists", member + " has already declared a conflict of"
                    + " interest on this dossier");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > ConflictDeclaration.NOTE_MAX) {
            throw new RuleViolation("committee.conflict.invalid", "A note has at most "
                    + ConflictDeclaration.NOTE_MAX + " characters",
                    List.of(new Violation("note", "at most " + ConflictDeclaration.NOTE_MAX + " characters")));
        }
        conflicts.add(new ConflictDeclaration(this, member, text, now));
        Optional<Vote> annulled = vote(member);
        annulled.ifPresent(votes::remove);
        return annulled.map(Vote::getChoice);
    }

    /**
     * A member's vote (the session checked membership and that it is open).
     *
     * @return the previous choice when the member changed its vote
     * @throws RuleViolation {@code committee.item.decided}; {@code committee.vote.conflicted} when the member
     *                       declared a conflict of interest on this dossier
     */
    public Optional<VoteChoice> vote(String member, VoteChoice choice, Instant now) {
        requireUndecided();
        if (choice == null) {
            throw new RuleViolation("committee.vote.invalid", "A vote is FOR, AGAINST or ABSTAIN",
                    List.of(new Violation("choice", "FOR, AGAINST or ABSTAIN")));
        }
        if (isConflicted(member)) {
            throw new RuleViolation("committee.vote.conflicted", member + " declared a conflict of interest on"
                    + " this dossier and may not vote on it");
        }
        Optional<Vote> existing = vote(member);
        if (existing.isPresent()) {
            VoteChoice previous = existing.get().getChoice();
            existing.get().change(choice, now);
            return Optional.of(previous);
        }
        votes.add(new Vote(this, member, choice, now));
        return Optional.empty();
    }

    /** The tally of this item given the session's members and those who declared attendance. */
    public Tally tally(Set<String> members, Set<String> attending) {
        return Tally.of(members, attending, conflictedMembers(), votesByMember());
    }

    /**
     * Records the decision (see {@link Decision#record} for the rules).
     *
     * @throws RuleViolation {@code committee.decision.exists} when the item is decided already, and the rules'
     */
    public Decision decide(DecisionRequest request, Map<Instrument, Money> requested, Tally tally, String director,
                           Instant now) {
        if (decision != null) {
            throw new RuleViolation("committee.decision.exists", "The committee has already decided on this"
                    + " dossier in this session (" + decision.getOutcome() + "): a decision is final");
        }
        decision = Decision.record(this, request, requested, tally, director, now);
        return decision;
    }

    private void requireUndecided() {
        if (decision != null) {
            throw new RuleViolation("committee.item.decided", "The committee has decided on this dossier ("
                    + decision.getOutcome() + "): declarations and votes are closed");
        }
    }

    public boolean isConflicted(String member) {
        return conflicts.stream().anyMatch(c -> c.getMemberEmail().equals(member));
    }

    private Optional<Vote> vote(String member) {
        return votes.stream().filter(v -> v.getMemberEmail().equals(member)).findFirst();
    }

    public Set<String> conflictedMembers() {
        return conflicts.stream().map(ConflictDeclaration::getMemberEmail).collect(Collectors.toSet());
    }

    public Map<String, VoteChoice> votesByMember() {
        Map<String, VoteChoice> map = new HashMap<>();
        votes.forEach(v -> map.put(v.getMemberEmail(), v.getChoice()));
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CommitteeSession getSession() {
        return session;
    }

    public long getDossierId() {
        return dossierId;
    }

    public int getPosition() {
        return position;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public List<ConflictDeclaration> getConflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    public List<Vote> getVotes() {
        return Collections.unmodifiableList(votes);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }
}
