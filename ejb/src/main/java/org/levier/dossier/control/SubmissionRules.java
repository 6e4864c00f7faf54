package org.levier.dossier.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.levier.dossier.entity.Dossier;
import org.levier.dossier.entity.DocumentKind;
import org.levier.dossier.entity.DossierDraft;
import org.levier.dossier.entity.Milestone;
import org.levier.programme.entity.AidRegime;
import org.levier.programme.entity.CallForProjects;
import org.levier.programme.entity.ProgrammeAction;
import org.levier.shared.control.Clocks;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.SizeClass;

/**
 * The rules a draft must meet to be submitted, all checked every time so that the applicant sees every violation
 * at once, each under the name of its rule: {@code financingPlan}, {@code requested}, {@code call}, {@code action},
 * {@code documents}, {@code deMinimis}, {@code aidIntensity}, {@code cofinancing[i].funder} (a funder twice under
 * one source type: a line is counted once, see {@link Dossier#duplicateFunders}) (and the fields a submitted dossier needs:
 * {@code summary}, {@code startDate}, {@code endDate}, {@code budgetLines}, {@code milestones[i].dueDate}).
 *
 * <p>Pure: everything it needs is in the {@link Submission}; amounts are compared as {@link BigDecimal}, exactly,
 * and the aid intensity by cross-multiplication (aid ≤ max × eligible cost), so no ratio is ever rounded.
 */
public final class SubmissionRules {

    /** Regulation (EU) 2023/2831, article 3(2): per single undertaking over any period of three years. */
    public static final Money DE_MINIMIS_CEILING = Money.eur("300000.00");
    public static final int DE_MINIMIS_YEARS = 3;

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")
            .withZone(Clocks.FUND_ZONE);

    private SubmissionRules() {
    }

    /** De minimis aid the organisation declares it has received. */
    public record PriorAid(LocalDate grantedOn, Money amount, String grantingBody) {

        public PriorAid {
            Objects.requireNonNull(grantedOn, "grantedOn");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * What the rules look at: the dossier, its call and action (entities of one persistence context, compared by
     * identity), the organisation's size class and declared de minimis aid, the kinds of the documents uploaded
     * and those the call requires, and the moment of submission.
     */
    public record Submission(Dossier dossier, CallForProjects call, ProgrammeAction action, SizeClass sizeClass,
                             List<PriorAid> priorDeMinimisAid, Set<DocumentKind> documents,
                             Set<DocumentKind> mandatoryDocuments, Instant now) {

        public Submission {
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(now, "now");
            priorDeMinimisAid = priorDeMinimisAid == null ? List.of() : List.copyOf(priorDeMinimisAid);
            documents = documents == null ? Set.of() : Set.copyOf(documents);
            mandatoryDocuments = mandatoryDocuments == null ? Set.of() : Set.copyOf(mandatoryDocuments);
        }
    }

    /** Every violated rule; empty when the dossier may be submitted. */
    public static List<Violation> check(Submission s) {
        return check(s, true);
    }

    /**
     * The rules again for a dossier returned for completion: all of them but the call's being open (it was open
     * when the dossier was first submitted; the correction follows the staff's due date, not the call's).
     */
    public static List<Violation> checkResubmission(Submission s) {
        return check(s, false);
    }

    private static List<Violation> check(Submission s, boolean callMustBeOpen) {
        List<Violation> violations = new ArrayList<>();
        completeness(s.dossier(), violations);
        financingPlan(s.dossier(), violations);
        oneLinePerFunder(s.dossier(), violations);
        requestedAmount(s.dossier(), s.call(), violations);
        if (callMustBeOpen) {
            callOpen(s.call(), s.now(), violations);
        }
        actionEligible(s.call(), s.action(), violations);
        documents(s.documents(), s.mandatoryDocuments(), violations);
        deMinimis(s, violations);
        aidIntensity(s.dossier(), s.call(), s.sizeClass(), violations);
        return List.copyOf(violations);
    }

    private static void completeness(Dossier d, List<Violation> v) {
        if (d.getSummary() == null || d.getSummary().isBlank()) {
            v.add(new Violation("summary", "required to submit"));
        }
        if (d.getStartDate() == null) {
            v.add(new Violation("startDate", "required to submit"));
        }
        if (d.getEndDate() == null) {
            v.add(new Violation("endDate", "required to submit"));
        }
        if (d.getBudgetLines().isEmpty()) {
            v.add(new Violation("budgetLines", "at least one budget line is required to submit"));
        }
        if (d.getStartDate() != null && d.getEndDate() != null) {
            for (Milestone m : d.getMilestones()) {
                if (m.getDueDate().isBefore(d.getStartDate()) || m.getDueDate().isAfter(d.getEndDate())) {
                    v.add(new Violation("milestones[" + m.getPosition() + "].dueDate",
                            "within the project, " + d.getStartDate() + " to " + d.getEndDate()));
                }
            }
        }
    }

    /** Total project cost = sum of the budget lines = fund requested (all instruments) + all co-financing. */
    private static void financingPlan(Dossier d, List<Violation> v) {
        BigDecimal cost = d.totalCost().amount();
        BigDecimal requested = d.requestedTotal().amount();
        BigDecimal cofinanced = d.cofinancingTotal().amount();
        BigDecimal resources = requested.add(cofinanced);
        int balance = resources.compareTo(cost);
        if (balance != 0) {
            BigDecimal difference = resources.subtract(cost).abs();
            v.add(new Violation("financingPlan", "the financing plan does not balance: total cost " + eur(cost)
                    + ", resources " + eur(resources) + " (fund requested " + eur(requested) + " + co-financing "
                    + eur(cofinanced) + "): " + eur(difference) + (balance < 0 ? " missing" : " too much")));
        }
    }

    /** Drafts saved before the rule existed are caught here; a save refuses the same (same message, same field). */
    private static void oneLinePerFunder(Dossier d, List<Violation> v) {
        v.addAll(Dossier.duplicateFunders(d.getCofinancing().stream()
                .map(c -> new DossierDraft.CofinancingItem(c.getSourceType(), c.getFunder(), c.getAmount(),
                        c.getStatus()))
                .toList()));
    }

    private static void requestedAmount(Dossier d, CallForProjects call, List<Violation> v) {
        Money total = d.requestedTotal();
        if (total.compareTo(call.getMinAmount()) < 0 || total.isGreaterThan(call.getMaxAmount())) {
            v.add(new Violation("requested", "the total requested (" + eur(total.amount())
                    + ") must lie between the call's minimum " + eur(call.getMinAmount().amount())
                    + " and maximum " + eur(call.getMaxAmount().amount())));
        }
        Set<Instrument> refused = EnumSet.noneOf(Instrument.class);
        d.requested().forEach((instrument, amount) -> {
            if (amount.isPositive() && !call.getInstruments().contains(instrument)) {
                refused.add(instrument);
            }
        });
        if (!refused.isEmpty()) {
            Set<Instrument> funded = EnumSet.noneOf(Instrument.class);
            funded.addAll(call.getInstruments());
            v.add(new Violation("requested", "the call does not fund " + refused + " (it funds " + funded + ")"));
        }
    }

    private static void callOpen(CallForProjects call, Instant now, List<Violation> v) {
        if (!call.isOpenAt(now)) {
            v.add(new Violation("call", "the call " + call.getCode() + " is not open: it opens "
                    + MOMENT.format(call.getOpensAt()) + " and closes " + MOMENT.format(call.getClosesAt())));
        }
    }

    private static void actionEligible(CallForProjects call, ProgrammeAction action, List<Violation> v) {
        if (action == null || !call.getEligibleActions().contains(action)) {
            v.add(new Violation("action", (action == null ? "the action" : "action " + action.getNumber())
                    + " is not eligible for the call " + call.getCode()));
        }
    }

    private static void documents(Set<DocumentKind> present, Set<DocumentKind> mandatory, List<Violation> v) {
        Set<DocumentKind> missing = EnumSet.noneOf(DocumentKind.class);
        missing.addAll(mandatory);
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            v.add(new Violation("documents", "missing mandatory documents: " + missing));
        }
    }

