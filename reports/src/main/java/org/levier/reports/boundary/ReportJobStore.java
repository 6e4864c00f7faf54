package org.levier.reports.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.levier.reports.ReportType;
import org.levier.shared.entity.InstantConverter;

/**
 * The report jobs' table ({@code report_job}) and their files ({@code report_job_chunk}, 1 MiB a row), through JDBC
 * with bind parameters: the reports module has no persistence unit of its own, and the file's bytes are written and
 * read a chunk at a time rather than as one entity attribute. Connections come from the application's JTA
 * datasource: a call joins the caller's transaction, if any.
 */
@ApplicationScoped
public class ReportJobStore {

    /** Bytes per stored chunk of a file. */
    static final int CHUNK = 1 << 20;
    private static final String COLUMNS = "id, requester, requester_roles, organisation_id, report_type, report_format,"
            + " programme, dossier_id, period_from, period_to, lang, status, progress, created_at, started_at,"
            + " finished_at, error, subject, content_bytes, sha256";
    private static final InstantConverter TIME = new InstantConverter();

    @Resource(lookup = "java:app/jdbc/levier")
    DataSource dataSource;

    /** A new QUEUED job for {@code call}; its id. */
    public long insert(ReportCall call, Instant now) {
        ReportRequest request = call.request();
        String sql = "insert into report_job (requester, requester_roles, organisation_id, report_type, report_format,"
                + " programme, dossier_id, period_from, period_to, lang, status, progress, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, call.callerName());
            s.setString(2, String.join(",", new TreeSet<>(call.roles())));
            setLong(s, 3, call.applicant() == null ? null : call.applicant().organisationId());
            s.setString(4, request.type().name());
            s.setString(5, request.format().name());
            s.setString(6, request.programme());
            setLong(s, 7, request.dossier());
            s.setDate(8, request.from() == null ? null : Date.valueOf(request.from()));
            s.setDate(9, request.to() == null ? null : Date.valueOf(request.to()));
            s.setString(10, call.language());
            s.setObject(11, TIME.convertToDatabaseColumn(now));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("insert", e);
        }
    }

    public Optional<ReportJob> find(long id) {
        List<ReportJob> jobs = select("select " + COLUMNS + " from report_job where id = ?", 1, id);
        return jobs.stream().findFirst();
    }

    /** The newest {@code max} jobs of {@code requester}, newest first. */
    public List<ReportJob> recent(String requester, int max) {
        return select("select " + COLUMNS + " from report_job where requester = ? order by created_at desc, id desc",
                max, requester);
    }

    /** Ids of the oldest {@code max} QUEUED jobs. */
    public List<Long> queued(int max) {
        return select("select " + COLUMNS + " from report_job where status = 'QUEUED' order by id", max).stream()
                .map(ReportJob::id).toList();
    }

    /** QUEUED → RUNNING; false when another dispatcher took it first (or it is no longer queued). */
    public boolean claim(long id, Instant now) {
        return update("update report_job set status = 'RUNNING', progress = 0, started_at = ? where id = ?"
                + " and status = 'QUEUED'", TIME.convertToDatabaseColumn(now), id) == 1;
    }

    /**
     * QUEUED → RUNNING under a lease held by {@code owner} (a node) until {@code leaseUntil}; false when another
     * dispatcher took it first (or it is no longer queued).
     */
    public boolean claim(long id, Instant now, String owner, Instant leaseUntil) {
        return update("update report_job set status = 'RUNNING', progress = 0, started_at = ?, lease_owner = ?,"
                + " lease_until = ?, attempts = attempts + 1 where id = ? and status = 'QUEUED'",
                TIME.convertToDatabaseColumn(now), owner, TIME.convertToDatabaseColumn(leaseUntil), id) == 1;
    }

    /** Extends the leases of the jobs {@code owner} runs; how many. */
    public int renew(String owner, Instant leaseUntil) {
        return update("update report_job set lease_until = ? where status = 'RUNNING' and lease_owner = ?",
                TIME.convertToDatabaseColumn(leaseUntil), owner);
    }

    /** Ids of the RUNNING jobs whose lease ran out at {@code now} (or that never had one). */
    public List<Long> leaseExpired(Instant now, int max) {
        return select("select " + COLUMNS + " from report_job where status = 'RUNNING'"
                + " and (lease_until is null or lease_until < ?) order by id", max, TIME.convertToDatabaseColumn(now))
                .stream().map(ReportJob::id).toList();
    }

    /**
     * A RUNNING job whose lease ran out → QUEUED again (another node runs it), or FAILED once {@code maxAttempts}
     * runs were started: the new status; empty when its node renewed the lease meanwhile or another node took it
     * first.
     */
    public Optional<ReportJob.Status> requeueExpired(long id, Instant now, int maxAttempts) {
        Object at = TIME.convertToDatabaseColumn(now);
        int requeued = update("update report_job set status = 'QUEUED', progress = 0, started_at = null,"
                + " lease_owner = null, lease_until = null where id = ? and status = 'RUNNING'"
                + " and (lease_until is null or lease_until < ?) and attempts < ?", id, at, maxAttempts);
        if (requeued == 1) {
            return Optional.of(ReportJob.Status.QUEUED);
        }
        int failed = update("update report_job set status = 'FAILED', finished_at = ?, error = ?, lease_owner = null,"
                + " lease_until = null where id = ? and status = 'RUNNING' and (lease_until is null or lease_until < ?)",
                at, "its node stopped " + maxAttempts + " times while producing it: ask again", id, at);
        return failed == 1 ? Optional.of(ReportJob.Status.FAILED) : Optional.empty();
    }

    public void progress(long id, int percent) {
        update("update report_job set progress = ? where id = ? and status = 'RUNNING' and progress < ?",
                percent, id, percent);
    }

    /** Stores the file a chunk at a time, then RUNNING → DONE (progress 100). */
    public void done(long id, String subject, byte[] content, String sha256, Instant now) {
        String sql = "insert into report_job_chunk (job_id, chunk, content) values (?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int chunk = 0, offset = 0; offset < content.length || chunk == 0; chunk++, offset += CHUNK) {
                s.setLong(1, id);
                s.setInt(2, chunk);
                s.setBytes(3, Arrays.copyOfRange(content, offset, Math.min(content.length, offset + CHUNK)));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure("store the file of", e);
        }
        update("update report_job set status = 'DONE', progress = 100, finished_at = ?, subject = ?,"
                + " content_bytes = ?, sha256 = ? where id = ?", TIME.convertToDatabaseColumn(now), subject,
                (long) content.length, sha256, id);
    }

    public void fail(long id, String error, Instant now) {
        update("update report_job set status = 'FAILED', finished_at = ?, error = ? where id = ?"
                + " and status in ('QUEUED', 'RUNNING')", TIME.convertToDatabaseColumn(now),
                error.length() > 500 ? error.substring(0, 499) + "…" : error, id);
    }

    /** Every RUNNING job becomes FAILED (the process that ran it is gone); how many. */
    public int failInterrupted(Instant now) {
        return update("update report_job set status = 'FAILED', finished_at = ?, error = ? where status = 'RUNNING'",
                TIME.convertToDatabaseColumn(now), "interrupted by a restart of the application: ask again");
    }

    /** Writes the stored file to {@code out}, one chunk (one query) at a time. */
    public void copy(long id, OutputStream out) {
        String sql = "select content from report_job_chunk where job_id = ? and chunk = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int chunk = 0; ; chunk++) {
                s.setLong(1, id);
                s.setInt(2, chunk);
                try (ResultSet rows = s.executeQuery()) {
                    if (!rows.next()) {
                        return;
                    }
                    out.write(rows.getBytes(1));
                }
            }
        } catch (SQLException e) {
            throw failure("read the file of", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ReportJob> select(String sql, int max, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            s.setMaxRows(max);
            List<ReportJob> jobs = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    jobs.add(job(rows));
                }
            }
            return jobs;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failure("update", e);
        }
    }

    private static ReportJob job(ResultSet rows) throws SQLException {
        Date from = rows.getDate("period_from");
        Date to = rows.getDate("period_to");
        ReportRequest request = new ReportRequest(ReportType.valueOf(rows.getString("report_type")),
                ReportType.Format.valueOf(rows.getString("report_format")), rows.getString("programme"),
                getLong(rows, "dossier_id"), from == null ? null : from.toLocalDate(),
                to == null ? null : to.toLocalDate(), Locale.forLanguageTag(rows.getString("lang")));
        String roles = rows.getString("requester_roles");
        Set<String> roleSet = roles.isBlank() ? Set.of()
                : Arrays.stream(roles.split(",")).collect(Collectors.toUnmodifiableSet());
        return new ReportJob(rows.getLong("id"), rows.getString("requester"), roleSet,
                getLong(rows, "organisation_id"), request, ReportJob.Status.valueOf(rows.getString("status")),
                rows.getInt("progress"), TIME.convertToEntityAttribute(rows.getObject("created_at")),
                TIME.convertToEntityAttribute(rows.getObject("started_at")),
                TIME.convertToEntityAttribute(rows.getObject("finished_at")), rows.getString("error"),
                rows.getString("subject"), getLong(rows, "content_bytes"), rows.getString("sha256"));
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static Long getLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("cannot " + what + " a report job: " + e.getMessage(), e);
    }
}
