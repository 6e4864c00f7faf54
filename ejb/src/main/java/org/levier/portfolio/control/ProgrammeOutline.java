package org.levier.portfolio.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.levier.shared.control.Rows;

/**
 * What the programme figures need of a programme's structure — its id, code, allotment and target, and per action
 * its number, title, axis and envelope — read as plain values by <em>one</em> statement. The leverage and the
 * portfolio label their rows with it: building the programme's entities for that (the programme, then its axes and
 * their actions, lazily) cost more than the figures themselves on every API call (issue 13, the request path).
 *
 * @param actions per action id, in the order of the axes' and actions' numbers
 */
public record ProgrammeOutline(long id, String code, BigDecimal allotment, BigDecimal targetTotalProjects,
                               Map<Long, Action> actions) {

    /** One action of the programme, with its axis. {@code envelope} is null when the action has none. */
    public record Action(long id, int number, String title, int axisNumber, String axisTitle, BigDecimal envelope) {
    }

    public ProgrammeOutline {
        actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
    }

    /** The programme of that code, with its actions (none when it has no axis yet); empty when there is none. */
    public static Optional<ProgrammeOutline> read(Rows rows, String code) {
        if (code == null) {
            return Optional.empty();
        }
        List<Object[]> found = rows.select("SELECT p.id, p.code, p.allotment, p.target_total_projects,"
                + " a.id, a.number, a.title, ax.number, ax.title, a.envelope"
                + " FROM programme p LEFT JOIN axis ax ON ax.programme_id = p.id"
                + " LEFT JOIN programme_action a ON a.axis_id = ax.id"
                + " WHERE p.code = ? ORDER BY ax.number, a.number", List.of(code));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = found.getFirst();
        Map<Long, Action> actions = new LinkedHashMap<>();
        for (Object[] r : found) {
            if (r[4] != null) {
                long id = LeverageQueries.number(r[4]);
                actions.put(id, new Action(id, (int) LeverageQueries.number(r[5]), (String) r[6],
                        (int) LeverageQueries.number(r[7]), (String) r[8],
                        r[9] == null ? null : LeverageQueries.money(r[9])));
            }
        }
        return Optional.of(new ProgrammeOutline(LeverageQueries.number(first[0]), (String) first[1],
                LeverageQueries.money(first[2]), LeverageQueries.money(first[3]), actions));
    }

    /** No programme (id -1, no action): what figures of an unknown code are read against (none). */
    static ProgrammeOutline none(String code) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new ProgrammeOutline(-1, code, zero, zero, Map.of());
    }

    /** Target total investment / allotment, 2 decimals half-even, as {@code Programme.targetLeverage()}. */
    public BigDecimal targetLeverage() {
        return targetTotalProjects.divide(allotment, 2, RoundingMode.HALF_EVEN);
    }

    /** Per axis number, its title. */
    public Map<String, String> axisLabels() {
        Map<String, String> labels = new HashMap<>();
        actions.values().forEach(a -> labels.put(String.valueOf(a.axisNumber()), a.axisTitle()));
        return labels;
    }

    /** Per action number, its title. */
    public Map<String, String> actionLabels() {
        Map<String, String> labels = new HashMap<>();
        actions.values().forEach(a -> labels.put(String.valueOf(a.number()), a.title()));
        return labels;
    }

    /** Per action number, its envelope (actions without one absent). */
    public Map<String, BigDecimal> envelopes() {
        Map<String, BigDecimal> envelopes = new HashMap<>();
        actions.values().stream().filter(a -> a.envelope() != null)
                .forEach(a -> envelopes.put(String.valueOf(a.number()), a.envelope()));
        return envelopes;
    }
}
