package org.levier.programme.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.levier.audit.boundary.AuditTrail;
import org.levier.identity.control.UserDirectory;
import org.levier.programme.control.FormFields;
import org.levier.programme.control.HeldFunds;
import org.levier.programme.control.ProgrammeUsage;
import org.levier.programme.entity.Programme.ActionPlan;
import org.levier.programme.entity.Programme.AxisPlan;
import org.levier.programme.entity.Programme.Terms;
import org.levier.programme.entity.Programme;
import org.levier.shared.control.EmailAddresses;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.InstantConverter;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * Setting up and revising programmes (administrators and fund directors): figures, dates, axes, actions and
 * envelopes, and the standing committee members.
 *
 * <p>A revision takes the programme's row lock ({@code PESSIMISTIC_WRITE}, the lock every signature takes first,
 * see {@code agreement/control/Envelopes}), then sums what signed agreements commit: the allotment never goes below
 * the programme's commitments, an envelope never below its action's ({@code programme.below-committed}, naming the
 * figure). An action that a dossier or a call uses cannot be removed. Every violation is reported at once and
 * nothing is stored; every change is audited ({@code programme.created}, {@code programme.revised},
 * {@code programme.committee.seated}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.FUND_DIRECTOR_NAME})
public class ProgrammeSetups {

    public static final String BELOW_COMMITTED = "programme.below-committed";
    public static final String ACTION_IN_USE = "programme.action-in-use";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeUsage usage;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    HeldFunds heldFunds;

    @Inject
    Programmes programmes;

    @Inject
    UserDirectory directory;

    public Programme create(ProgrammeForm form) {
        FormFields fields = new FormFields();
        Read read = read(form, fields);
        if (form.code() != null && !em.createQuery("select p.id from Programme p where p.code = :code", Long.class)
                .setParameter("code", form.code().strip()).getResultList().isEmpty()) {
            fields.add("code", "the code " + form.code().strip() + " is already used");
        }
        fields.refuseIfAny(Programme.INVALID, "The programme is invalid");
        Programme programme = Programme.open(form.code() == null ? null : form.code().strip(), read.terms(),
                read.axes(), InstantConverter.toColumnPrecision(clock.instant()));
        try {
            em.persist(programme);
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation(Programme.INVALID, "The code " + programme.getCode() + " was taken meanwhile",
                    List.of(new Violation("code", "already used")));
        }
        audit.record("programme.created", "Programme", programme.getId(), "Programme " + programme.getCode()
                + " created", describe(programme));
        return programmes.getByCode(programme.getCode());
    }

