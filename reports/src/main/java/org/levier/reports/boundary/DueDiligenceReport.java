package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.levier.applicant.entity.Organisation;
import org.levier.diligence.control.DiligenceFiles;
import org.levier.diligence.entity.ChecklistItem;
import org.levier.diligence.entity.DocumentRequest;
import org.levier.diligence.entity.DueDiligence;
import org.levier.diligence.entity.RiskDimension;
import org.levier.dossier.entity.Dossier;
import org.levier.identity.entity.User;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.DueDiligenceSheet;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The due-diligence report (rapport d'instruction) of a dossier: checklist by category with statuses, waivers'
 * justifications and comments, risk ratings and overall score, eligibility decisions on the budget lines, document
 * requests, the analyst's recommendation and the second review. For the fund's managers and auditors (any dossier)
 * and the committee's members (the dossiers on the agenda of a session they sit on, else 403); never for applicants
 * (403). PDF, as of now.
 *
 * <p>Committee members may not read the due-diligence boundaries: the file is read through its query
 * ({@link DiligenceFiles#find}) and the document requests by one query, after the audience check.
 */
@ApplicationScoped
public class DueDiligenceReport implements ReportProducer {

    private static final String CHECKLIST_TEXTS = "org.levier.diligence.control.checklist";
    private static final String[] STAFF = {Role.ANALYST_NAME, Role.FUND_DIRECTOR_NAME, Role.AUDITOR_NAME};

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierAccess access;

    @Inject
    DiligenceFiles files;

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public ReportType type() {
        return ReportType.DUE_DILIGENCE;
    }

    @Override
    public Produced produce(ReportCall call) {
        call.requireAnyRole("the fund's managers, the committee and auditors", Role.ANALYST_NAME,
                Role.FUND_DIRECTOR_NAME, Role.COMMITTEE_MEMBER_NAME, Role.AUDITOR_NAME);
        Dossier dossier = dossier(call);
        Programme programme = em.find(Programme.class, dossier.getProgrammeId());
        Organisation organisation = em.find(Organisation.class, dossier.getOrganisationId());
        Optional<DueDiligence> file = files.find(dossier.getId());
        DueDiligenceSheet sheet = sheet(call, dossier, organisation, file.orElse(null), requests(dossier.getId()),
                call.generatedAt());
        byte[] pdf = renderer.pdf(ReportType.DUE_DILIGENCE, call.locale(), asOf(call, programme).header(programme),
                Map.of(), List.of(sheet));
        return new Produced(DossierAccess.subject(dossier), pdf);
    }

    /** Staff and auditors: any dossier; a committee member (only): a dossier on the agenda of one of its sessions. */
    private Dossier dossier(ReportCall call) {
        if (Arrays.stream(STAFF).anyMatch(call::inRole)) {
            return access.dossier(call, STAFF);
        }
        Long id = call.request().dossier();
        if (id == null) {
            return access.dossier(call, STAFF); // 422 report.dossier.required
        }
        Dossier dossier = em.find(Dossier.class, id);
        if (dossier == null) {
            throw new NotFound("dossier " + id);
        }
        Long onAgenda = em.createQuery("select count(i) from AgendaItem i, SessionMember m where i.dossierId = :id"
                        + " and m.session = i.session and m.email = :me", Long.class)
                .setParameter("id", id)
                .setParameter("me", User.normaliseEmail(call.callerName()))
                .getSingleResult();
        if (onAgenda == 0) {
            throw new Forbidden("report.forbidden", "The due-diligence report of a dossier is for the members of the"
                    + " committee sessions whose agenda it is on");
        }
        Long recused = em.createQuery("select count(c) from ConflictDeclaration c where c.item.dossierId = :id"
                        + " and c.memberEmail = :me", Long.class)
                .setParameter("id", id)
                .setParameter("me", User.normaliseEmail(call.callerName()))
                .getSingleResult();
        if (recused > 0) {
            throw new Forbidden("report.recused", "A member who declared a conflict of interest on a dossier does"
                    + " not receive its papers");
        }
        return dossier;
    }

    private List<DocumentRequest> requests(long dossierId) {
        return em.createQuery("select r from DocumentRequest r where r.dossierId = :dossier order by r.id",
                        DocumentRequest.class)
                .setParameter("dossier", dossierId)
                .getResultList();
    }

    /** A dossier's report is "as of now": its own programme, no period. */
    static ReportCall asOf(ReportCall call, Programme programme) {
        ReportRequest r = call.request();
        ReportRequest asOf = new ReportRequest(r.type(), r.format(), programme.getCode(), r.dossier(), null, null,
                call.locale(), r.committee());
        return new ReportCall(asOf, call.applicant(), call.callerName(), call.roles(), call.generatedAt(),
                call.texts());
    }

    static DueDiligenceSheet sheet(ReportCall call, Dossier dossier, Organisation organisation, DueDiligence file,
                                   List<DocumentRequest> requests, Instant now) {
        DateTimeFormatter date = ReportRenderer.dates(call.locale());
        DateTimeFormatter time = ReportRenderer.dates(call.locale())
                .withZone(ReportRenderer.ZONE);
        ResourceBundle itemTexts = itemTexts(call.locale());
        String notYet = call.label("diligence.notYet");

        List<DueDiligenceSheet.Check> checks = new ArrayList<>();
        List<DueDiligenceSheet.Entry> risks = new ArrayList<>();
        String overall = call.label("diligence.risk.notRated");
        List<DueDiligenceSheet.Amount> recommended = new ArrayList<>();
        String recommendation = notYet;
        String conditions = null;
        String rationale = null;
        String recommendedBy = null;
        String review = notYet;
        String reviewComment = null;
        String reviewedBy = null;
        if (file != null) {
            file.getItems().stream()
                    .sorted(Comparator.comparing(ChecklistItem::getCategory).thenComparing(ChecklistItem::getPosition))
                    .forEach(i -> checks.add(new DueDiligenceSheet.Check(
                            call.label("checklist." + i.getCategory().name()), itemLabel(itemTexts, i),
                            call.label("item." + i.getStatus().name()), note(call, i))));
            for (RiskDimension d : RiskDimension.values()) {
                risks.add(new DueDiligenceSheet.Entry(call.label("risk." + d.name()), null,
                        file.getRiskRatings().of(d).map(r -> risk(call, r))
                                .orElse(call.label("diligence.risk.notRated"))));
            }
            overall = file.riskOverall().map(r -> risk(call, r)).orElse(overall);
            if (file.recommendation().isPresent()) {
                recommendation = call.label("recommendation." + file.recommendation().get().name());
                file.recommendedAmounts().forEach((instrument, amount) -> recommended.add(
                        new DueDiligenceSheet.Amount(call.label("instrument." + instrument.name()), null, null,
                                amount(amount), true)));
                conditions = file.getConditions().isEmpty() ? null
                        : file.getConditions().stream().map(c -> "• " + c).collect(Collectors.joining("\n"));
                rationale = file.rationale().orElse(null);
                recommendedBy = byOn(call, file.recommendedBy().orElse(null),
                        file.recommendedAt().map(time::format).orElse(null));
            }
            if (file.reviewOutcome().isPresent()) {
                review = call.label("review." + file.reviewOutcome().get().name());
                reviewComment = file.reviewComment().orElse(null);
                reviewedBy = byOn(call, file.reviewedBy().orElse(null),
                        file.reviewedAt().map(time::format).orElse(null));
            }
        } else {
            for (RiskDimension d : RiskDimension.values()) {
                risks.add(new DueDiligenceSheet.Entry(call.label("risk." + d.name()), null,
                        call.label("diligence.risk.notRated")));
            }
        }
        List<DueDiligenceSheet.Amount> budget = dossier.getBudgetLines().stream()
                .map(l -> new DueDiligenceSheet.Amount(call.label("category." + l.getCategory().name()),
                        l.getLabel(), l.eligible().map(e -> call.label(e ? "diligence.eligible"
                        : "diligence.ineligible")).orElse(call.label("diligence.undecided")),
                        amount(l.getAmount()), l.countsAsEligible()))
                .toList();
        List<DueDiligenceSheet.Entry> asked = requests.stream()
                .map(r -> new DueDiligenceSheet.Entry(r.getWhat(),
                        MessageFormat.format(call.label("diligence.request.due"), date.format(r.getDueDate())),
                        call.label("request." + r.getStatus().name())
                                + (r.isOverdueAt(now) ? " — " + call.label("diligence.overdue") : "")))
                .toList();
        return new DueDiligenceSheet(dossier.reference().orElse(call.label("dossier.noReference")),
                dossier.getTitle(), organisation == null ? "" : organisation.getLegalName(),
                call.label("status." + dossier.getStatus().name()), checks, risks, overall, budget, asked,
                recommendation, recommended, conditions, rationale, recommendedBy, review, reviewComment,
                reviewedBy);
    }

    private static String note(ReportCall call, ChecklistItem item) {
        List<String> parts = new ArrayList<>();
        item.justification().ifPresent(j -> parts.add(call.label("diligence.justification") + " " + j));
        item.comment().ifPresent(c -> parts.add(call.label("diligence.commentPrefix") + " " + c));
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private static String risk(ReportCall call, int rating) {
        return MessageFormat.format(call.label("diligence.risk.value"), rating);
    }

    private static String byOn(ReportCall call, String who, String when) {
        if (who == null) {
            return null;
        }
        return when == null ? who : MessageFormat.format(call.label("diligence.byOn"), who, when);
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO.setScale(2) : money.amount();
    }

    /** A default item in the report's language (by its code), an analyst's own item as written. */
    private static String itemLabel(ResourceBundle texts, ChecklistItem item) {
        if (texts == null || item.code().isEmpty()) {
            return item.getLabel();
        }
        try {
            return texts.getString(item.code().get());
        } catch (MissingResourceException e) {
            return item.getLabel();
        }
    }

    private static ResourceBundle itemTexts(Locale locale) {
        try {
            return ResourceBundle.getBundle(CHECKLIST_TEXTS, locale, DueDiligence.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
