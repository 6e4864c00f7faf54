/**
 * Portfolio and leverage: what the fund has committed and paid per axis, action and instrument, and the leverage
 * of its money on the requested, committed and realised bases. Every figure is a database aggregate (GROUP BY),
 * never a sum over loaded entities; every ratio is a ratio of sums, never an average of ratios. The demo portfolio
 * (fictitious, labelled "(démo)") reproduces Dunkerque's committed leverage of 7.68 exactly.
 * <p>A read model: its figures are joins across components (a dossier and its co-financing, its programme's action
 * and axis, its organisation, the committee's approved amounts, the agreement's commitments, the disbursements paid
 * and the recoveries received), so its queries read those components' tables directly instead of asking each
 * boundary row by row, which would load entities to sum them. It also answers the cross-component reads of
 * components that cannot ask the owner (it depends on them) or need a join across several owners: an agreement's
 * engaged and recovered money ({@code Engagements}), the budget's committed and reserved sums ({@code BudgetSums}),
 * a programme's co-financing sums and paid equity, the committee's agenda with its due-diligence recommendations,
 * the payment queues and the late repayment schedules with their dossiers. Those run in the caller's transaction,
 * after the locks the caller holds. It writes only its own tables ({@code dossier_figures}, {@code programme_figure}).
 */
@ReadModel(reads = {"agreement", "applicant", "committee", "diligence", "disbursement", "dossier", "payment",
        "programme", "recovery", "repayment"})
package org.levier.portfolio;

import org.levier.shared.ReadModel;
