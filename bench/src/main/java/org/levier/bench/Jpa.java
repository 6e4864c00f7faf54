package org.levier.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.applicant.control.OrganisationNames;
import org.levier.dossier.control.ApplicantOrganisations;

/**
 * The application's persistence unit ({@code levier}, its entities and mappings) opened outside the server, on a
 * plain JDBC URL and resource-local transactions, so the benchmark calls the application's own boundary code (the
 * staff dossier list, the audit verification, the ledger) with the SQL EclipseLink generates for it.
 */
public final class Jpa {

    /**
     * The application's implementation of each interface a boundary injects, as CDI finds it in the server (an
     * interface declared by one component, implemented by another: the benchmark cannot scan the classpath).
     */
    private static final Map<Class<?>, Class<?>> IMPLEMENTATIONS = Map.of(
            ApplicantOrganisations.class, OrganisationNames.class);

    private Jpa() {
    }

    public static EntityManagerFactory open(String url, String user, String password) {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.jdbc.url", url);
        p.put("jakarta.persistence.jdbc.user", user);
        p.put("jakarta.persistence.jdbc.password", password);
        p.put("jakarta.persistence.validation.mode", "NONE");
        p.put("eclipselink.weaving", "false");
        p.put("eclipselink.logging.logger", SqlCapture.class.getName());
        p.put("eclipselink.logging.level", "SEVERE");
        p.put("eclipselink.logging.level.sql", "FINE");
        p.put("eclipselink.logging.parameters", "true");
        p.put("eclipselink.connection-pool.default.initial", "1");
        p.put("eclipselink.connection-pool.default.min", "1");
        p.put("eclipselink.connection-pool.default.max", "1");
        return Persistence.createEntityManagerFactory("levier", p);
    }

    /**
     * A boundary or control bean of the application wired as the container would for the benchmark: its {@code em}
     * field set, an injected {@link Clock} the system's (UTC), and every injected bean of the application
     * ({@code org.levier.*} class with a no-argument constructor, e.g. {@code AuditTrail}'s {@code ChainVerifier})
     * created the same way, recursively, and for an injected interface its implementation
     * ({@link #IMPLEMENTATIONS}); a {@code @ConfigProperty} is absent when optional, else its declared default
     * (strings). Other injections (session context, events) stay unset.
     */
    public static <T> T bean(Class<T> type, EntityManager em) {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T bean = constructor.newInstance();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Object value = injected(field, em);
                    if (value != null) {
                        field.setAccessible(true);
                        field.set(bean, value);
                    }
                }
            }
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set up " + type.getName(), e);
        }
    }

    private static Object injected(Field field, EntityManager em) {
        Class<?> type = field.getType();
        if (field.isAnnotationPresent(PersistenceContext.class) || type == EntityManager.class) {
            return em;
        }
        if (!field.isAnnotationPresent(Inject.class)) {
            return null;
        }
        if (type == Clock.class) {
            return Clock.systemUTC();
        }
        ConfigProperty config = field.getAnnotation(ConfigProperty.class);
        if (config != null) {
            // No configuration in the benchmark: optional settings absent (e.g. the audit seal key: seals off),
            // others at their declared default.
            if (type == java.util.Optional.class) {
                return java.util.Optional.empty();
            }
            return type == String.class && !ConfigProperty.UNCONFIGURED_VALUE.equals(config.defaultValue())
                    ? config.defaultValue() : null;
        }
        if (IMPLEMENTATIONS.containsKey(type)) {
            return bean(IMPLEMENTATIONS.get(type), em);
        }
        if (type.getName().startsWith("org.levier.") && !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers()) && hasNoArgumentConstructor(type)) {
            return bean(type, em);
        }
        return null;
    }

    private static boolean hasNoArgumentConstructor(Class<?> type) {
        try {
            type.getDeclaredConstructor();
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
