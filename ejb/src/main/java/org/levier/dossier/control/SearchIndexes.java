package org.levier.dossier.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** At start-up, after the migrations: whether the free-text search may use the full-text indexes. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndexes {

    @Resource(lookup = "java:app/jdbc/levier")
    DataSource dataSource;

    @PostConstruct
    void detect() {
        try (Connection c = dataSource.getConnection()) {
            DossierSearch.detect(c);
        } catch (SQLException e) {
            // No connection now: the search keeps the plain LIKE (the flag's default).
        }
    }
}