    /**
     * Revises a programme as a whole (the form is the new state).
     *
     * @throws StaleVersion when {@code form.version} is not the current one
     * @throws RuleViolation {@value #BELOW_COMMITTED}, {@value #ACTION_IN_USE} or {@code programme.invalid}
     */
    public Programme revise(String code, ProgrammeForm form) {
        Programme programme = lock(code);
        FormFields fields = new FormFields();
        if (form.version() == null) {
            fields.add("version", "required: the version you edited");
        }
        if (form.code() != null && !form.code().isBlank() && !form.code().strip().equals(code)) {
            fields.add("code", "a programme's code does not change");
        }
        Read read = read(form, fields);
        fields.refuseIfAny(Programme.INVALID, "The programme is invalid");
        if (form.version() != programme.getVersion()) {
            throw new StaleVersion("programme " + code, form.version(), programme.getVersion());
        }
        Map<String, Object> before = describe(programme);
        List<Violation> v = new ArrayList<>();
        Set<Integer> removed = programme.actionsRemovedBy(read.axes());
        Set<Integer> inUse = usage.actionsInUse(programme.getId(), removed);
        if (!inUse.isEmpty()) {
            v.add(new Violation("axes", "actions " + inUse + " are used by dossiers or calls and cannot be"
                    + " removed"));
            throw new RuleViolation(ACTION_IN_USE, "Actions " + inUse + " are in use: they stay", v);
        }
        Map<Integer, Money> byAction = heldFunds.byAction(programme.getId());
        Money committed = byAction.values().stream().reduce(Money.ZERO, Money::plus);
        if (committed.isGreaterThan(read.terms().allotment())) {
            v.add(new Violation("allotment", "the allotment " + read.terms().allotment().toPlainString()
                    + " is below the " + committed.toPlainString() + " already committed by signed agreements"
                    + " or reserved by committee approvals"));
        }
        for (int i = 0; i < read.axes().size(); i++) {
            List<ActionPlan> actions = read.axes().get(i).actions();
            for (int j = 0; j < actions.size(); j++) {
                ActionPlan action = actions.get(j);
                Money actionCommitted = byAction.getOrDefault(action.number(), Money.ZERO);
                if (action.envelope() != null && actionCommitted.isGreaterThan(action.envelope())) {
                    v.add(new Violation("axes[" + i + "].actions[" + j + "].envelope", "the envelope "
                            + action.envelope().toPlainString() + " of action " + action.number() + " is below the "
                            + actionCommitted.toPlainString() + " already committed by signed agreements or"
                            + " reserved by committee approvals"));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new RuleViolation(BELOW_COMMITTED, "Below what is committed: " + v.get(0).message(), v);
        }
        programme.revise(read.terms(), read.axes());
        bumpVersion(programme);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("before", before);
        changes.put("after", describe(programme));
        audit.record("programme.revised", "Programme", programme.getId(), "Programme " + code + " revised",
                changes);
        return programmes.getByCode(code);
    }

    /** Seats the programme's standing committee: enabled users holding COMMITTEE_MEMBER, by e-mail. */
    public Programme seatCommittee(String code, List<String> emails) {
        Programme programme = lock(code);
        Set<String> wanted = new LinkedHashSet<>();
        List<Violation> v = new ArrayList<>();
        List<String> given = emails == null ? List.of() : emails;
        for (int i = 0; i < given.size(); i++) {
            String email = EmailAddresses.normalise(given.get(i));
            if (email == null || email.isEmpty() || email.length() > 254) {
                v.add(new Violation("emails[" + i + "]", "an e-mail address"));
            } else {
                wanted.add(email);
            }
        }
        if (!wanted.isEmpty()) {
            Set<String> found = directory.enabledWithRole(wanted, Role.COMMITTEE_MEMBER);
            wanted.stream().filter(e -> !found.contains(e)).forEach(e ->
                    v.add(new Violation("emails", e + " is not an enabled user with the role COMMITTEE_MEMBER")));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation("programme.committee.member-invalid", "Standing committee members are enabled"
                    + " users with the role COMMITTEE_MEMBER: " + v.get(0).message(), v);
        }
        Set<String> before = programme.getCommitteeMembers();
        programme.seatCommittee(wanted);
        bumpVersion(programme);
        audit.record("programme.committee.seated", "Programme", programme.getId(), "Standing committee of "
                + code + ": " + programme.getCommitteeMembers(),
                Map.of("before", before, "after", programme.getCommitteeMembers()));
        return programmes.getByCode(code);
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Read(Terms terms, List<AxisPlan> axes) {
    }

    private static Read read(ProgrammeForm form, FormFields fields) {
        Terms terms = new Terms(fields.text(form.name(), "name", Programme.NAME_MAX, true),
                fields.money(form.allotment(), "allotment", true),
                fields.money(form.targetTotalProjects(), "targetTotalProjects", true),
                fields.date(form.startDate(), "startDate"), fields.date(form.endDate(), "endDate"));
        List<AxisPlan> axes = new ArrayList<>();
        List<ProgrammeForm.AxisForm> axisForms = form.axes() == null ? List.of() : form.axes();
        if (axisForms.size() > 50) {
            fields.add("axes", "at most 50 axes");
        }
        for (int i = 0; i < axisForms.size() && i < 50; i++) {
            ProgrammeForm.AxisForm axis = axisForms.get(i);
            String at = "axes[" + i + "]";
            if (axis == null) {
                fields.add(at, "required");
                continue;
            }
            List<ActionPlan> actions = new ArrayList<>();
            List<ProgrammeForm.ActionForm> actionForms = axis.actions() == null ? List.of() : axis.actions();
            for (int j = 0; j < actionForms.size() && j < 200; j++) {
                ProgrammeForm.ActionForm action = actionForms.get(j);
                String field = at + ".actions[" + j + "]";
                if (action == null) {
                    fields.add(field, "required");
                    continue;
                }
                if (action.number() == null) {
                    fields.add(field + ".number", "required");
                }
                actions.add(new ActionPlan(action.number() == null ? 0 : action.number(),
                        fields.text(action.title(), field + ".title", Programme.TITLE_MAX, false),
                        fields.text(action.titleEn(), field + ".titleEn", Programme.TITLE_MAX, false),
                        fields.text(action.summary(), field + ".summary", 2000, false),
                        fields.money(action.envelope(), field + ".envelope", false)));
            }
            if (axis.number() == null) {
                fields.add(at + ".number", "required");
            }
            axes.add(new AxisPlan(axis.number() == null ? 0 : axis.number(),
                    fields.text(axis.title(), at + ".title", Programme.TITLE_MAX, false),
                    fields.text(axis.titleEn(), at + ".titleEn", Programme.TITLE_MAX, false), actions));
        }
        if (fields.violations().isEmpty()) {
            fields.addAll(Programme.check(terms, axes));
        }
        return new Read(terms, axes);
    }

    /** A change of axes, actions or members changes the programme's version too (a stale edit then fails). */
    private void bumpVersion(Programme programme) {
        em.flush();
        em.lock(programme, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    private Programme lock(String code) {
        Long id = em.createQuery("select p.id from Programme p where p.code = :code", Long.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("programme " + code));
        Programme programme = em.find(Programme.class, id, LockModeType.PESSIMISTIC_WRITE);
        programme.getAxes().forEach(a -> a.getActions().forEach(act -> act.getLeaders().size()));
        programme.getCommitteeMembers();
        return programme;
    }

    private static Map<String, Object> describe(Programme p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("code", p.getCode());
        d.put("name", p.getName());
        d.put("allotment", p.getAllotment().toPlainString());
        d.put("targetTotalProjects", p.getTargetTotalProjects().toPlainString());
        d.put("startDate", String.valueOf(p.getStartDate()));
        d.put("endDate", String.valueOf(p.getEndDate()));
        List<String> structure = new ArrayList<>();
        p.getAxes().forEach(axis -> {
            structure.add("axis " + axis.getNumber() + ": " + axis.getTitle());
            axis.getActions().forEach(action -> structure.add("action " + action.getNumber() + ": "
                    + action.getTitle() + action.envelope().map(e -> " (envelope " + e.toPlainString() + ")")
                    .orElse("")));
        });
        d.put("structure", structure);
        return d;
    }
}
