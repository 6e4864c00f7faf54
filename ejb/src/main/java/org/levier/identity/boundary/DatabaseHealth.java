package org.levier.identity.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.levier.shared.boundary.SchemaMigration;

/**
 * Whether the database answers, for the health endpoints (readiness, and the balancer's check): a valid connection,
 * and a read of the accounts table — which every signed-in request needs — within {@value #PROBE_SECONDS} seconds.
 * A server that accepts connections but keeps that table locked or stalled is reported down, as it serves nobody.
 */
@Stateless
@PermitAll
public class DatabaseHealth {

    static final int PROBE_SECONDS = 2;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(PROBE_SECONDS)) {
                return false;
            }
            try (Statement probe = connection.createStatement()) {
                probe.setQueryTimeout(PROBE_SECONDS);
                try (ResultSet ignored = probe.executeQuery("SELECT 1 FROM app_user WHERE id = 0")) {
                    return true;
                }
            }
        } catch (SQLException e) {
            return false;
        }
    }
}