    /**
     * Under a {@code DE_MINIMIS} call: de minimis aid received over the three years up to the submission date
     * (in the fund's zone) plus the aid requested must not exceed {@link #DE_MINIMIS_CEILING}.
     *
     * <p>Simplification, on purpose for now: the requested aid counts at its nominal amount, grant + repayable
     * advance + equity, as its gross grant equivalent. That overstates the equivalent of an advance or an equity
     * stake (their real equivalent is the interest and risk saved), so the check is stricter than the regulation,
     * never laxer; a grant-equivalent calculator would replace it.
     */
    private static void deMinimis(Submission s, List<Violation> v) {
        if (s.call().getAidRegime() != AidRegime.DE_MINIMIS) {
            return;
        }
        LocalDate today = s.now().atZone(Clocks.FUND_ZONE).toLocalDate();
        LocalDate windowStart = today.minusYears(DE_MINIMIS_YEARS);
        BigDecimal prior = BigDecimal.ZERO;
        for (PriorAid aid : s.priorDeMinimisAid()) {
            if (aid.grantedOn().isAfter(windowStart)) {
                prior = prior.add(aid.amount().amount());
            }
        }
        BigDecimal requested = s.dossier().requestedTotal().amount();
        BigDecimal total = prior.add(requested);
        if (total.compareTo(DE_MINIMIS_CEILING.amount()) > 0) {
            v.add(new Violation("deMinimis", "de minimis aid over three years would reach " + eur(total)
                    + " (received since " + windowStart.plusDays(1) + ": " + eur(prior) + ", requested: "
                    + eur(requested) + "), above the ceiling of " + eur(DE_MINIMIS_CEILING.amount())));
        }
    }

    /**
     * Fund aid / eligible cost ≤ the call's maximum for the organisation's size class, as aid ≤ max × cost. A call
     * that sets no intensity at all (a de minimis call, say) caps none; one that sets some funds only those sizes.
     */
    private static void aidIntensity(Dossier d, CallForProjects call, SizeClass size, List<Violation> v) {
        if (call.getMaxIntensity().isEmpty()) {
            return;
        }
        if (size == null) {
            v.add(new Violation("aidIntensity", "the organisation's size class is unknown"));
            return;
        }
        Optional<BigDecimal> max = call.maxIntensityFor(size);
        if (max.isEmpty()) {
            v.add(new Violation("aidIntensity", "the call " + call.getCode() + " sets no aid intensity for "
                    + size + " organisations: it does not fund them"));
            return;
        }
        BigDecimal aid = d.requestedTotal().amount();
        BigDecimal eligible = d.eligibleCost().amount();
        if (eligible.signum() == 0) {
            if (aid.signum() > 0) {
                v.add(new Violation("aidIntensity", "aid requested without any eligible cost"));
            }
            return;
        }
        if (aid.compareTo(max.get().multiply(eligible)) > 0) {
            v.add(new Violation("aidIntensity", "aid intensity " + percent(aid.divide(eligible, 4,
                    RoundingMode.HALF_EVEN)) + " (" + eur(aid) + " of an eligible cost of " + eur(eligible)
                    + ") is above the call's maximum of " + percent(max.get()) + " for " + size
                    + " organisations"));
        }
    }

    private static String eur(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " EUR";
    }

    /** For messages only: a ratio shown as a percentage with two decimals. */
    private static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }
}
