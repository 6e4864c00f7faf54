package org.levier.committee.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;

/**
 * A session of the investment committee. Aggregate root of its voting members and its agenda items.
 *
 * <p>Lifecycle: {@code PLANNED} (the director sets the title, date, members and agenda) → {@link #open} →
 * {@code OPEN} (members declare attendance and conflicts and vote; the director decides item by item; dossiers may
 * still be added) → {@link #close} → {@code CLOSED} (nothing changes any more; undecided dossiers stay in
 * COMMITTEE for a later session).
 */
@Entity
@Table(name = "committee_session")
public class CommitteeSession {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 300;
    public static final int MAX_MEMBERS = 50;
    public static final int MAX_ITEMS = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("email")
    private List<SessionMember> members = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected CommitteeSession() {
    }

    /**
     * A new session; the members are e-mails of users with the role COMMITTEE_MEMBER (checked by the caller).
     *
     * @throws RuleViolation {@code committee.session.invalid} with every violation
     */
    public static CommitteeSession plan(String title, LocalDate heldOn, Set<String> memberEmails, String director,
                                        Instant now) {
        List<Violation> v = new ArrayList<>();
        String t = title == null ? "" : title.strip();
        if (t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
            v.add(new Violation("title", "between " + TITLE_MIN + " and " + TITLE_MAX + " characters"));
        }
        if (heldOn == null) {
            v.add(new Violation("heldOn", "required"));
        }
        v.addAll(checkMembers(memberEmails));
        if (!v.isEmpty()) {
            throw new RuleViolation("committee.session.invalid", "The session is invalid: see violations", v);
        }
        CommitteeSession session = new CommitteeSession();
        session.title = t;
        session.heldOn = heldOn;
        session.status = SessionStatus.PLANNED;
        session.createdBy = director;
        session.createdAt = now;
        normalise(memberEmails).forEach(e -> session.members.add(new SessionMember(session, e)));
        return session;
    }

    /** The members' e-mails as stored and compared: trimmed, lower-case. */
    public static Set<String> normalise(Set<String> emails) {
        return emails == null ? Set.of() : emails.stream().filter(e -> e != null && !e.isBlank())
                .map(e -> e.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Violation> checkMembers(Set<String> emails) {
        List<Violation> v = new ArrayList<>();
        Set<String> normalised = normalise(emails);
        if (normalised.isEmpty()) {
            v.add(new Violation("members", "at least one voting member"));
        } else if (normalised.size() > MAX_MEMBERS) {
            v.add(new Violation("members", "at most " + MAX_MEMBERS + " members"));
        }
        return v;
    }

    /**
     * Replaces the voting members while the session is planned.
     *
     * @throws RuleViolation {@code committee.session.not-planned}; {@code committee.session.invalid}
     */
    public void changeMembers(Set<String> memberEmails) {
        requireStatus(SessionStatus.PLANNED, "committee.session.not-planned", "members change only before the"
                + " session opens");
        List<Violation> v = checkMembers(memberEmails);
        if (!v.isEmpty()) {
            throw new RuleViolation("committee.session.invalid", "The session is invalid: see violations", v);
        }
        Set<String> wanted = normalise(memberEmails);
        members.removeIf(m -> !wanted.contains(m.getEmail()));
        Set<String> present = memberEmails();
        wanted.stream().filter(e -> !present.contains(e)).forEach(e -> members.add(new SessionMember(this, e)));
    }

    /**
     * Puts a dossier (in COMMITTEE, checked by the caller) on the agenda of a planned or open session.
     *
     * @throws RuleViolation {@code committee.session.closed}; {@code committee.agenda.duplicate}
     */
    public AgendaItem schedule(long dossierId, String director, Instant now) {
        if (status == SessionStatus.CLOSED) {
            throw new RuleViolation("committee.session.closed", "The session is closed");
        }
        if (findItem(dossierId).isPresent()) {
            throw new RuleViolation("committee.agenda.duplicate", "The dossier is already on this session's agenda");
        }
        if (agenda.size() >= MAX_ITEMS) {
            throw new RuleViolation("committee.agenda.full", "At most " + MAX_ITEMS + " dossiers per session");
        }
        AgendaItem item = new AgendaItem(this, dossierId, agenda.size(), director, now);
        agenda.add(item);
        return item;
    }

    /** @throws RuleViolation {@code committee.session.transition} unless planned */
    public void open(Instant now) {
        requireStatus(SessionStatus.PLANNED, "committee.session.transition", "only a planned session opens");
        status = SessionStatus.OPEN;
        openedAt = now;
    }

    /** @throws RuleViolation {@code committee.session.transition} unless open */
    public void close(Instant now) {
        requireStatus(SessionStatus.OPEN, "committee.session.transition", "only an open session closes");
        status = SessionStatus.CLOSED;
        closedAt = now;
    }

    /**
     * A member declares its attendance (for the quorum).
     *
     * @throws RuleViolation {@code committee.session.not-open}
     * @throws IllegalArgumentException when {@code email} is not a member (the caller checks membership first)
     */
    public void attend(String email, Instant now) {
        requireOpen();
        member(email).orElseThrow(() -> new IllegalArgumentException(email + " is not a member")).attend(now);
    }

    /** @throws RuleViolation {@code committee.session.not-open} */
    public void requireOpen() {
        requireStatus(SessionStatus.OPEN, "committee.session.not-open", "votes and decisions are taken while the"
                + " session is open");
    }

    private void requireStatus(SessionStatus expected, String key, String why) {
        if (status != expected) {
            throw new RuleViolation(key, "The session is " + status + ": " + why);
        }
    }

    public boolean isMember(String email) {
        return member(email).isPresent();
    }

    public Optional<SessionMember> member(String email) {
        String e = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return members.stream().filter(m -> m.getEmail().equals(e)).findFirst();
    }

    public Set<String> memberEmails() {
        return members.stream().map(SessionMember::getEmail).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Members who declared attendance. */
    public Set<String> attendingEmails() {
        return members.stream().filter(SessionMember::isPresent).map(SessionMember::getEmail)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Optional<AgendaItem> findItem(long dossierId) {
        return agenda.stream().filter(i -> i.getDossierId() == dossierId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> openedAt() {
        return Optional.ofNullable(openedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public List<SessionMember> getMembers() {
        return Collections.unmodifiableList(members);
    }

    public List<AgendaItem> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }
}
