package org.levier.portfolio.control;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.eclipse.persistence.mappings.DatabaseMapping.WriteType;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ClientSession;
import org.levier.shared.control.JdbcRows;
import org.levier.shared.control.Rows;

/**
 * The one place that keeps the programme figures in step with the data ({@link FigureLedger}), without a call in
 * any service:
 * <ol>
 * <li>as the persistence unit's default entity listener ({@code META-INF/orm.xml}) it notes, in the running JTA
 * transaction, every inserted, updated or removed entity whose table moves a figure (dossier, co-financing line,
 * committee decision, agreement, disbursement, recovery receipt, organisation: its size class decides private
 * money);</li>
 * <li>as an EclipseLink session event listener ({@code eclipselink.session-event-listener} in
 * {@code persistence.xml}), when the unit of work has written all its SQL and before the transaction commits
 * ({@code prepareUnitOfWork}), it turns those entities into dossier ids (their foreign keys, read from the rows
 * EclipseLink writes) and refreshes those dossiers' figures through the unit of work's own write connection. A
 * failure there rolls the whole transaction back: figures and data
 * never disagree.</li>
 * </ol>
 * Outside a JTA transaction (tests, the benchmark's JDBC generator) nothing is noted: rebuild the figures instead.
 * Rows written by native SQL bypass it (the demo portfolio generator rebuilds after writing).
 */
public class FigureTracker extends SessionEventAdapter {

    private static final Logger LOG = System.getLogger(FigureTracker.class.getName());
    private static final String KEY = FigureTracker.class.getName();
    /** Table → the column of its row that leads to the dossier, and how (SQL from those values to dossier ids). */
    private static final Map<String, String[]> TABLES = Map.of(
            "dossier", new String[] {"id", null},
            "dossier_cofinancing", new String[] {"dossier_id", null},
            "committee_decision", new String[] {"dossier_id", null},
            "agreement", new String[] {"dossier_id", null},
            "disbursement", new String[] {"agreement_id", "SELECT dossier_id FROM agreement WHERE id IN "},
            "recovery_receipt", new String[] {"agreement_id", "SELECT dossier_id FROM agreement WHERE id IN "},
            "organisation", new String[] {"id", "SELECT id FROM dossier WHERE organisation_id IN "});
    private static volatile TransactionSynchronizationRegistry registry;
    private static volatile boolean unavailable;

    /** The default listener's post-persist, post-update and post-remove callback (declared in orm.xml). */
    public void changed(Object entity) {
        TransactionSynchronizationRegistry tsr = registry();
        if (tsr == null || tsr.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Object, Boolean> noted = (Map<Object, Boolean>) tsr.getResource(KEY);
        if (noted == null) {
            noted = new IdentityHashMap<>();
            tsr.putResource(KEY, noted);
        }
        noted.put(entity, Boolean.TRUE);
    }

    /** After the unit of work wrote its SQL (its batch may still be pending: sent first). */
    @Override
    public void prepareUnitOfWork(SessionEvent event) {
        refresh((AbstractSession) event.getSession(), true);
    }

    /**
     * Before the session commits its (JTA: external) transaction: the path of a commit with nothing left to write
     * after an earlier {@code flush()}, where {@code prepareUnitOfWork} is not raised.
     */
    @Override
    public void preCommitTransaction(SessionEvent event) {
        refresh((AbstractSession) event.getSession(), false);
    }

    private void refresh(AbstractSession session, boolean sendBatch) {
        TransactionSynchronizationRegistry tsr = registry();
        if (tsr == null || tsr.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Object, Boolean> noted = (Map<Object, Boolean>) tsr.getResource(KEY);
        if (noted == null || noted.isEmpty()) {
            return;
        }
        Map<String, Set<Long>> keys = new java.util.TreeMap<>();
        for (Object entity : noted.keySet()) {
            ClassDescriptor descriptor = session.getDescriptor(entity.getClass());
            if (descriptor == null || descriptor.getTableName() == null) {
                continue;
            }
            String table = descriptor.getTableName().toLowerCase(java.util.Locale.ROOT);
            String[] route = TABLES.get(table);
            if (route != null) {
                Object value = column(descriptor, entity, session, route[0]);
                if (value instanceof Number n) {
                    keys.computeIfAbsent(table, t -> new TreeSet<>()).add(n.longValue());
                }
            }
        }
        noted.clear();
        if (keys.isEmpty()) {
            return;
        }
        if (sendBatch) {
            // Everything EclipseLink batched is sent before the figures read the rows.
            session.writesCompleted();
        }
        Connection own = writeConnection(session);
        try (Connection pooled = own == null ? dataSource().getConnection() : null) {
            JdbcRows rows = new JdbcRows(own != null ? own : pooled);
            Set<Long> dossiers = new TreeSet<>();
            keys.forEach((table, values) -> {
                String resolve = TABLES.get(table)[1];
                if (resolve == null) {
                    dossiers.addAll(values);
                } else {
                    List<Long> list = new ArrayList<>(values);
                    rows.select(resolve + "(" + LeverageQueries.placeholders(list.size()) + ")", list)
                            .forEach(r -> dossiers.add(LeverageQueries.number(r[0])));
                }
            });
            new FigureLedger(rows).refresh(dossiers);
        } catch (SQLException | NamingException e) {
            throw new IllegalStateException("programme figures not refreshed", e);
        }
    }

    /** The value of a column of the row EclipseLink writes for the entity (its id or a foreign key). */
    private static Object column(ClassDescriptor descriptor, Object entity, AbstractSession session, String column) {
        if ("id".equals(column)) {
            return descriptor.getObjectBuilder().extractPrimaryKeyFromObject(entity, session);
        }
        AbstractRecord row = descriptor.getObjectBuilder().buildRow(entity, session, WriteType.UNDEFINED);
        for (DatabaseField field : row.getFields()) {
            if (field.getName().equalsIgnoreCase(column)) {
                return row.get(field);
            }
        }
        return null;
    }

    /**
     * The connection the unit of work writes with (its client session's write connection, held for the whole JTA
     * transaction), used as is and never closed here. Asking the pool instead would queue this request, which already
     * holds rows of money, behind requests waiting for those very rows when the pool is exhausted by a burst: each
     * would then wait the pool's whole max-wait (seen as 10 s stalls on a hundred requests on one tranche). Null when
     * the session has no connected write accessor (the pool's transaction-shared connection is then used).
     */
    private static Connection writeConnection(AbstractSession session) {
        AbstractSession current = session;
        while (current instanceof UnitOfWorkImpl unitOfWork) {
            current = unitOfWork.getParent();
        }
        if (current instanceof ClientSession client && client.hasWriteConnection()) {
            Accessor accessor = client.getWriteConnection();
            if (accessor != null && accessor.isConnected()) {
                return accessor.getConnection();
            }
        }
        return null;
    }

    private static DataSource dataSource() throws NamingException {
        return InitialContext.doLookup("java:app/jdbc/levier");
    }

    private static TransactionSynchronizationRegistry registry() {
        if (registry == null && !unavailable) {
            try {
                registry = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException | RuntimeException e) {
                LOG.log(Level.DEBUG, "No JTA registry: programme figures are not tracked here", e);
                unavailable = true;
            }
        }
        return registry;
    }
}
