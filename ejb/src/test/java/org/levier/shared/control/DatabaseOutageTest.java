package org.levier.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void lockWaitTimeoutDeepInTheCausesIsAnOutage() {
        SQLException lockWait = new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205);
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new PersistenceException(lockWait)))).isTrue();
    }

    @Test
    void connectionFailuresTimeoutsAndPoolExhaustionAreOutages() {
        assertThat(DatabaseOutage.isOutage(new SQLException("Communications link failure", "08S01"))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLTimeoutException("Statement cancelled due to timeout"))).isTrue();
        assertThat(DatabaseOutage.isOutage(new SQLException("Access denied, this account is locked", "HY000", 4151)))
                .isTrue();
        assertThat(DatabaseOutage.isOutage(new PersistenceException(new SQLException(
                "Error in allocating a connection. Cause: In-use connections equal max-pool-size")))).isTrue();
    }

    @Test
    void faultsOfTheRequestOrOfTheApplicationAreNot() {
        assertThat(DatabaseOutage.isOutage(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000",
                1062))).isFalse();
        assertThat(DatabaseOutage.isOutage(new SQLException("You have an error in your SQL syntax", "42000", 1064)))
                .isFalse();
        assertThat(DatabaseOutage.isOutage(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isOutage(null)).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        SQLException first = new SQLException("first");
        SQLException second = new SQLException("second");
        first.setNextException(second);
        second.setNextException(first);
        assertThat(DatabaseOutage.isOutage(first)).isFalse();
    }
}
