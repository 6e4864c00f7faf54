package org.levier.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Runs native SQL with bind parameters (rows answered as arrays): the JPA persistence context in the application,
 * a plain JDBC connection in the tests on the embedded database — the same SQL, so the same numbers.
 */
public interface Rows {

    List<Object[]> select(String sql, List<?> parameters);

    int update(String sql, List<?> parameters);

    /** Native queries of the application's persistence context (joining its transaction). */
    static Rows of(EntityManager em) {
        return new Rows() {
            @Override
            public List<Object[]> select(String sql, List<?> parameters) {
                List<?> result = bind(em.createNativeQuery(sql), parameters).getResultList();
                return result.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
            }

            @Override
            public int update(String sql, List<?> parameters) {
                return bind(em.createNativeQuery(sql), parameters).executeUpdate();
            }
        };
    }

    private static Query bind(Query query, List<?> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
