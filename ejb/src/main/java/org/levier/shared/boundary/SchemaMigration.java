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
                "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATASOURCE = "java:app/jdbc/levier";
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
