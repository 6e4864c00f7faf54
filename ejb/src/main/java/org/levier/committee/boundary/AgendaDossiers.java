package org.levier.committee.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.levier.applicant.control.OrganisationNames;
import org.levier.committee.entity.CommitteeSession;
import org.levier.diligence.control.DiligenceFiles;
import org.levier.diligence.entity.DueDiligence;
import org.levier.diligence.entity.RecommendationOutcome;
import org.levier.diligence.entity.ReviewOutcome;
import org.levier.document.boundary.Documents;
import org.levier.document.boundary.Documents.DocumentFile;
import org.levier.document.boundary.Documents.DocumentInfo;
import org.levier.dossier.control.DossierLoader;
import org.levier.dossier.entity.Dossier;
import org.levier.portfolio.control.CommitteeAgendas;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Instrument;
import org.levier.shared.entity.Money;
import org.levier.shared.entity.Role;

/**
 * What a committee member reads of the dossiers on the agenda of a session it sits on, read-only: the dossier
 * (description, requested amounts, budget, financing plan, impact targets, milestones), a summary of its due
 * diligence (the analyst's recommendation and opinion, the risk score, the second review) and its documents.
 *
 * <p>Refusals: {@link NotFound} (404) for an unknown session, or a dossier that is not on that session's agenda;
 * {@link Forbidden} (403) {@code committee.not-a-member} for a member that does not sit on the session, and
 * {@code committee.dossier.recused} for a member who declared a conflict of interest on the dossier (in any
 * session): recusal closes the dossier's papers to it, as the due-diligence report does. Staff and auditors read
 * dossiers through {@code Dossiers}, {@code Documents} and {@code Diligences}, never here. Reads are not audited
 * (the project audits changes and evidence packs, not reads).
 *
 * <p>The due-diligence boundaries are closed to members: the file is read through {@link DiligenceFiles#find}, after
 * the checks. The documents are the documents component's: read through its boundary ({@link Documents#listOnAgenda},
 * {@link Documents#downloadOnAgenda}), whose precondition these checks are.
 */
@Stateless
@RolesAllowed(Role.COMMITTEE_MEMBER_NAME)
public class AgendaDossiers {

    /** The due diligence as the committee reads it: the recommendation, its opinion, risks and second review. */
    public record DiligenceSummary(RecommendationOutcome recommendation, Map<Instrument, Money> recommendedAmounts,
                                   List<String> conditions, String opinion, Integer riskOverall,
                                   ReviewOutcome review, String reviewComment) {

        static DiligenceSummary of(DueDiligence file) {
            return new DiligenceSummary(file.recommendation().orElse(null), Map.copyOf(file.recommendedAmounts()),
                    List.copyOf(file.getConditions()), file.rationale().orElse(null),
                    file.riskOverall().orElse(null), file.reviewOutcome().orElse(null),
                    file.reviewComment().orElse(null));
        }
    }

    /** A dossier of the agenda (loaded), the applicant organisation's name, its due diligence (null) and documents. */
    public record AgendaDossier(long sessionId, String sessionTitle, Dossier dossier, String organisation,
                                DiligenceSummary diligence, List<DocumentInfo> documents) {
    }

    /** A dossier of the calling member's agendas as a picker offers it. */
    public record AgendaChoice(long dossierId, String reference, String title, String organisation) {
    }

    /** The most dossiers {@link #onMyAgendas} lists. */
    public static final int CHOICES = 200;

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierLoader dossierLoader;

    @Inject
    DiligenceFiles files;

    @Inject
    Documents documents;

    @Inject
    CommitteeAgendas agendas;

    @Inject
    OrganisationNames organisations;

    /** The dossier of the session's agenda, as the calling member may read it. */
    public AgendaDossier read(long sessionId, long dossierId) {
        CommitteeSession session = readable(sessionId, dossierId);
        Dossier dossier = dossierLoader.find(dossierId).orElseThrow(() -> new NotFound("dossier " + dossierId));
        dossier.getBudgetLines().size();
        dossier.getCofinancing().size();
        dossier.getImpactTargets().size();
        dossier.getMilestones().size();
        String organisation = organisations.legalName(dossier.getOrganisationId()).orElse(null);
        DiligenceSummary diligence = files.find(dossierId).map(DiligenceSummary::of).orElse(null);
        return new AgendaDossier(sessionId, session.getTitle(), dossier, organisation, diligence,
                documents.listOnAgenda(dossierId));
    }

    /** A document of a dossier of the session's agenda, with its bytes. */
    public DocumentFile document(long sessionId, long dossierId, long documentId) {
        readable(sessionId, dossierId);
        return documents.downloadOnAgenda(dossierId, documentId);
    }

    /**
     * The dossiers on the agendas of the sessions the calling member sits on, without those on which it declared a
     * conflict of interest (in any session): the dossiers whose papers it may read (and ask reports about). Latest
     * session first, then by reference; each dossier once; at most {@link #CHOICES}.
     */
    public List<AgendaChoice> onMyAgendas() {
        List<Object[]> rows = agendas.ofMember(invocation.caller(), CHOICES);
        return rows.stream().map(r -> new AgendaChoice((Long) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    /**
     * Whether the calling member declared a conflict of interest on the dossier, in any session: then it receives
     * none of its papers.
     */
    public boolean recused(long dossierId) {
        return em.createQuery("select count(c) from ConflictDeclaration c where c.item.dossierId = :dossier"
                        + " and c.memberEmail = :me", Long.class)
                .setParameter("dossier", dossierId)
                .setParameter("me", invocation.caller())
                .getSingleResult() > 0;
    }

    /** The session, once the caller sits on it, the dossier is on its agenda and the caller is not recused. */
    private CommitteeSession readable(long sessionId, long dossierId) {
        CommitteeSession session = em.find(CommitteeSession.class, sessionId);
        if (session == null) {
            throw new NotFound("committee session " + sessionId);
        }
        String me = invocation.caller();
        if (!session.isMember(me)) {
            throw new Forbidden("committee.not-a-member", me + " is not a voting member of committee session #"
                    + sessionId);
        }
        if (session.findItem(dossierId).isEmpty()) {
            throw new NotFound("dossier " + dossierId + " on the agenda of committee session " + sessionId);
        }
        if (recused(dossierId)) {
            throw new Forbidden("committee.dossier.recused", "A member who declared a conflict of interest on a"
                    + " dossier does not receive its papers");
        }
        return session;
    }
}
