package org.levier.dossier.boundary;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DossierStatus;
import org.levier.dossier.entity.DossierTransition;
import org.levier.shared.entity.Role;

/** What the dossier use cases ({@link Dossiers}) write in their audit events, and the role a staff move is made in. */
final class DossierChanges {

    private DossierChanges() {
    }

    static Map<String, Object> content(Dossier dossier) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("title", dossier.getTitle());
        changes.put("startDate", dossier.getStartDate());
        changes.put("endDate", dossier.getEndDate());
        dossier.requested().forEach((instrument, amount) -> changes.put("requested." + instrument, amount));
        changes.put("totalCost", dossier.totalCost());
        changes.put("cofinancingTotal", dossier.cofinancingTotal());
        changes.put("budgetLines", dossier.getBudgetLines().size());
        changes.put("cofinancingLines", dossier.getCofinancing().size());
        changes.put("impactTargets", dossier.getImpactTargets().size());
        changes.put("milestones", dossier.getMilestones().size());
        return changes;
    }

    static Map<String, Object> transition(DossierTransition transition) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("from", transition.from().orElse(null));
        changes.put("to", transition.getToStatus());
        changes.put("reason", transition.reason().orElse(null));
        return changes;
    }

    static String label(Dossier dossier) {
        return dossier.reference().orElse("#" + dossier.getId());
    }

    /**
     * The role a move by the fund's staff is made in: the one the move needs when the caller has it (a caller who is
     * both analyst and director acts as director only where an analyst may not).
     */
    static Role actingRole(DossierStatus from, DossierStatus target, Predicate<String> callerInRole) {
        Set<Role> callerRoles = new HashSet<>();
        for (Role role : List.of(Role.ANALYST, Role.FUND_DIRECTOR)) {
            if (callerInRole.test(role.name())) {
                callerRoles.add(role);
            }
        }
        Optional<DossierStatus.Move> move = from.findMoveTo(target);
        if (move.isPresent()) {
            for (Role role : List.of(Role.ANALYST, Role.FUND_DIRECTOR)) {
                if (callerRoles.contains(role) && move.get().allows(role)) {
                    return role;
                }
            }
        }
        return callerRoles.contains(Role.ANALYST) ? Role.ANALYST : Role.FUND_DIRECTOR;
    }
}
