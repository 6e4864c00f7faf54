package org.levier.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.levier.agreement.boundary.Agreements;
import org.levier.audit.boundary.AuditTrail;
import org.levier.audit.entity.AuditEvent;
import org.levier.diligence.boundary.Diligences;
import org.levier.disbursement.boundary.Disbursements;
import org.levier.disbursement.entity.Disbursement;
import org.levier.dossier.boundary.Dossiers;
import org.levier.dossier.entity.Dossier;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.Page;
import org.levier.shared.entity.Role;

/**
 * The auditors' (and directors') search of the audit trail, {@code /app/staff/audit.xhtml}: a GET form (its URL can
 * be kept and shared) filtering by the days of an interval (Paris time, both ends included), the actor (part of the
 * address), one action (listed by its rendering in the page's language) and one dossier by its reference — the
 * dossier's events, its due diligence's, its agreement's and its disbursements'. Newest first, 50 a page; each line
 * shows the action in the page's language and the stored summary as recorded.
 */
@Named
@RequestScoped
public class AuditSearchPage {

    static final int SIZE = 50;
    private static final String ACTION = "audit.action.";
    private static final int ACTOR_MAX = 254;

    @Inject
    AuditTrail audit;

    @Inject
    Dossiers dossiers;

    @Inject
    Diligences diligences;

    @Inject
    Agreements agreements;

    @Inject
    Disbursements disbursements;

    @Inject
    UserView user;

    @Inject
    LocaleView localeView;

    private String from;
    private String to;
    private String actor;
    private String action;
    private String dossier;
    private int page;

    private Page<AuditEvent> result;
    private String problem;

    /** The view action: auditors and fund directors only (403 otherwise); reads the page asked for. */
    public void load() {
        if (!(user.isAuditor() || user.has(Role.FUND_DIRECTOR))) {
            AgreementSheet.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        LocalDate first;
        LocalDate last;
        try {
            first = day(from);
            last = day(to);
        } catch (DateTimeParseException e) {
            problem = "audit.search.date.invalid";
            return;
        }
        if (first != null && last != null && last.isBefore(first)) {
            problem = "audit.search.date.order";
            return;
        }
        if (actor != null && actor.strip().length() > ACTOR_MAX) {
            problem = "audit.search.actor.invalid";
            return;
        }
        Map<String, Set<String>> entities = Map.of();
        if (dossier != null && !dossier.isBlank()) {
            java.util.Optional<Dossier> found = dossiers.findByReference(dossier);
            if (found.isEmpty()) {
                problem = "audit.search.dossier.unknown";
                return;
            }
            entities = entitiesOf(found.get().getId());
        }
        Instant start = first == null ? null : first.atStartOfDay(Clocks.FUND_ZONE).toInstant();
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(Clocks.FUND_ZONE).toInstant();
        result = audit.browse(new AuditTrail.Filter(start, end, actor, action, entities), Math.max(0, page), SIZE);
    }

    private Map<String, Set<String>> entitiesOf(long dossierId) {
        Map<String, Set<String>> entities = new LinkedHashMap<>();
        entities.put("Dossier", Set.of(String.valueOf(dossierId)));
        diligences.find(dossierId).ifPresent(file -> entities.put("DueDiligence", Set.of(String.valueOf(file.getId()))));
        agreements.idOf(dossierId).ifPresent(agreement -> {
            entities.put("Agreement", Set.of(String.valueOf(agreement)));
            Set<String> ids = disbursements.idsOfDossier(dossierId).stream()
                    .map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
            if (!ids.isEmpty()) {
                entities.put("Disbursement", ids);
            }
        });
        return entities;
    }

    /**
     * A day typed as people write it ({@code 30/11/2028}) or as links carry it ({@code 2028-11-30}), years 1 to
     * 9999 ({@link TypedDates}); null when empty.
     */
    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return TypedDates.parse(text)
                .orElseThrow(() -> new DateTimeParseException("not a day", text, 0));
    }

    /** An action of the trail and its rendering in the page's language. */
    public record ActionOption(String code, String label) {
    }

    /** The actions the trail knows, in the order of their rendering in the page's language. */
    public List<ActionOption> getActions() {
        Locale locale = localeView.getLocale();
        ResourceBundle texts = ReportRenderer.bundle(locale);
        Collator collator = Collator.getInstance(locale);
        return texts.keySet().stream().filter(key -> key.startsWith(ACTION))
                .map(key -> new ActionOption(key.substring(ACTION.length()), texts.getString(key)))
                .sorted(Comparator.comparing(ActionOption::label, collator))
                .toList();
    }

    public List<AuditEvent> getEvents() {
        return result == null ? List.of() : result.items();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public boolean isHasPrevious() {
        return result != null && page > 0;
    }

    public boolean isHasNext() {
        return result != null && (long) (page + 1) * SIZE < result.total();
    }

    public int getPages() {
        return result == null ? 0 : (int) Math.max(1, (result.total() + SIZE - 1) / SIZE);
    }

    /** The bundle key of what is wrong with the filter, or null. */
    public String getProblem() {
        return problem;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getDossier() {
        return dossier;
    }

    public void setDossier(String dossier) {
        this.dossier = dossier;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
