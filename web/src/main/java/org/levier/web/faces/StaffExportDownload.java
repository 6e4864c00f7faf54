package org.levier.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.levier.reports.ReportType;
import org.levier.reports.boundary.Exports;
import org.levier.reports.boundary.ReportFile;
import org.levier.shared.control.NotFound;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;
import org.levier.web.core.Downloads;
import org.levier.web.core.ExportRequests;

/**
 * The exports downloaded from the back office with the signed-in session ({@code /app/staff/export?what=dossiers|
 * portfolio|leverage&format=csv|xlsx&...}, the same parameters as the API's exports): the API is for API clients
 * (Basic or Bearer), this calls {@link Exports} as the session's user (staff and auditors; the boundary checks the
 * roles and records each download with its SHA-256).
 */
@WebServlet("/app/staff/export")
public class StaffExportDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Exports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.isUserInRole(Role.ANALYST_NAME) || request.isUserInRole(Role.FUND_DIRECTOR_NAME)
                || request.isUserInRole(Role.AUDITOR_NAME))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ReportFile file;
        try {
            ReportType.Format format = ExportRequests.format(request.getParameter("format"));
            String what = String.valueOf(request.getParameter("what"));
            file = switch (what) {
                case "dossiers" -> exports.dossiers(ExportRequests.dossierFilter(request.getParameter("status"),
                        request.getParameter("programme"), request.getParameter("axis"),
                        request.getParameter("action"), request.getParameter("call"), request.getParameter("q")),
                        format);
                case "portfolio" -> exports.portfolio(request.getParameter("programme"),
                        ExportRequests.asOf(request.getParameter("asOf")), format);
                case "leverage" -> exports.leverage(request.getParameter("programme"),
                        ExportRequests.by(request.getParameter("by")),
                        ExportRequests.basis(request.getParameter("basis")),
                        ExportRequests.asOf(request.getParameter("asOf")), format);
                default -> null;
            };
        } catch (RuleViolation e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.content().length);
        response.setHeader("Content-Disposition", Downloads.attachment(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-SHA256", file.sha256());
        response.getOutputStream().write(file.content());
    }
}
