package org.levier.web.faces;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.levier.programme.boundary.Programmes;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;

/**
 * The calls a dossier form offers ({@link DossierEditPage}, which holds one for its view): the open calls, with
 * their eligible actions in the page's language, read once per view; a saved dossier's own call is added when it is
 * no longer open.
 */
@Dependent
public class CallChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An open call the applicant may apply to. */
    public record CallChoice(long id, String code, String title, Instant closesAt, Money min, Money max,
                             Set<Instrument> instruments, List<ActionChoice> actions) implements Serializable {
    }

    /** An action of a call, by its number in the programme. */
    public record ActionChoice(int number, String title) implements Serializable {
    }

    @Inject
    Programmes programmes;

    @Inject
    LocaleView locale;

    private List<CallChoice> calls;

    /** The open calls (and a saved dossier's closed call, once asked for). */
    List<CallChoice> all() {
        if (calls == null) {
            String language = locale.getLanguage();
            calls = programmes.calls(true, null).stream().map(call -> choice(call, language)).toList();
        }
        return calls;
    }

    /** The call {@code callId}, open or not; empty without one. */
    Optional<CallChoice> find(Long callId) {
        if (callId == null) {
            return Optional.empty();
        }
        Optional<CallChoice> open = all().stream().filter(c -> c.id() == callId).findFirst();
        if (open.isPresent()) {
            return open;
        }
        CallChoice closed = choice(programmes.getCall(callId), locale.getLanguage());
        List<CallChoice> with = new ArrayList<>(all());
        with.add(closed);
        calls = List.copyOf(with);
        return Optional.of(closed);
    }

    private static CallChoice choice(CallForProjects call, String language) {
        List<ActionChoice> actions = call.getEligibleActions().stream()
                .sorted(Comparator.comparingInt(ProgrammeAction::getNumber))
                .map(a -> new ActionChoice(a.getNumber(), a.title(language))).toList();
        Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
        instruments.addAll(call.getInstruments());
        return new CallChoice(call.getId(), call.getCode(), call.getTitle(), call.getClosesAt(), call.getMinAmount(),
                call.getMaxAmount(), instruments, actions);
    }
}
