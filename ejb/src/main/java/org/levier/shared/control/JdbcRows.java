package org.levier.shared.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Rows} over a plain JDBC connection, outside the server: the application's very SQL on the embedded database in
 * tests and in the benchmarks. Statements bind their parameters; the caller owns the connection.
 */
public final class JdbcRows implements Rows {

    private final Connection connection;

    public JdbcRows(Connection connection) {
        this.connection = connection;
    }

    @Override
    public List<Object[]> select(String sql, List<?> parameters) {
        try (PreparedStatement s = prepare(sql, parameters); ResultSet r = s.executeQuery()) {
            List<Object[]> result = new ArrayList<>();
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getObject(i + 1);
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public int update(String sql, List<?> parameters) {
        try (PreparedStatement s = prepare(sql, parameters)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private PreparedStatement prepare(String sql, List<?> parameters) throws SQLException {
        PreparedStatement s = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            s.setObject(i + 1, parameters.get(i));
        }
        return s;
    }
}
