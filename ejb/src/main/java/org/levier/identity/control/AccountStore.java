package org.levier.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.levier.identity.entity.EmailConfirmation;
import org.levier.identity.entity.User;

/**
 * Stores the accounts and e-mail confirmations that the applicant component's registrations create (a new applicant,
 * an invited colleague); stored here because the accounts are this component's. Each is flushed at once, so that
 * the e-mail's unique index refuses a raced duplicate inside the call. A CDI bean, not an EJB, so that a call is
 * exactly the caller's own {@code persist} and {@code flush}: the same transaction and persistence context, and the
 * {@code PersistenceException} of a duplicate reaches the caller as it is (an EJB would wrap it) for it to answer.
 */
@ApplicationScoped
public class AccountStore {

    @PersistenceContext
    EntityManager em;

    /** Stores a new account (its id is set on return). */
    public void add(User user) {
        em.persist(user);
        em.flush();
    }

    /** Stores a new e-mail confirmation of an account. */
    public void add(EmailConfirmation confirmation) {
        em.persist(confirmation);
        em.flush();
    }
}
