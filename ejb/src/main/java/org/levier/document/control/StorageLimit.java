package org.levier.document.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.shared.boundary.SchemaMigration;

/**
 * The largest document Levier can store: {@code levier.documents.max-bytes}, unless the database cannot take it.
 * MySQL and MariaDB refuse any statement larger than {@code max_allowed_packet} (16 MiB by default on MariaDB
 * 10.11), and Connector/J may send a blob escaped, up to twice its size; so the limit is capped at half the
 * packet, minus room for the statement, and a warning tells the operator which server setting to raise. Without
 * the cap a large upload would fail with a 500 after the whole transfer; with it, it is refused with a 413.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StorageLimit {

    private static final Logger LOG = System.getLogger(StorageLimit.class.getName());
    private static final long STATEMENT_ROOM = 64 * 1024;

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "levier.documents.max-bytes", defaultValue = "20971520")
    long configured;

    private long effective;

    @PostConstruct
    void measure() {
        effective = configured;
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (!product.contains("mysql") && !product.contains("mariadb")) {
                return;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT @@max_allowed_packet")) {
                if (row.next()) {
                    effective = capped(configured, row.getLong(1));
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read max_allowed_packet; documents keep the configured limit", e);
        }
        if (effective < configured) {
            LOG.log(Level.WARNING, "levier.documents.max-bytes is {0} but the database''s max_allowed_packet only"
                    + " allows documents of {1} bytes: uploads are limited to that. Raise max_allowed_packet to at"
                    + " least {2} (SET GLOBAL max_allowed_packet = {2}; and in the server configuration).",
                    String.valueOf(configured), String.valueOf(effective),
                    String.valueOf(2 * configured + STATEMENT_ROOM));
        }
    }

    /** The configured limit, or what a packet of {@code maxAllowedPacket} bytes can carry when that is less. */
    static long capped(long configured, long maxAllowedPacket) {
        return Math.max(0, Math.min(configured, (maxAllowedPacket - STATEMENT_ROOM) / 2));
    }

    public long maxBytes() {
        return effective;
    }
}
