package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.levier.committee.boundary.AgendaEntry;
import org.levier.committee.boundary.Committees;
import org.levier.committee.entity.CommitteeSession;
import org.levier.committee.entity.Decision;
import org.levier.committee.entity.Tally;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.CommitteeMinutes;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

/**
 * The minutes (procès-verbal) of a committee session ({@code committee=<session id>}, 422 without it): date, voting
 * members and who was present, and per agenda item the conflicts declared, quorum, votes and the decision (approved
 * amounts per instrument, conditions precedent, or reasons). For committee members (the sessions they sit on, else
 * 403, as the committee boundary decides), fund directors and auditors. PDF. Quorum and votes of a decided item are
 * those the decision recorded; of an undecided one, the live tally. The members present at the session follow the
 * items' own rule ({@link Tally#presentAtSession}: declared attendance or a vote on any item).
 */
@ApplicationScoped
public class CommitteeMinutesReport implements ReportProducer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Committees committees;

    @Inject
    ProgrammeLookup programmes;

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public ReportType type() {
        return ReportType.COMMITTEE_MINUTES;
    }

    @Override
    public Produced produce(ReportCall call) {
        call.requireAnyRole("the committee's members, fund directors and auditors", Role.COMMITTEE_MEMBER_NAME,
                Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME);
        Long sessionId = call.request().committee();
        if (sessionId == null) {
            throw new RuleViolation("report.committee.required", "The report " + call.request().type().apiName()
                    + " needs the committee parameter (the session's id)",
                    List.of(new RuleViolation.Violation("committee", "required")));
        }
        CommitteeSession session = committees.get(sessionId);
        List<AgendaEntry> agenda = committees.agenda(sessionId);
        Programme programme = programmes.get(call.request().programme());
        DateTimeFormatter date = ReportRenderer.dates(call.locale());
        DateTimeFormatter time = ReportRenderer.dates(call.locale())
                .withZone(ReportRenderer.ZONE);
        Map<String, String> names = displayNames(session);

        // Present by the rule of every item's quorum: declared attendance, or voted on an item.
        Set<String> present = Tally.presentAtSession(session.memberEmails(), session.attendingEmails(),
                agenda.stream().map(e -> e.votes().keySet()).toList());
        List<CommitteeMinutes.Member> members = session.getMembers().stream()
                .map(m -> new CommitteeMinutes.Member(name(names, m.getEmail()),
                        call.label(present.contains(m.getEmail()) ? "minutes.present" : "minutes.absent")))
                .toList();
        List<CommitteeMinutes.Item> items = new ArrayList<>();
        int number = 1;
        for (AgendaEntry entry : agenda) {
            items.add(item(call, number++, entry, names, time));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("SESSION_TITLE", call.label("minutes.session") + " — " + session.getTitle());
        parameters.put("SESSION_DATE", date.format(session.getHeldOn()));
        parameters.put("SESSION_STATUS", call.label("session." + session.getStatus().name()));
        parameters.put("ATTENDANCE", MessageFormat.format(call.label("minutes.attendance"), present.size(),
                session.getMembers().size()));
        parameters.put("MEMBERS", members);
        byte[] pdf = renderer.pdf(ReportType.COMMITTEE_MINUTES, call.locale(), asOf(call, programme, session),
                parameters, items);
        return new Produced("session-" + session.getId(), pdf);
    }

    static CommitteeMinutes.Item item(ReportCall call, int number, AgendaEntry entry, Map<String, String> names,
                                      DateTimeFormatter time) {
        Decision decision = entry.decision();
        Tally tally = decision == null ? entry.tally()
                : new Tally(0, 0, decision.getMembersEligible(), decision.getMembersPresent(),
                        decision.getVotesFor(), decision.getVotesAgainst(), decision.getVotesAbstain());
        String conflicts = entry.conflicted().isEmpty() ? call.label("dossier.none")
                : entry.conflicted().stream().map(e -> name(names, e)).collect(Collectors.joining(", "));
        String quorum = MessageFormat.format(call.label("minutes.quorum.value"), tally.present(), tally.eligible(),
                tally.quorumRequired(), call.label(tally.quorumReached() ? "minutes.quorum.reached"
                        : "minutes.quorum.missed"));
        String votes = MessageFormat.format(call.label("minutes.votes.value"), tally.votesFor(), tally.votesAgainst(),
                tally.abstentions());
        String heading = number + ". " + (entry.reference() == null ? "#" + entry.dossierId() : entry.reference())
                + " — " + entry.title();
        if (decision == null) {
            return new CommitteeMinutes.Item(heading, conflicts, quorum, votes, call.label("minutes.undecided"),
                    List.of(), null, null, null);
        }
        List<CommitteeMinutes.Amount> approved = decision.approvedAmounts().entrySet().stream()
                .map(a -> new CommitteeMinutes.Amount(call.label("instrument." + a.getKey().name()),
                        a.getValue().amount()))
                .toList();
        String conditions = decision.getConditions().isEmpty() ? null
                : decision.getConditions().stream().map(c -> "• " + c).collect(Collectors.joining("\n"));
        String decidedBy = MessageFormat.format(call.label("diligence.byOn"), name(names, decision.getDecidedBy()),
                time.format(decision.getDecidedAt()));
        return new CommitteeMinutes.Item(heading, conflicts, quorum, votes,
                call.label("decision." + decision.getOutcome().name()), approved, conditions,
                decision.reasons().orElse(null), decidedBy);
    }

    /** Display names of the session's members (and of the director who decided), by e-mail. */
    private Map<String, String> displayNames(CommitteeSession session) {
        List<String> emails = new ArrayList<>(session.memberEmails());
        session.getAgenda().forEach(i -> i.decision().ifPresent(d -> emails.add(d.getDecidedBy())));
        Map<String, String> names = new HashMap<>();
        if (!emails.isEmpty()) {
            em.createQuery("select u.email, u.displayName from User u where u.email in :emails", Object[].class)
                    .setParameter("emails", emails)
                    .getResultList()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }

    private static String name(Map<String, String> names, String email) {
        String name = names.get(email);
        return name == null || name.equals(email) ? email : name + " (" + email + ")";
    }

    /** The minutes are as of the session's date. */
    private static org.levier.reports.control.ReportHeader asOf(ReportCall call, Programme programme,
                                                                CommitteeSession session) {
        return new org.levier.reports.control.ReportHeader(programme.getCode(), programme.getName(), null,
                session.getHeldOn(), call.generatedAt(), call.callerName());
    }
}
