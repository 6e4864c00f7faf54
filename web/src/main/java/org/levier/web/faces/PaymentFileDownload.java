package org.levier.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.levier.payment.boundary.PaymentBatches;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;
import org.levier.web.core.Downloads;

/**
 * A batch's SEPA file downloaded from the back office with the signed-in session
 * ({@code /app/staff/payment-file?batch=}): the first download exports the batch (fund directors; the boundary
 * checks the role), later ones return the same bytes.
 */
@WebServlet("/app/staff/payment-file")
public class PaymentFileDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PaymentBatches batches;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole(Role.FUND_DIRECTOR_NAME)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("batch")));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] file;
        try {
            file = batches.file(id);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (RuleViolation e) {
            response.sendError(422, e.getMessage());
            return;
        }
        response.setContentType("application/xml; charset=UTF-8");
        response.setContentLengthLong(file.length);
        response.setHeader("Content-Disposition", Downloads.attachment("pain001-batch-" + id
                + ".xml"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file);
    }
}
