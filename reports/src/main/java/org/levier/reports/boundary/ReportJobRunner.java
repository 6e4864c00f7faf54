package org.levier.reports.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;
import org.levier.audit.boundary.AuditTrail;
import org.levier.dossier.boundary.ApplicantContext;
import org.levier.reports.control.ReportRenderer;

/**
 * Runs one report job on a managed thread ({@link ReportJobQueue}): rebuilds the {@link ReportCall} from the stored
 * request and the requester's roles captured when it asked, lets the type's {@link ReportProducer} produce it, then
 * stores the file with its SHA-256 (DONE) or the reason (FAILED). Each of these writes, and each progress update (at
 * most one a second), commits in its own transaction, so the requester sees them while the job runs.
 *
 * <p>There is no caller identity here on purpose: the rights were checked in the request (and the producer checks
 * them again on the captured roles); producers of large reports read through queries and controls, not through
 * {@code @RolesAllowed} boundaries. Only {@link ReportJobQueue} calls this bean.
 */
@Stateless
public class ReportJobRunner {

    private static final Logger LOG = System.getLogger(ReportJobRunner.class.getName());
    /** Least time between two progress writes of a job. */
    static final long PROGRESS_INTERVAL_MILLIS = 1000;

    @Resource
    SessionContext context;

    @Inject
    ReportJobStore store;

    @Inject
    @Any
    Instance<ReportProducer> producers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Produces job {@code id} (claimed RUNNING by the queue) and records the outcome. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(long id) {
        ReportJobRunner self = context.getBusinessObject(ReportJobRunner.class);
        ReportJob job = store.find(id).orElse(null);
        if (job == null) {
            return;
        }
        try {
            ReportProducer.Produced produced = self.produce(job, new Throttled(self, id));
            self.done(job, produced);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            LOG.log(Level.WARNING, "report job " + id + " failed", cause);
            self.fail(job, cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
    }

    /** The report, produced in one (reading) transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ReportProducer.Produced produce(ReportJob job, IntConsumer progress) {
        ReportRequest request = job.request();
        ReportProducer producer = producers.stream().filter(p -> p.type() == request.type()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no producer of " + request.type().apiName()));
        ApplicantContext applicant = job.organisationId() == null ? null
                : new ApplicantContext(job.requester(), job.organisationId());
        ReportCall call = new ReportCall(request, applicant, job.requester(), job.roles(), job.createdAt(),
                ReportRenderer.bundle(request.locale()), progress);
        return producer.produce(call);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long id, int percent) {
        store.progress(id, percent);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void done(ReportJob job, ReportProducer.Produced produced) {
        String sha256 = Reports.sha256(produced.content());
        store.done(job.id(), produced.subject(), produced.content(), sha256, clock.instant());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", ReportJob.Status.DONE.name());
        changes.put("requester", job.requester());
        changes.put("sha256", sha256);
        changes.put("bytes", produced.content().length);
        audit.recordAs(AuditTrail.SYSTEM, null, "report.job.done", "ReportJob", job.id(),
                "Report " + job.request().type().apiName() + " of job #" + job.id() + " produced for "
                        + job.requester() + ", SHA-256 " + sha256, changes);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(ReportJob job, String error) {
        store.fail(job.id(), error, clock.instant());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("status", ReportJob.Status.FAILED.name());
        changes.put("requester", job.requester());
        changes.put("error", error);
        audit.recordAs(AuditTrail.SYSTEM, null, "report.job.failed", "ReportJob", job.id(),
                "Report job #" + job.id() + " failed: " + error, changes);
    }

    /** Passes progress on at most once a {@value #PROGRESS_INTERVAL_MILLIS} ms, and only when it grew. */
    static final class Throttled implements IntConsumer {
        private final ReportJobRunner runner;
        private final long id;
        private int last;
        private long lastWrite;

        Throttled(ReportJobRunner runner, long id) {
            this.runner = runner;
            this.id = id;
        }

        @Override
        public void accept(int percent) {
            long now = System.nanoTime() / 1_000_000;
            if (percent > last && percent < 100 && now - lastWrite >= PROGRESS_INTERVAL_MILLIS) {
                runner.progress(id, percent);
                last = percent;
                lastWrite = now;
            }
        }
    }
}
