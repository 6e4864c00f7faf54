package org.levier.budget.entity;

import java.util.List;
import java.util.Optional;

/** A programme's budget: its allotment's room and each action's envelope room, in action number order. */
public record ProgrammeBudget(long programmeId, String code, Room total, List<ActionBudget> actions) {

    /** One action's room (its limit is the envelope, null when the action has none). */
    public record ActionBudget(long actionId, int number, String title, Room room) {
    }

    public ProgrammeBudget {
        actions = List.copyOf(actions);
    }

    public Optional<ActionBudget> action(long actionId) {
        return actions.stream().filter(a -> a.actionId() == actionId).findFirst();
    }
}
