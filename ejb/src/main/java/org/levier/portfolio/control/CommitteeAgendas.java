package org.levier.portfolio.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The committee's agendas read across components: each agenda item with its dossier, action and due-diligence
 * recommendation (for the what-if), and the dossiers on a member's agendas with their organisation (the papers it may
 * read). Rows, which the committee component maps; queries only, in the caller's transaction.
 */
@Stateless
@PermitAll
public class CommitteeAgendas {

    @PersistenceContext
    EntityManager em;

    /**
     * Rows {@code (position, dossier id, reference, title, programme id, action id, action number, dossier status,
     * recommendation, recommended grant, advance, equity, decisions on the item)} of the session's agenda, in agenda
     * order.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> withRecommendations(long sessionId) {
        return em.createNativeQuery("SELECT i.position, d.id, d.reference, d.title, d.programme_id,"
                        + " d.action_id, a.number, d.status, dd.recommendation, dd.recommended_grant,"
                        + " dd.recommended_advance, dd.recommended_equity,"
                        + " (SELECT COUNT(*) FROM committee_decision cd WHERE cd.agenda_item_id = i.id)"
                        + " FROM committee_agenda_item i JOIN dossier d ON d.id = i.dossier_id"
                        + " JOIN programme_action a ON a.id = d.action_id"
                        + " LEFT JOIN due_diligence dd ON dd.dossier_id = d.id"
                        + " WHERE i.session_id = ?1 ORDER BY i.position, i.id")
                .setParameter(1, sessionId)
                .getResultList();
    }

    /**
     * Rows {@code (dossier id, reference, title, organisation name)} of the dossiers on the agendas of the sessions
     * {@code member} sits on, without those on which it declared a conflict of interest (in any session): latest
     * session first, then by reference; each dossier once; at most {@code max}.
     */
    public List<Object[]> ofMember(String member, int max) {
        return em.createQuery("select d.id, d.reference, d.title, o.legalName, max(s.heldOn)"
                        + " from AgendaItem i join i.session s, SessionMember m, Dossier d, Organisation o"
                        + " where m.session = s and m.email = :me and d.id = i.dossierId and o.id = d.organisationId"
                        + " and not exists (select c from ConflictDeclaration c where c.item.dossierId = i.dossierId"
                        + " and c.memberEmail = :me)"
                        + " group by d.id, d.reference, d.title, o.legalName"
                        + " order by max(s.heldOn) desc, d.reference", Object[].class)
                .setParameter("me", member)
                .setMaxResults(max)
                .getResultList();
    }
}
