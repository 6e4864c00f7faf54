package org.levier.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Direct JDBC access to the integration-test database, as the application's own dedicated user (never root):
 * lets a test look under the API (stored precision) or tamper with a row the API would never change.
 */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        String url = required("levier.it.db.url");
        String user = required("levier.it.db.user");
        String password = required("levier.it.db.password");
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * As the tests' database administrator (ALL on the application's database and on its audit database, created
     * by test.sh): what a DBA or an attacker holding such an account could do behind the application's back.
     */
    public static Connection connectAsAdministrator() throws SQLException {
        String url = required("levier.it.db.url");
        String user = required("levier.it.db.user") + "_dba";
        return DriverManager.getConnection(url, user, required("levier.it.dba.password"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(property + " is not set: run the tests with ./test.sh");
        }
        return value;
    }
}
