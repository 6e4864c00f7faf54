package org.levier.identity.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.levier.identity.entity.EmailConfirmation;
import org.levier.identity.entity.User;
import org.levier.shared.entity.Role;

/**
 * The accounts as the other components ask about them: who has a role, whom of an organisation to write to and in
 * which language, an account by e-mail or id (locked, when the caller is about to change it) and its open e-mail
 * confirmations (new ones are stored by {@link AccountStore}). In the caller's transaction; the caller checks roles.
 */
@Stateless
@PermitAll
public class UserDirectory {

    /** An enabled account to write to, and its language. */
    public record Recipient(String email, String locale) {
    }

    @PersistenceContext
    EntityManager em;

    /** Of {@code emails} (normalised), those of enabled accounts with the role. */
    public Set<String> enabledWithRole(Collection<String> emails, Role role) {
        return new TreeSet<>(em.createQuery("select u.email from User u join u.roles r"
                        + " where u.email in :emails and r = :role and u.enabled = true", String.class)
                .setParameter("emails", List.copyOf(emails))
                .setParameter("role", role)
                .getResultList());
    }

    /** The enabled accounts of an organisation, in the order they were created. */
    public List<Recipient> enabledOfOrganisation(long organisationId) {
        return em.createQuery("select u.email, u.locale from User u where u.organisationId = :org"
                        + " and u.enabled = true order by u.id", Object[].class)
                .setParameter("org", organisationId).getResultList().stream()
                .map(u -> new Recipient((String) u[0], (String) u[1])).toList();
    }

    /** The language of the account with that (normalised) e-mail. */
    public Optional<String> localeOf(String email) {
        return em.createQuery("select u.locale from User u where u.email = :email", String.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    /** The account with that (normalised) e-mail. */
    public Optional<User> byEmail(String email) {
        return em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", email)
                .getResultStream().findFirst();
    }

    /** The account with that (normalised) e-mail, locked (PESSIMISTIC_WRITE) in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<User> byEmailLocked(String email) {
        return em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", email)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The account, locked (PESSIMISTIC_WRITE) in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<User> byIdLocked(long userId) {
        return Optional.ofNullable(em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The e-mail confirmation with that token's hash, locked (PESSIMISTIC_WRITE) in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<EmailConfirmation> confirmationLocked(String tokenHash) {
        return em.createQuery("select t from EmailConfirmation t where t.tokenHash = :hash", EmailConfirmation.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** The account's confirmations not used yet. */
    public List<EmailConfirmation> openConfirmations(long userId) {
        return em.createQuery("select c from EmailConfirmation c where c.userId = :user and c.usedAt is null",
                        EmailConfirmation.class)
                .setParameter("user", userId)
                .getResultList();
    }
}
