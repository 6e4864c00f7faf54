package org.levier.reports.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.levier.reports.ReportType;
import org.levier.reports.control.ReportRenderer;

/**
 * The report jobs' table (V13) on the embedded database: a job keeps its request and its requester's roles, goes
 * QUEUED → RUNNING (claimed once) → DONE with its file stored in 1 MiB chunks and read back byte for byte; a job
 * RUNNING when the application restarts becomes FAILED, a QUEUED one stays queued.
 */
class ReportJobStoreOnH2Test {

    private static int database;
    private final ReportJobStore store = new ReportJobStore();
    private final Instant now = Instant.parse("2026-11-28T21:00:00.123456Z");

    @BeforeEach
    void migrate() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:jobs" + (++database) + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        store.dataSource = h2;
    }

    private ReportCall call() {
        ReportRequest request = new ReportRequest(ReportType.AUDIT_TRAIL, ReportType.Format.PDF, "TI-DK", null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31), Locale.ENGLISH);
        return new ReportCall(request, null, "auditor@levier.example", Set.of("AUDITOR", "ANALYST"), now,
                ReportRenderer.bundle(Locale.ENGLISH));
    }

    @Test
    void aJobKeepsItsRequestGoesThroughItsStatesAndItsFileComesBackWhole() {
        long id = store.insert(call(), now);
        ReportJob queued = store.find(id).orElseThrow();
        assertThat(queued.status()).isEqualTo(ReportJob.Status.QUEUED);
        assertThat(queued.requester()).isEqualTo("auditor@levier.example");
        assertThat(queued.roles()).containsExactlyInAnyOrder("AUDITOR", "ANALYST");
        assertThat(queued.request()).isEqualTo(call().request());
        assertThat(queued.createdAt()).isEqualTo(now);
        assertThat(store.queued(5)).containsExactly(id);

        assertThat(store.claim(id, now)).isTrue();
        assertThat(store.claim(id, now)).as("claimed once").isFalse();
        store.progress(id, 40);
        store.progress(id, 30);
        assertThat(store.find(id).orElseThrow().progress()).as("progress never goes back").isEqualTo(40);

        byte[] file = new byte[ReportJobStore.CHUNK * 2 + 12_345];
        new Random(7).nextBytes(file);
        store.done(id, "TI-DK", file, Reports.sha256(file), now.plusSeconds(90));
        ReportJob done = store.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(ReportJob.Status.DONE);
        assertThat(done.progress()).isEqualTo(100);
        assertThat(done.bytes()).isEqualTo(file.length);
        assertThat(done.sha256()).isEqualTo(Reports.sha256(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.copy(id, out);
        assertThat(out.toByteArray()).isEqualTo(file);
        assertThat(store.recent("auditor@levier.example", 20)).extracting(ReportJob::id).containsExactly(id);
        assertThat(store.recent("director1@levier.example", 20)).isEmpty();
    }

    @Test
    void aRestartFailsTheRunningJobsAndKeepsTheQueuedOnes() throws Exception {
        long running = store.insert(call(), now);
        long queued = store.insert(call(), now);
        store.claim(running, now);

        assertThat(store.failInterrupted(now.plusSeconds(5))).isEqualTo(1);

        ReportJob failed = store.find(running).orElseThrow();
        assertThat(failed.status()).isEqualTo(ReportJob.Status.FAILED);
        assertThat(failed.error()).contains("restart");
        assertThat(store.find(queued).orElseThrow().status()).isEqualTo(ReportJob.Status.QUEUED);
        try (Connection c = store.dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from report_job_chunk")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }

    @Test
    void aJobWhoseNodeStoppedRenewingItsLeaseIsQueuedAgainThenFailedAfterThreeRuns() {
        long job = store.insert(call(), now);
        long other = store.insert(call(), now);
        assertThat(store.claim(job, now, "node-a", now.plusSeconds(60))).isTrue();
        assertThat(store.claim(other, now, "node-b", now.plusSeconds(60))).isTrue();
        assertThat(store.renew("node-b", now.plusSeconds(120))).isEqualTo(1);

        assertThat(store.leaseExpired(now.plusSeconds(30), 10)).as("leases still running").isEmpty();
        assertThat(store.leaseExpired(now.plusSeconds(90), 10)).as("node-a stopped renewing").containsExactly(job);
        assertThat(store.requeueExpired(other, now.plusSeconds(90), 3)).as("node-b's lease holds").isEmpty();
        assertThat(store.requeueExpired(job, now.plusSeconds(90), 3)).contains(ReportJob.Status.QUEUED);
        assertThat(store.requeueExpired(job, now.plusSeconds(90), 3)).as("requeued once").isEmpty();
        assertThat(store.find(job).orElseThrow().status()).isEqualTo(ReportJob.Status.QUEUED);
        assertThat(store.queued(5)).containsExactly(job);

        Instant later = now.plusSeconds(100);
        for (int run = 2; run <= 3; run++) {
            assertThat(store.claim(job, later, "node-b", later.plusSeconds(60))).isTrue();
            later = later.plusSeconds(100);
            assertThat(store.requeueExpired(job, later, 3))
                    .contains(run < 3 ? ReportJob.Status.QUEUED : ReportJob.Status.FAILED);
        }
        ReportJob failed = store.find(job).orElseThrow();
        assertThat(failed.status()).isEqualTo(ReportJob.Status.FAILED);
        assertThat(failed.error()).contains("stopped 3 times");
    }
}
