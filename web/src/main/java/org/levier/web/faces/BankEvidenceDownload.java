package org.levier.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.levier.banking.boundary.BankAccounts;
import org.levier.shared.control.NotFound;
import org.levier.shared.entity.Role;
import org.levier.web.core.Downloads;

/**
 * The bank document of an organisation's account, for the staff who verify it
 * ({@code /app/staff/bank-evidence?organisation=&id=}), always an attachment with {@code nosniff}.
 */
@WebServlet("/app/staff/bank-evidence")
public class BankEvidenceDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BankAccounts bankAccounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.isUserInRole(Role.ANALYST_NAME) || request.isUserInRole(Role.FUND_DIRECTOR_NAME)
                || request.isUserInRole(Role.AUDITOR_NAME))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        BankAccounts.EvidenceFile file;
        try {
            file = bankAccounts.evidence(Long.parseLong(String.valueOf(request.getParameter("organisation"))),
                    Long.parseLong(String.valueOf(request.getParameter("id"))));
        } catch (NotFound | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file.info().contentType(), file.info().fileName(), file.content());
    }
}
