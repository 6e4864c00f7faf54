package org.levier.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.levier.committee.boundary.AgendaEntry;
import org.levier.committee.boundary.CommitteeBudgets;
import org.levier.committee.boundary.CommitteeDecisions;
import org.levier.committee.boundary.Committees;
import org.levier.committee.entity.CommitteeSession;
import org.levier.committee.entity.DecisionOutcome;
import org.levier.committee.entity.DecisionRequest;
import org.levier.committee.entity.SessionMember;
import org.levier.committee.entity.SessionStatus;
import org.levier.committee.entity.VoteChoice;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.DossierSummary;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.DossierStatus;
import org.levier.identity.entity.User;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * A committee session ({@code /app/committee/session.xhtml?id=}): its members and their attendance, the agenda with,
 * per dossier, the conflicts, the votes, the live tally and quorum and the decision. The fund director schedules
 * dossiers in COMMITTEE, opens and closes the session and records each decision; a member declares its attendance,
 * its conflicts of interest and votes. The rules (quorum, recusal, amounts never above requested, a decision is
 * final) are the domain's: the page shows its refusals.
 */
@Named
@ViewScoped
public class CommitteeSessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The director's decision on one dossier of the agenda, as typed. */
    public static final class DecisionForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private DecisionOutcome outcome = DecisionOutcome.APPROVED;
        private BigDecimal grant;
        private BigDecimal advance;
        private BigDecimal equity;
        private String conditions;
        private String reasons;
        private boolean subjectToFunds;

        public boolean isSubjectToFunds() {
            return subjectToFunds;
        }

        public void setSubjectToFunds(boolean subjectToFunds) {
            this.subjectToFunds = subjectToFunds;
        }

        public DecisionOutcome getOutcome() {
            return outcome;
        }

        public void setOutcome(DecisionOutcome outcome) {
            this.outcome = outcome;
        }

        public BigDecimal getGrant() {
            return grant;
        }

        public void setGrant(BigDecimal grant) {
            this.grant = grant;
        }

        public BigDecimal getAdvance() {
            return advance;
        }

        public void setAdvance(BigDecimal advance) {
            this.advance = advance;
        }

        public BigDecimal getEquity() {
            return equity;
        }

        public void setEquity(BigDecimal equity) {
            this.equity = equity;
        }

        public String getConditions() {
            return conditions;
        }

        public void setConditions(String conditions) {
            this.conditions = conditions;
        }

        public String getReasons() {
            return reasons;
        }

        public void setReasons(String reasons) {
            this.reasons = reasons;
        }
    }

    @Inject
    Committees committees;

    @Inject
    CommitteeDecisions committeeDecisions;

    @Inject
    Dossiers dossiers;

    @Inject
    CommitteeBudgets budgets;

    @Inject
    UserView user;

    private Long id;
    private Long dossierToSchedule;
    private final Map<Long, DecisionForm> decisions = new HashMap<>();
    private final Map<Long, String> conflictNotes = new HashMap<>();
    private transient CommitteeSession session;
    private transient List<AgendaEntry> agenda;
    private transient List<DossierSummary> schedulable;
    private transient CommitteeBudgets.WhatIf whatIf;

    public void load() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            session = id == null ? null : committees.get(id);
        } catch (NotFound | Forbidden e) {
            session = null;
        }
        if (session == null) {
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            context.responseComplete();
        }
    }

    private void changed() {
        session = null;
        agenda = null;
        schedulable = null;
        whatIf = null;
    }

    /** The agenda's what-if, cumulated in agenda order (one computation per request). */
    public CommitteeBudgets.WhatIf getWhatIf() {
        if (whatIf == null) {
            whatIf = budgets.whatIf(id);
        }
        return whatIf;
    }

    public CommitteeSession getSession() {
        if (session == null) {
            session = committees.get(id);
        }
        return session;
    }

    public List<AgendaEntry> getAgenda() {
        if (agenda == null) {
            agenda = committees.agenda(id);
            for (AgendaEntry entry : agenda) {
                decisions.computeIfAbsent(entry.dossierId(), d -> prefilled(entry));
            }
        }
        return agenda;
    }

    /** An approval of what was requested, which the director lowers where the committee decided so. */
    private static DecisionForm prefilled(AgendaEntry entry) {
        DecisionForm form = new DecisionForm();
        form.grant = amount(entry.requested().get(Instrument.GRANT));
        form.advance = amount(entry.requested().get(Instrument.REPAYABLE_ADVANCE));
        form.equity = amount(entry.requested().get(Instrument.EQUITY));
        return form;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    public DecisionForm decisionOf(long dossierId) {
        return decisions.computeIfAbsent(dossierId, d -> new DecisionForm());
    }

    public Map<Long, String> getConflictNotes() {
        return conflictNotes;
    }

    // --- who is looking ---

    public String getMe() {
        return User.normaliseEmail(user.getName());
    }

    public boolean isDirector() {
        return user.has(Role.FUND_DIRECTOR);
    }

    public boolean isMember() {
        return user.has(Role.COMMITTEE_MEMBER) && getSession().isMember(getMe());
    }

    public boolean isOpen() {
        return getSession().getStatus() == SessionStatus.OPEN;
    }

    public boolean isPlanned() {
        return getSession().getStatus() == SessionStatus.PLANNED;
    }

    public boolean isPresent() {
        return getSession().member(getMe()).map(SessionMember::isPresent).orElse(false);
    }

    public List<SessionMember> getMembers() {
        return getSession().getMembers();
    }

    public VoteChoice myVote(AgendaEntry entry) {
        return entry.votes().get(getMe());
    }

    public boolean conflicted(AgendaEntry entry) {
        return entry.conflicted().contains(getMe());
    }

    public Money requested(AgendaEntry entry, Instrument instrument) {
        return entry.requested().get(instrument);
    }

    /** The reasons of the recorded decision, or null (EL does not call methods on an Optional). */
    public String reasonsOf(AgendaEntry entry) {
        return entry.decision() == null ? null : entry.decision().reasons().orElse(null);
    }

    public VoteChoice[] getChoices() {
        return VoteChoice.values();
    }

    public DecisionOutcome[] getOutcomes() {
        return DecisionOutcome.values();
    }

    public String votesOf(AgendaEntry entry) {
        return entry.votes().entrySet().stream().map(e -> e.getKey() + " : " + Messages.text("vote." + e.getValue()))
                .sorted().collect(Collectors.joining(", "));
    }

    // --- the director ---

    /** Dossiers in COMMITTEE not yet on this agenda (at most a page: the committee meets on a few dozen). */
    public List<DossierSummary> getSchedulable() {
        if (schedulable == null) {
            Set<Long> onAgenda = getAgenda().stream().map(AgendaEntry::dossierId).collect(Collectors.toSet());
            schedulable = dossiers.list(new DossierFilter(DossierStatus.COMMITTEE, null, null, null, null), 0, 100,
                    "reference,asc").items().stream().filter(d -> !onAgenda.contains(d.id())).toList();
        }
        return schedulable;
    }

    public void schedule() {
        if (dossierToSchedule == null) {
            Messages.error("committee.schedule.choose");
            return;
        }
        if (Messages.attempt(() -> committees.schedule(id, dossierToSchedule), "committee.scheduled")) {
            dossierToSchedule = null;
        }
        changed();
    }

    public void openSession() {
        Messages.attempt(() -> committees.open(id), "committee.session.opened");
        changed();
    }

    public void closeSession() {
        Messages.attempt(() -> committees.close(id), "committee.session.closed");
        changed();
    }

    public void decide(long dossierId) {
        DecisionForm form = decisionOf(dossierId);
        Map<Instrument, Money> approved = new EnumMap<>(Instrument.class);
        if (form.outcome == DecisionOutcome.APPROVED) {
            put(approved, Instrument.GRANT, form.grant);
            put(approved, Instrument.REPAYABLE_ADVANCE, form.advance);
            put(approved, Instrument.EQUITY, form.equity);
        }
        DecisionRequest request = new DecisionRequest(form.outcome, approved,
                form.outcome == DecisionOutcome.APPROVED ? RecommendationForm.lines(form.conditions) : List.of(),
                form.reasons, form.outcome == DecisionOutcome.APPROVED && form.subjectToFunds);
        Messages.attempt(() -> committeeDecisions.decide(id, dossierId, request), request.subjectToFunds()
                ? "committee.decided.subjectToFunds" : "committee.decided");
        changed();
    }

    /** A director confirms the funds of an approval recorded subject to funds: it then reserves its amounts. */
    public void confirmFunds(long dossierId) {
        Messages.attempt(() -> budgets.confirmFunds(id, dossierId), "committee.funds.confirmed");
        changed();
    }

    private static void put(Map<Instrument, Money> amounts, Instrument instrument, BigDecimal amount) {
        if (amount != null) {
            DossierForm.asMoney(amount).ifPresent(m -> amounts.put(instrument, m));
        }
    }

    // --- the members ---

    public void attend() {
        Messages.attempt(() -> committees.attend(id), "committee.attended");
        changed();
    }

    public void vote(long dossierId, VoteChoice choice) {
        Messages.attempt(() -> committees.vote(id, dossierId, choice), "committee.voted",
                Messages.text("vote." + choice));
        changed();
    }

    public void declareConflict(long dossierId) {
        if (Messages.attempt(() -> committees.declareConflict(id, dossierId, conflictNotes.get(dossierId)),
                "committee.conflict.declared")) {
            conflictNotes.remove(dossierId);
        }
        changed();
    }

    // --- properties ---

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getDossierToSchedule() {
        return dossierToSchedule;
    }

    public void setDossierToSchedule(Long dossierToSchedule) {
        this.dossierToSchedule = dossierToSchedule;
    }
}
