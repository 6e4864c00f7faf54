package org.levier.demo.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The gapless dossier reference counter of a programme and year ({@code dossier_reference_counter}), continued from
 * where it stands by a generator of fictitious dossiers ({@link DemoPortfolioGenerator}, {@code bench}'s
 * {@code SyntheticPortfolio}): references {@code <programme>-<year>-0001}, … as the application numbers them. Read
 * (and locked) once, saved once by {@link #save()} in the generator's transaction.
 */
public final class ReferenceCounter {

    private final Connection connection;
    private final String programmeCode;
    private final int year;
    private final boolean exists;
    private int last;

    public ReferenceCounter(Connection connection, String programmeCode, int year) {
        this.connection = connection;
        this.programmeCode = programmeCode;
        this.year = year;
        try (PreparedStatement s = connection.prepareStatement("SELECT last_number FROM dossier_reference_counter"
                + " WHERE programme_code = ? AND ref_year = ? FOR UPDATE")) {
            s.setString(1, programmeCode);
            s.setInt(2, year);
            try (ResultSet r = s.executeQuery()) {
                this.exists = r.next();
                this.last = exists ? r.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the reference counter of " + programmeCode + " " + year, e);
        }
    }

    /** The next reference. */
    public String next() {
        last++;
        return "%s-%d-%04d".formatted(programmeCode, year, last);
    }

    /** Writes where the counter stands (creates it when a first reference was given). */
    public void save() {
        if (!exists && last == 0) {
            return;
        }
        String sql = exists
                ? "UPDATE dossier_reference_counter SET last_number = ? WHERE programme_code = ? AND ref_year = ?"
                : "INSERT INTO dossier_reference_counter (last_number, programme_code, ref_year) VALUES (?, ?, ?)";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setInt(1, last);
            s.setString(2, programmeCode);
            s.setInt(3, year);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("saving the reference counter of " + programmeCode + " " + year, e);
        }
    }
}
