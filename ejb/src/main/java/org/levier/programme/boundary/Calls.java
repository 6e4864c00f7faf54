package org.levier.programme.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.levier.audit.boundary.AuditTrail;
import org.levier.programme.control.FormFields;
import org.levier.programme.control.ProgrammeUsage;
import org.levier.programme.entity.AidRegime;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.ChecklistTemplateItem;
import org.levier.programme.entity.Programme;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.StaleVersion;
import org.levier.shared.entity.InstantConverter;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Role;
import org.levier.shared.entity.SizeClass;

/**
 * Creating, revising, opening and closing calls for projects (administrators and fund directors). The window is
 * kept as instants (typed in Europe/Paris or with an offset); eligible actions belong to the call's programme.
 * A call whose submitted dossiers use an action or an instrument keeps it ({@value #IN_USE}, naming them). Every
 * violation at once, nothing stored; every change audited ({@code call.created}, {@code call.revised},
 * {@code call.opened}, {@code call.closed}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.FUND_DIRECTOR_NAME})
public class Calls {

    public static final String IN_USE = "call.in-use";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeUsage usage;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Programmes programmes;

    @Inject
    Event<CallRequirementsCheck> checks;

    @Inject
    Event<CallDocumentsRequired> documents;

    public CallForProjects create(CallForm form) {
        FormFields fields = new FormFields();
        Programme programme = null;
        if (form.programme() == null || form.programme().isBlank()) {
            fields.add("programme", "required");
        } else {
            programme = programmes.findByCode(form.programme().strip()).orElse(null);
            if (programme == null) {
                fields.add("programme", "no programme " + form.programme().strip());
            }
        }
        Read read = read(form, programme, fields);
        if (programme != null && read.terms().code() != null && !em.createQuery("select c.id from CallForProjects c"
                        + " where c.programme = :p and c.code = :code", Long.class)
                .setParameter("p", programme).setParameter("code", read.terms().code()).getResultList().isEmpty()) {
            fields.add("code", "the code " + read.terms().code() + " is already used in " + programme.getCode());
        }
        fields.refuseIfAny(CallForProjects.INVALID, "The call is invalid");
        CallForProjects call = CallForProjects.define(programme, read.terms());
        apply(call, read);
        try {
            em.persist(call);
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation(CallForProjects.INVALID, "The code " + call.getCode() + " was taken meanwhile",
                    List.of(new Violation("code", "already used")));
        }
        documents.fire(new CallDocumentsRequired(call.getId(), read.documents()));
        audit.record("call.created", "CallForProjects", call.getId(), "Call " + call.getCode() + " of "
                + programme.getCode() + " created", describe(call, read.documents()));
        return programmes.getCall(call.getId());
    }

    /**
     * Revises a call as a whole (the form is the new state; its programme does not change).
     *
     * @throws StaleVersion when {@code form.version} is not the current one
     * @throws RuleViolation {@value #IN_USE} or {@code call.invalid}
     */
    public CallForProjects revise(long id, CallForm form) {
        CallForProjects call = lock(id);
        FormFields fields = new FormFields();
        if (form.version() == null) {
            fields.add("version", "required: the version you edited");
        }
        if (form.programme() != null && !form.programme().isBlank()
                && !form.programme().strip().equals(call.getProgramme().getCode())) {
            fields.add("programme", "a call stays in its programme " + call.getProgramme().getCode());
        }
        Read read = read(form, call.getProgramme(), fields);
        if (read.terms().code() != null && !em.createQuery("select c.id from CallForProjects c"
                        + " where c.programme = :p and c.code = :code and c.id <> :id", Long.class)
                .setParameter("p", call.getProgramme()).setParameter("code", read.terms().code())
                .setParameter("id", id).getResultList().isEmpty()) {
            fields.add("code", "the code " + read.terms().code() + " is already used");
        }
        fields.refuseIfAny(CallForProjects.INVALID, "The call is invalid");
        if (form.version() != call.getVersion()) {
            throw new StaleVersion("call " + id, form.version(), call.getVersion());
        }
        Set<Integer> keptActions = new TreeSet<>();
        read.actions().forEach(a -> keptActions.add(a.getNumber()));
        Set<Integer> lostActions = new TreeSet<>(usage.actionsOfSubmittedDossiers(id));
        lostActions.removeAll(keptActions);
        Set<Instrument> lostInstruments = EnumSet.noneOf(Instrument.class);
        lostInstruments.addAll(usage.instrumentsOfSubmittedDossiers(id));
        lostInstruments.removeAll(read.instruments());
        List<Violation> v = new ArrayList<>();
        if (!lostActions.isEmpty()) {
            v.add(new Violation("actions", "submitted dossiers of this call apply under actions " + lostActions
                    + ": they stay eligible"));
        }
        if (!lostInstruments.isEmpty()) {
            v.add(new Violation("instruments", "submitted dossiers of this call request " + lostInstruments
                    + ": they stay allowed"));
        }
        if (!v.isEmpty()) {
            throw new RuleViolation(IN_USE, "Submitted dossiers use what the revision removes: " + v.get(0).message(),
                    v);
        }
        Map<String, Object> before = describe(call, Set.of());
        call.revise(read.terms());
        apply(call, read);
        em.flush();
        em.lock(call, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        documents.fire(new CallDocumentsRequired(id, read.documents()));
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("before", before);
        changes.put("after", describe(call, read.documents()));
        audit.record("call.revised", "CallForProjects", id, "Call " + call.getCode() + " revised", changes);
        return programmes.getCall(id);
    }

    /** Opens the call now (a planned call's opening is brought forward). */
    public CallForProjects open(long id) {
        CallForProjects call = lock(id);
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        Instant before = call.getOpensAt();
        call.openAt(now);
        em.flush();
        audit.record("call.opened", "CallForProjects", id, "Call " + call.getCode() + " opened",
                Map.of("opensAtBefore", before.toString(), "opensAt", call.getOpensAt().toString(),
                        "closesAt", call.getClosesAt().toString()));
        return programmes.getCall(id);
    }

    /** Closes the call now: no submission from this instant on. */
    public CallForProjects close(long id) {
        CallForProjects call = lock(id);
        Instant now = InstantConverter.toColumnPrecision(clock.instant());
        Instant before = call.getClosesAt();
        call.closeAt(now);
        em.flush();
        audit.record("call.closed", "CallForProjects", id, "Call " + call.getCode() + " closed",
                Map.of("closesAtBefore", before.toString(), "closesAt", call.getClosesAt().toString()));
        return programmes.getCall(id);
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Read(CallForProjects.Terms terms, Set<ProgrammeAction> actions, Set<Instrument> instruments,
                        Map<SizeClass, BigDecimal> intensities, Set<String> documents,
                        List<ChecklistTemplateItem> checklist) {
    }

    private Read read(CallForm form, Programme programme, FormFields fields) {
        String code = fields.text(form.code(), "code", 40, true);
        AidRegime regime = fields.enumValue(AidRegime.class, form.aidRegime(), "aidRegime");
        CallForProjects.Terms terms = new CallForProjects.Terms(code,
                fields.text(form.title(), "title", CallForProjects.TITLE_MAX, true),
                fields.moment(form.opensAt(), "opensAt"), fields.moment(form.closesAt(), "closesAt"),
                fields.money(form.minAmount(), "minAmount", true), fields.money(form.maxAmount(), "maxAmount", true),
                regime);
        fields.addAll(CallForProjects.check(terms).stream()
                .filter(v -> fields.violations().stream().noneMatch(f -> f.field().equals(v.field()))).toList());
        Set<ProgrammeAction> actions = new LinkedHashSet<>();
        List<Integer> numbers = form.actions() == null ? List.of() : form.actions();
        if (numbers.isEmpty()) {
            fields.add("actions", "at least one eligible action");
        }
        for (int i = 0; i < numbers.size(); i++) {
            Integer number = numbers.get(i);
            if (programme == null) {
                break;
            }
            if (number == null) {
                fields.add("actions[" + i + "]", "an action number");
                continue;
            }
            String field = "actions[" + i + "]";
            String missing = "no action " + number + " in " + programme.getCode();
            programme.findAction(number).ifPresentOrElse(actions::add, () -> fields.add(field, missing));
        }
        Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
        List<String> instrumentNames = form.instruments() == null ? List.of() : form.instruments();
        if (instrumentNames.isEmpty()) {
            fields.add("instruments", "at least one of " + List.of(Instrument.values()));
        }
        for (int i = 0; i < instrumentNames.size(); i++) {
            Instrument instrument = fields.enumValue(Instrument.class, instrumentNames.get(i), "instruments[" + i + "]");
            if (instrument != null) {
                instruments.add(instrument);
            }
        }
        Map<SizeClass, BigDecimal> intensities = new EnumMap<>(SizeClass.class);
        if (form.maxIntensity() != null) {
            form.maxIntensity().forEach((size, max) -> {
                SizeClass sizeClass = fields.enumValue(SizeClass.class, size, "maxIntensity");
                BigDecimal fraction = fields.fraction(max, "maxIntensity." + size);
                if (sizeClass != null && fraction != null) {
                    intensities.put(sizeClass, fraction);
                }
            });
        }
        List<String> documentNames = form.mandatoryDocuments() == null ? List.of() : form.mandatoryDocuments();
        Set<String> documentKinds = new TreeSet<>();
        documentNames.forEach(d -> documentKinds.add(d == null ? "" : d.strip()));
        List<CallForm.ChecklistItemForm> checklistForms = form.checklist() == null ? List.of() : form.checklist();
        List<Violation> owned = new ArrayList<>();
        checks.fire(new CallRequirementsCheck(List.copyOf(documentKinds), checklistForms, owned));
        fields.addAll(owned);
        List<ChecklistTemplateItem> checklist = new ArrayList<>();
        if (owned.stream().noneMatch(v -> v.field().startsWith("checklist"))) {
            checklistForms.forEach(item -> checklist.add(new ChecklistTemplateItem(item.code().strip(),
                    item.category().strip(), item.label().strip())));
        }
        return new Read(terms, actions, instruments, intensities, documentKinds, checklist);
    }

    private static void apply(CallForProjects call, Read read) {
        call.makeOnlyEligible(read.actions());
        call.allow(read.instruments());
        call.capIntensities(read.intensities());
        call.useChecklist(read.checklist());
    }

    private CallForProjects lock(long id) {
        CallForProjects call = em.find(CallForProjects.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw new NotFound("call " + id);
        }
        call.getProgramme().getAxes().forEach(a -> a.getActions().size());
        return call;
    }

    private static Map<String, Object> describe(CallForProjects c, Set<String> documents) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("code", c.getCode());
        d.put("title", c.getTitle());
        d.put("opensAt", c.getOpensAt().toString());
        d.put("closesAt", c.getClosesAt().toString());
        d.put("minAmount", c.getMinAmount().toPlainString());
        d.put("maxAmount", c.getMaxAmount().toPlainString());
        d.put("aidRegime", c.getAidRegime().name());
        d.put("actions", c.getEligibleActions().stream().map(ProgrammeAction::getNumber).sorted().toList());
        d.put("instruments", c.getInstruments().stream().map(Enum::name).sorted().toList());
        Map<String, String> caps = new java.util.TreeMap<>();
        c.getMaxIntensity().forEach((k, v) -> caps.put(k.name(), v.toPlainString()));
        d.put("maxIntensity", caps);
        if (!documents.isEmpty()) {
            d.put("mandatoryDocuments", List.copyOf(documents));
        }
        d.put("checklist", c.getChecklist().stream().map(ChecklistTemplateItem::getCode).toList());
        return d;
    }
}
