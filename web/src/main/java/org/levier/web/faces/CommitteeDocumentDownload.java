package org.levier.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.levier.committee.boundary.AgendaDossiers;
import org.levier.document.boundary.Documents;
import org.levier.shared.control.Forbidden;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Role;
import org.levier.web.core.Downloads;

/**
 * A document of a dossier on a committee session's agenda, downloaded by a member of that session with its signed-in
 * session ({@code /app/committee/document?session=&dossier=&id=}): {@link AgendaDossiers#document} holds the rules
 * (not a member of the session, or not on its agenda: 404 like the pages; recused: 403). Always an attachment with
 * {@code nosniff}, like the API's.
 */
@WebServlet("/app/committee/document")
public class CommitteeDocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AgendaDossiers agendaDossiers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.COMMITTEE_MEMBER_NAME)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Long sessionId = Downloads.id(request.getParameter("session"));
        Long dossierId = Downloads.id(request.getParameter("dossier"));
        Long documentId = Downloads.id(request.getParameter("id"));
        if (sessionId == null || dossierId == null || documentId == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Documents.DocumentFile file;
        try {
            file = agendaDossiers.document(sessionId, dossierId, documentId);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (Forbidden e) {
            response.sendError("committee.dossier.recused".equals(e.key()) ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file.info().contentType(), file.info().fileName(), file.content());
    }
}
