package org.levier.reports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.levier.agreement.boundary.AgreementView;
import org.levier.agreement.boundary.Agreements;
import org.levier.agreement.entity.Amendment;
import org.levier.applicant.entity.Organisation;
import org.levier.dossier.entity.Dossier;
import org.levier.programme.entity.Programme;
import org.levier.reports.ReportType;
import org.levier.reports.control.AgreementSheet;
import org.levier.reports.control.ReportRenderer;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * The funding agreement (convention) of a dossier with its tranche schedule: parties, commitment per instrument,
 * tranches (instrument, milestone, planned date, amount, paid and still to pay, status), conditions precedent and
 * amendments. For the fund's managers and auditors (any dossier) and the dossier's applicant (its own; another's
 * does not exist for it). PDF, as of now; 404 when the dossier has no agreement.
 */
@ApplicationScoped
public class AgreementReport implements ReportProducer {

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierAccess access;

    @Inject
    Agreements agreements;

    private final ReportRenderer renderer = new ReportRenderer();

    @Override
    public ReportType type() {
        return ReportType.AGREEMENT;
    }

    @Override
    public Produced produce(ReportCall call) {
        Dossier dossier = access.dossier(call, DossierAccess.MANAGERS_AND_AUDITORS);
        AgreementView agreement = call.applicant() != null ? agreements.getOwn(call.applicant(), dossier.getId())
                : agreements.get(dossier.getId());
        Programme programme = em.find(Programme.class, agreement.programmeId());
        Organisation organisation = em.find(Organisation.class, agreement.organisationId());
        List<Amendment> amendments = em.createQuery("select m from Amendment m where m.agreement.id = :id"
                + " order by m.number", Amendment.class).setParameter("id", agreement.id()).getResultList();
        AgreementSheet sheet = sheet(call, dossier, programme, organisation, agreement, amendments);
        byte[] pdf = renderer.pdf(ReportType.AGREEMENT, call.locale(),
                DueDiligenceReport.asOf(call, programme).header(programme), Map.of(), List.of(sheet));
        return new Produced(DossierAccess.subject(dossier), pdf);
    }

    static AgreementSheet sheet(ReportCall call, Dossier dossier, Programme programme, Organisation organisation,
                                AgreementView agreement, List<Amendment> amendments) {
        DateTimeFormatter date = ReportRenderer.dates(call.locale());
        DateTimeFormatter day = date.withZone(ReportRenderer.ZONE);
        List<AgreementSheet.Commitment> commitments = agreement.instruments().stream()
                .map(i -> new AgreementSheet.Commitment(call.label("instrument." + i.instrument().name()),
                        amount(i.approvedByCommittee()), amount(i.position().committed())))
                .toList();
        List<AgreementSheet.Tranche> tranches = agreement.tranches().stream()
                .map(t -> {
                    BigDecimal amount = amount(t.money().committed());
                    BigDecimal paid = amount(t.money().paid());
                    String status = t.withdrawn() ? "WITHDRAWN" : paid.signum() > 0 && paid.compareTo(amount) >= 0
                            ? "PAID" : paid.signum() > 0 ? "PARTLY_PAID" : "UNPAID";
                    return new AgreementSheet.Tranche(String.valueOf(t.position() + 1),
                            call.label("instrument." + t.instrument().name()),
                            t.milestone() + (t.conditions() == null ? "" : " (" + t.conditions() + ")"),
                            date.format(t.plannedOn()), amount, paid, amount(t.money().unpaid()),
                            call.label("tranche." + status));
                })
                .toList();
        List<AgreementSheet.Note> conditions = agreement.conditions().stream()
                .map(c -> new AgreementSheet.Note(c.description(), null, c.met()
                        ? MessageFormat.format(call.label("agreement.condition.met"),
                                c.metOn() == null ? "" : date.format(c.metOn()))
                        : call.label("agreement.condition.open")))
                .toList();
        DecimalFormat euros = euros(call.locale());
        List<AgreementSheet.Note> amended = amendments.stream()
                .map(m -> new AgreementSheet.Note(MessageFormat.format(call.label("agreement.amendment"),
                        m.getNumber(), day.format(m.getAmendedAt())), m.getReason(),
                        MessageFormat.format(call.label("agreement.amendment.commitment"),
                                commitment(call, euros, m.committed()))))
                .toList();
        String identifier = organisation == null ? null : organisation.getSiret() != null ? organisation.getSiret()
                : organisation.getSiren() != null ? organisation.getSiren() : organisation.getForeignRegistration();
        String version = agreement.amendmentNumber() == 0 ? call.label("agreement.version.original")
                : MessageFormat.format(call.label("agreement.version.amended"), agreement.amendmentNumber());
        return new AgreementSheet(dossier.reference().orElse(call.label("dossier.noReference")), dossier.getTitle(),
                programme.getName() + " (" + programme.getCode() + ")",
                organisation == null ? "" : organisation.getLegalName(), identifier,
                date.format(agreement.signedOn()), agreement.signedBy(), version, commitments, tranches, conditions,
                amended);
    }

    private static String commitment(ReportCall call, DecimalFormat euros, Map<Instrument, Money> committed) {
        return committed.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().isPositive())
                .map(e -> call.label("instrument." + e.getKey().name()) + " " + euros.format(e.getValue().amount()))
                .collect(Collectors.joining(" · "));
    }

    /** Amounts as the templates print them ({@code #,##0.00 €} in the report's language). */
    static DecimalFormat euros(Locale locale) {
        return new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(locale));
    }

    static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO.setScale(2) : money.amount();
    }
}
