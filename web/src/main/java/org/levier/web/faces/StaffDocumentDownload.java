package org.levier.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.levier.document.boundary.Documents;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Role;
import org.levier.web.core.Downloads;

/**
 * A document of a dossier downloaded from the back office with the signed-in session
 * ({@code /app/staff/document?dossier=&id=}): the REST download is for API clients (Basic or Bearer), this one
 * calls {@link Documents#download} as the session's user (staff and auditors; the boundary checks the roles). Always
 * an attachment with {@code nosniff}, like the API's.
 */
@WebServlet("/app/staff/document")
public class StaffDocumentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Documents documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.isUserInRole(Role.ANALYST_NAME) || request.isUserInRole(Role.FUND_DIRECTOR_NAME)
                || request.isUserInRole(Role.AUDITOR_NAME))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Long dossierId = Downloads.id(request.getParameter("dossier"));
        Long documentId = Downloads.id(request.getParameter("id"));
        if (dossierId == null || documentId == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Documents.DocumentFile file;
        try {
            file = documents.download(dossierId, documentId);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file.info().contentType(), file.info().fileName(), file.content());
    }
}
