package org.levier.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.committee.boundary.AgendaDossiers;
import org.levier.dossier.boundary.DossierFilter;
import org.levier.dossier.boundary.DossierSummary;
import org.levier.dossier.boundary.Dossiers;
import org.levier.shared.control.Page;
import org.levier.shared.entity.Role;
import org.levier.web.core.Caller;

/**
 * Choosing a dossier by what people know of it (its reference, title or organisation) instead of its internal
 * number: the suggestions of a {@code p:autoComplete}, scoped as the boundary scopes lists. An applicant is offered
 * only its organisation's dossiers ({@link Dossiers#listOwn}); analysts, the fund's director and auditors every
 * dossier ({@link Dossiers#list}). A committee member (without those roles) picks among the dossiers on the agendas
 * of the sessions it sits on, recused ones excluded ({@link AgendaDossiers#onMyAgendas}): {@link #getAgendaDossiers}.
 * Anyone else is offered nothing (the page then keeps its number input). The chosen value is a {@link Choice}; its
 * converter knows only the choices this view has suggested, so a posted id never reaches a dossier the user was
 * not offered.
 */
@Named
@ViewScoped
public class DossierPicker implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SUGGESTIONS = 12;

    /** A dossier as the picker shows it. */
    public record Choice(long id, String reference, String title, String organisation) implements Serializable {

        /** {@code LEV-2027-00012 · Title · Organisation}. */
        public String label() {
            StringBuilder text = new StringBuilder(reference == null ? "#" + id : reference);
            if (title != null && !title.isBlank()) {
                text.append(" · ").append(title);
            }
            if (organisation != null && !organisation.isBlank()) {
                text.append(" · ").append(organisation);
            }
            return text.toString();
        }
    }

    @Inject
    transient Dossiers dossiers;

    @Inject
    transient Caller caller;

    @Inject
    transient UserView user;

    @Inject
    transient AgendaDossiers agendaDossiers;

    private List<Choice> agenda;

    private final Map<Long, Choice> offered = new HashMap<>();

    /** Whether this user may search dossiers (otherwise the page asks for a number). */
    public boolean isAvailable() {
        return user.isApplicant() || user.has(Role.ANALYST) || user.has(Role.FUND_DIRECTOR) || user.isAuditor();
    }

    /** Whether this user picks among its committee agendas' dossiers (a member who may not search dossiers). */
    public boolean isAgenda() {
        return !isAvailable() && user.has(Role.COMMITTEE_MEMBER);
    }

    /** The dossiers on the agendas of the member's sessions, recused ones excluded, read once per view. */
    public List<Choice> getAgendaDossiers() {
        if (agenda == null) {
            agenda = !isAgenda() ? List.of() : agendaDossiers.onMyAgendas().stream()
                    .map(d -> new Choice(d.dossierId(), d.reference(), d.title(), d.organisation())).toList();
        }
        return agenda;
    }

    /** The dossiers whose reference, title or organisation match what was typed, most recently updated first. */
    public List<Choice> complete(String typed) {
        if (typed == null || typed.isBlank() || !isAvailable()) {
            return List.of();
        }
        DossierFilter filter = new DossierFilter(null, null, null, null, typed);
        List<Choice> found;
        if (caller.isApplicant()) {
            Page<DossierSummary> page = dossiers.listOwn(caller.applicant(), filter, 0, SUGGESTIONS, "updatedAt");
            found = page.items().stream().map(d -> new Choice(d.id(), d.reference(), d.title(), null)).toList();
        } else {
            Page<DossierSummary> page = dossiers.list(filter, 0, SUGGESTIONS, "updatedAt");
            Map<Long, String> names = dossiers.organisationNames(
                    page.items().stream().map(DossierSummary::organisationId).distinct().toList());
            found = page.items().stream().map(d -> new Choice(d.id(), d.reference(), d.title(),
                    names.get(d.organisationId()))).toList();
        }
        found.forEach(choice -> offered.put(choice.id(), choice));
        return found;
    }

    /** The converter of the picker's value: a suggested choice ↔ its id. */
    public Converter<Choice> getConverter() {
        return new Converter<>() {
            @Override
            public Choice getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return offered.get(Long.parseLong(value.strip()));
                } catch (NumberFormatException e) {
                    return null;
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, Choice value) {
                return value == null ? "" : Long.toString(value.id());
            }
        };
    }
}
