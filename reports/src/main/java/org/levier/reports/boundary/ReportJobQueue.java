package org.levier.reports.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.System.Logger;
import java.lang.management.ManagementFactory;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.audit.boundary.AuditTrail;

/**
 * The report jobs' queue: at most {@code levier.reports.jobs.max-concurrent} jobs (default
 * {@value #DEFAULT_MAX_CONCURRENT}) run at once on the application's {@link ManagedExecutorService}, the others wait
 * QUEUED in the table, oldest first, so that many large reports asked at once never fill the memory at once.
 *
 * <p>A job is dispatched once the transaction that queued it has committed, when a running job ends, and every minute
 * (a safety net). The table is the queue: a job QUEUED when the application stops runs after the restart (its
 * parameters and its requester's roles are stored). The count of running jobs is this node's: with several nodes the
 * limit holds per node ({@link ReportJobStore#claim} makes sure that a job runs once).
 *
 * <p>Leases, for a cluster: the node running a job holds a lease on it ({@code levier.reports.jobs.lease-seconds},
 * default {@value #DEFAULT_LEASE_SECONDS}) and renews it every {@value #RENEW_SECONDS} s while it runs. A RUNNING job
 * whose lease ran out — its node died, or stopped — is queued again by any living node (this one at its restart
 * included) and runs there; after {@value #MAX_ATTEMPTS} started runs it is FAILED instead (audited either way).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ReportJobQueue {

    /** Jobs running at once unless configured otherwise. */
    public static final int DEFAULT_MAX_CONCURRENT = 2;
    /** Seconds a node's lease on a running job lasts unless renewed. */
    public static final int DEFAULT_LEASE_SECONDS = 60;
    static final int RENEW_SECONDS = 10;
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = System.getLogger(ReportJobQueue.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    SessionContext context;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    ReportJobStore store;

    @Inject
    ReportJobRunner runner;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "levier.reports.jobs.max-concurrent", defaultValue = "" + DEFAULT_MAX_CONCURRENT)
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "levier.reports.jobs.lease-seconds", defaultValue = "" + DEFAULT_LEASE_SECONDS)
    int leaseSeconds;

    /** This node, as the owner of its leases: unique per start of the application. */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    private int running;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        requeueExpiredLocked();
        dispatchLocked();
    }

    /**
     * Queues {@code call} as a job in the caller's transaction (audited {@code report.job.queued}); it is dispatched
     * once that transaction commits.
     */
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long enqueue(ReportCall call) {
        long id = store.insert(call, clock.instant());
        ReportRequest request = call.request();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("type", request.type().apiName());
        changes.put("format", request.format().name().toLowerCase(java.util.Locale.ROOT));
        changes.put("lang", call.language());
        changes.put("programme", request.programme());
        changes.put("from", request.from() == null ? null : request.from().toString());
        changes.put("to", request.to() == null ? null : request.to().toString());
        changes.values().removeIf(java.util.Objects::isNull);
        audit.record("report.job.queued", "ReportJob", id,
                "Report " + request.type().apiName() + " asked as background job #" + id, changes);
        ReportJobQueue self = context.getBusinessObject(ReportJobQueue.class);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(self::dispatch);
                }
            }
        });
        return id;
    }

    /** Starts QUEUED jobs, oldest first, while fewer than the limit run. */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatch() {
        dispatchLocked();
    }

    /** The safety net: a job whose dispatch was missed starts within a minute. */
    @Schedule(minute = "*", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            dispatchLocked();
        } catch (RuntimeException e) {
            // A timer whose callback fails twice is cancelled by the container: a database outage must not stop it.
            LOG.log(Level.WARNING, "report job sweep failed, retried at the next run: {0}", e.toString());
        }
    }

    /** Renews this node's leases, queues again the jobs of nodes whose lease ran out, starts what is queued. */
    @Schedule(second = "*/" + RENEW_SECONDS, minute = "*", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void leases() {
        try {
            if (running > 0) {
                store.renew(node, leaseEnd());
            }
            if (requeueExpiredLocked()) {
                dispatchLocked();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "report job leases not checked, retried at the next run: {0}", e.toString());
        }
    }

    /** A job of this node has ended: its slot is free. */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void ended() {
        running--;
        dispatchLocked();
    }

    /** Jobs running on this node now. */
    @Lock(LockType.READ)
    public int running() {
        return running;
    }

    @Lock(LockType.READ)
    public int maxConcurrent() {
        return Math.max(1, maxConcurrent);
    }

    private java.time.Instant leaseEnd() {
        return clock.instant().plusSeconds(Math.max(RENEW_SECONDS * 2, leaseSeconds));
    }

    private boolean requeueExpiredLocked() {
        boolean requeued = false;
        for (long id : store.leaseExpired(clock.instant(), 50)) {
            ReportJob.Status status = store.requeueExpired(id, clock.instant(), MAX_ATTEMPTS).orElse(null);
            if (status == null) {
                continue;
            }
            requeued |= status == ReportJob.Status.QUEUED;
            LOG.log(Level.WARNING, "report job {0}: the node running it stopped; now {1}", id, status);
            audit.recordAs(AuditTrail.SYSTEM, null, "report.job." + (status == ReportJob.Status.QUEUED ? "requeued"
                    : "failed"), "ReportJob", id, "Report job #" + id + ": the node running it stopped; "
                    + (status == ReportJob.Status.QUEUED ? "queued again" : "failed after " + MAX_ATTEMPTS + " runs"),
                    Map.of("status", status.name()));
        }
        return requeued;
    }

    private void dispatchLocked() {
        ReportJobQueue self = context.getBusinessObject(ReportJobQueue.class);
        while (running < maxConcurrent()) {
            boolean started = false;
            for (long id : store.queued(maxConcurrent() - running)) {
                if (store.claim(id, clock.instant(), node, leaseEnd())) {
                    running++;
                    started = true;
                    try {
                        executor.execute(() -> {
                            try {
                                runner.run(id);
                            } finally {
                                self.ended();
                            }
                        });
                    } catch (RuntimeException e) {
                        running--;
                        store.fail(id, "could not be started: " + e, clock.instant());
                    }
                }
            }
            if (!started) {
                return;
            }
        }
    }
}
