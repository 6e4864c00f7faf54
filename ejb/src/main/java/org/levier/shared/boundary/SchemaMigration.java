package org.levier.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The one owner of the schema: Flyway applies {@code db/migration/V*.sql} before anything else starts
 * (beans that need the schema declare {@code @DependsOn("SchemaMigration")}). EclipseLink never generates DDL.
 *
 * <p>The datasource is configured from the environment (or {@code -D}) through MicroProfile Config:
 * {@code LEVIER_DB_URL}, {@code LEVIER_DB_USER}, {@code LEVIER_DB_PASSWORD}, {@code LEVIER_DB_DATASOURCE_CLASS}.
 * The run command fills them for the embedded H2 database when they are not set.
 *
 * <p>A stalled or unreachable database must give a quick, clean failure rather than threads that pile up: a request
 * waits at most {@value #MAX_WAIT_MILLIS} ms for a connection from the pool, every statement at most
 * {@value #STATEMENT_TIMEOUT_SECONDS} s (JDBC query timeout, set by the pool), and on MySQL/MariaDB a table lock (metadata
 * lock, e.g. a table under {@code LOCK TABLES}) at most {@value #LOCK_WAIT_SECONDS} s, a row lock at most
 * {@value #ROW_LOCK_WAIT_SECONDS} s (session variables set by {@link #INIT_SQL} on each new physical connection; a
 * versioned comment that H2 reads as an empty statement). The
 * boundaries answer those failures 503 with {@code Retry-After} ({@link org.levier.shared.control.DatabaseOutage}).
 * Broken connections are validated away and recreated, so the application recovers by itself once the database
 * answers again.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATASOURCE,
        className = "${MPCONFIG=levier.db.datasource-class}",
        url = "${MPCONFIG=levier.db.url}",
        user = "${MPCONFIG=levier.db.user}",
        password = "${MPCONFIG=levier.db.password}",
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=" + SchemaMigration.MAX_WAIT_MILLIS,
                "fish.payara.statement-timeout-in-seconds=" + SchemaMigration.STATEMENT_TIMEOUT_SECONDS,
                "fish.payara.init-sql=" + SchemaMigration.INIT_SQL
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATASOURCE = "java:app/jdbc/levier";
    /**
     * Longest wait for a pooled connection before the request fails (503): long enough for a burst of requests
     * queueing on one hot row (a hundred disbursement requests on one tranche) to be served in turn.
     */
    public static final int MAX_WAIT_MILLIS = 10_000;
    /** Longest run of one statement (a backstop for a stalled server; the largest report queries take far less). */
    public static final int STATEMENT_TIMEOUT_SECONDS = 30;
    /** Longest wait for a table (metadata) lock on MySQL/MariaDB, e.g. a table under {@code LOCK TABLES}. */
    public static final int LOCK_WAIT_SECONDS = 5;
    /** Longest wait for a row lock: rows of money are locked on purpose, and a burst queues on them in turn. */
    public static final int ROW_LOCK_WAIT_SECONDS = 20;
    /** Run on each new physical connection: MySQL and MariaDB execute the versioned comment, H2 ignores it. */
    public static final String INIT_SQL = "/*!50503 SET SESSION lock_wait_timeout = " + LOCK_WAIT_SECONDS
            + ", innodb_lock_wait_timeout = " + ROW_LOCK_WAIT_SECONDS + " */";
    private static final Logger LOG = System.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.log(Level.INFO, "Schema at version {0} ({1} migration(s) applied now)",
                result.targetSchemaVersion, result.migrationsExecuted);
    }
}
