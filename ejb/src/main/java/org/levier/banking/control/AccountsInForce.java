package org.levier.banking.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Which organisations have a verified bank account in force, for the payment component's list of what may be
 * gathered in a batch: one query, nothing locked. In the caller's transaction; the caller checks roles.
 */
@Stateless
@PermitAll
public class AccountsInForce {

    @PersistenceContext
    EntityManager em;

    /** The ids of the organisations with a verified account in force. */
    public Set<Long> organisations() {
        return new HashSet<>(em.createQuery("select b.liveOrganisationId from BankAccount b where"
                        + " b.liveOrganisationId is not null and b.status = org.levier.banking.entity.BankAccountStatus"
                        + ".VERIFIED", Long.class).getResultList());
    }
}
