package org.levier.web.faces;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.levier.reports.boundary.ReportJobs;
import org.levier.shared.control.NotFound;
import org.levier.web.core.Downloads;

/**
 * The file of one of the signed-in user's report jobs ({@code /app/report-jobs/file?id=}), with the session: the
 * REST download ({@code /api/v1/report-jobs/{id}/file}) is for API clients. Same answers: 404 for no such job of the
 * user's, 409 until DONE; the download and the file's SHA-256 are recorded in the audit trail by {@link ReportJobs}.
 */
@WebServlet("/app/report-jobs/file")
public class ReportJobDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportJobs jobs;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportJobs.ReportJobFile file;
        try {
            file = jobs.download(id);
        } catch (NotFound e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ReportJobs.NotReady e) {
            response.sendError(HttpServletResponse.SC_CONFLICT, e.getMessage());
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.bytes());
        response.setHeader("Content-Disposition", Downloads.attachment(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-SHA256", file.sha256());
        jobs.copy(id, response.getOutputStream());
    }
}
