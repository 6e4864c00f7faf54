package org.levier.applicant.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.applicant.control.RegistrationChecks.CheckedOrganisation;
import org.levier.applicant.control.RegistrationChecks;
import org.levier.applicant.control.RegistrationMails;
import org.levier.applicant.entity.Invitation;
import org.levier.applicant.entity.Organisation;
import org.levier.audit.boundary.AuditTrail;
import org.levier.identity.control.AccountStore;
import org.levier.identity.control.OneTimeTokens;
import org.levier.identity.control.PasswordHashing;
import org.levier.identity.control.UserDirectory;
import org.levier.identity.entity.EmailConfirmation;
import org.levier.identity.entity.User;
import org.levier.notification.boundary.Mails;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;

/**
 * Applicant sign-up with e-mail confirmation, and colleagues joining an organisation by invitation.
 *
 * <p><b>Registering</b> checks everything at once ({@link RegistrationChecks}: e-mail syntax, password policy,
 * organisation identifier by its checksum, size class, lengths) and reports every violation together ({@code registration.invalid}, fields such as
 * {@code email}, {@code password}, {@code organisation.siret}). The first registrant of an organisation creates it
 * and becomes an {@code APPLICANT} of it; its account cannot sign in until its e-mail is confirmed by the token
 * sent to it (valid {@code levier.registration.confirmation-hours}, default 48).
 *
 * <p><b>An e-mail that already has an account is not revealed</b>: the registration is answered exactly as a new
 * one (the password is even hashed, to take the same time), nothing is created, and the owner of the address gets
 * an e-mail saying that someone tried to register with it. {@link Registered} then carries ids 0: callers must show
 * only "check your mailbox", never the ids (the REST answer has none). The alternative, a 409
 * {@code registration.email.taken}, would let anyone test which addresses have accounts.
 *
 * <p><b>Joining an existing organisation</b> is by invitation only: anyone can find a SIRET, so registering with the
 * SIRET of a registered organisation is refused ({@code organisation.siret}: ask a member for an invitation). A
 * member invites a colleague; the invitation token (valid {@code levier.registration.invitation-days}, default 7)
 * lets the colleague choose a password and creates its account, confirmed by construction (the token came by
 * e-mail). All members of an organisation see its dossiers.
 *
 * <p>Tokens are 32 random bytes (base64url), stored only as SHA-256. Every change is audited
 * ({@code registration.created}, {@code email.confirmed}, {@code confirmation.resent},
 * {@code registration.duplicate}, {@code invitation.sent}, {@code invitation.accepted}); never a password or token.
 */
@Stateless
public class Registrations {

    /** RuleViolation key of a refused registration form (all violations listed). */
    public static final String INVALID = "registration.invalid";
    /** RuleViolation key of an unknown, expired or used confirmation or invitation token. */
    public static final String TOKEN_INVALID = "registration.token.invalid";
    /** RuleViolation key of a refused invitation (by a member). */
    public static final String INVITATION_INVALID = "invitation.invalid";


    @Inject
    Invocation invocation;

    @Inject
    UserDirectory directory;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountStore accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Mails mails;

    @Inject
    RegistrationChecks checks;

    @Inject
    @ConfigProperty(name = "levier.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "levier.registration.confirmation-hours", defaultValue = "48")
    long confirmationHours;

    @Inject
    @ConfigProperty(name = "levier.registration.invitation-days", defaultValue = "7")
    long invitationDays;

    private final PasswordHashing hashing = new PasswordHashing();

    /**
     * Signs up an applicant and its organisation; the account waits for e-mail confirmation.
     *
     * @throws RuleViolation {@value #INVALID} with every violation, nothing stored
     */
    @PermitAll
    public Registered register(Registration request) {
        if (request == null) {
            throw new RuleViolation(INVALID, "The registration is empty", List.of(new Violation("request",
                    "required")));
        }
        List<Violation> violations = new ArrayList<>();
        String email = RegistrationChecks.email(request.email(), "email", violations);
        String displayName = RegistrationChecks.displayName(request.displayName(), "displayName", violations);
        checks.password(request.password(), email, "password", violations);
        String locale = RegistrationChecks.locale(request.locale(), violations);
        CheckedOrganisation organisation = checks.organisation(request.organisation(), violations);
        if (!violations.isEmpty()) {
            throw new RuleViolation(INVALID, "The registration is invalid: see violations", violations);
        }
        String passwordHash = hashing.hash(request.password().toCharArray());
        Instant now = invocation.now();
        Optional<User> existing = findUser(email);
        if (existing.isPresent()) {
            return answerTaken(existing.get(), email);
        }
        Organisation created = new Organisation(organisation.legalName(), organisation.legalForm(),
                organisation.identifier(), organisation.sizeClass(), organisation.address(), false, now);
        User user;
        try {
            em.persist(created);
            em.flush();
            user = new User(email, displayName, passwordHash, Set.of(Role.APPLICANT), created.getId(), locale, now);
            accounts.add(user);
        } catch (PersistenceException e) {
            // Two registrations raced for the same e-mail or SIRET: the unique indexes kept one.
            throw new RuleViolation(INVALID, "The registration could not be stored: submit it again",
                    List.of(new Violation("request", "registered meanwhile by someone else: submit again")));
        }
        String token = issueConfirmation(user, now);
        RegistrationMails.Mail mail = texts().confirmation(locale, displayName, created.getLegalName(),
                confirmationHours, token);
        mails.queue(email, mail.subject(), mail.body());
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("email", email);
        changes.put("displayName", displayName);
        changes.put("locale", locale);
        changes.put("organisationId", created.getId());
        changes.put("organisation", created.getLegalName());
        changes.put("siren", created.getSiren());
        changes.put("siret", created.getSiret());
        changes.put("foreignRegistration", created.getForeignRegistration());
        changes.put("sizeClass", created.getSizeClass().name());
        audit.recordAs(email, Role.APPLICANT_NAME, "registration.created", "User", user.getId(),
                "Applicant registered with a new organisation; e-mail confirmation pending", changes);
        return new Registered(user.getId(), email, created.getId());
    }

    /**
     * Confirms an e-mail address with the token of the link; the account may then sign in.
     *
     * @throws RuleViolation {@value #TOKEN_INVALID} when the token is unknown, expired or already used
     */
    @PermitAll
    public void confirm(String token) {
        Instant now = invocation.now();
        EmailConfirmation confirmation = (OneTimeTokens.isPlausible(token)
                ? directory.confirmationLocked(OneTimeTokens.hash(token)) : Optional.<EmailConfirmation>empty())
                .filter(found -> found.isUsableAt(now))
                .orElseThrow(() -> tokenInvalid("This confirmation link is unknown, expired or already used"));
        User user = directory.byIdLocked(confirmation.getUserId()).orElseThrow();
        confirmation.use(now);
        user.confirmEmail();
        audit.recordAs(user.getEmail(), Role.APPLICANT_NAME, "email.confirmed", "User", user.getId(),
                "E-mail address confirmed", Map.of("email", user.getEmail()));
    }

    /**
     * Sends a new confirmation link to an unconfirmed account (earlier links stop working). Silent when the
     * address is unknown, malformed or already confirmed: the caller learns nothing about accounts.
     */
    @PermitAll
    public void resendConfirmation(String email) {
        String login = User.normaliseEmail(email);
        if (!RegistrationChecks.isEmail(login)) {
            return;
        }
        Optional<User> found = directory.byEmailLocked(login);
        if (found.isEmpty() || found.get().isEmailConfirmed()) {
            return;
        }
        User user = found.get();
        Instant now = invocation.now();
        directory.openConfirmations(user.getId()).forEach(open -> open.use(now));
        String token = issueConfirmation(user, now);
        String organisation = Optional.ofNullable(user.getOrganisationId())
                .map(id -> em.find(Organisation.class, id)).map(Organisation::getLegalName).orElse("Levier");
        RegistrationMails.Mail mail = texts().confirmation(user.getLocale(), user.getDisplayName(), organisation,
                confirmationHours, token);
        mails.queue(user.getEmail(), mail.subject(), mail.body());
        audit.recordAs(user.getEmail(), null, "confirmation.resent", "User", user.getId(),
                "E-mail confirmation sent again", Map.of());
    }

    /**
     * The signed-in applicant invites a colleague into its own organisation. Whether the address already has an
     * account is not told to the inviter (the invitee learns it when accepting).
     *
     * @throws RuleViolation {@value #INVITATION_INVALID} for a malformed e-mail or a missing name
     */
    @RolesAllowed(Role.APPLICANT_NAME)
    public void invite(String email, String displayName) {
        List<Violation> violations = new ArrayList<>();
        String invitee = RegistrationChecks.email(email, "email", violations);
        String name = RegistrationChecks.displayName(displayName, "displayName", violations);
        if (!violations.isEmpty()) {
            throw new RuleViolation(INVITATION_INVALID, "The invitation is invalid: see violations", violations);
        }
        String callerEmail = invocation.caller();
        User inviter = findUser(callerEmail)
                .filter(user -> user.hasRole(Role.APPLICANT) && user.getOrganisationId() != null)
                .orElseThrow(() -> new org.levier.shared.control.Forbidden("invitation.forbidden",
                        "Only a member of an organisation may invite colleagues into it"));
        Organisation organisation = em.find(Organisation.class, inviter.getOrganisationId());
        Instant now = invocation.now();
        String token = OneTimeTokens.newToken();
        Invitation invitation = new Invitation(organisation.getId(), invitee, name, inviter.getLocale(),
                inviter.getId(), OneTimeTokens.hash(token), now, now.plus(Duration.ofDays(invitationDays)));
        em.persist(invitation);
        em.flush();
        RegistrationMails.Mail mail = texts().invitation(inviter.getLocale(), inviter.getDisplayName(),
                organisation.getLegalName(), name, invitationDays, token);
        mails.queue(invitee, mail.subject(), mail.body());
        audit.record("invitation.sent", "Invitation", invitation.getId(), "Colleague invited into the organisation",
                Map.of("email", invitee, "displayName", name, "organisationId", organisation.getId()));
    }

    /**
     * Creates the invited colleague's account in the inviting organisation, confirmed (the token came by e-mail).
     *
     * @throws RuleViolation {@value #TOKEN_INVALID} for an unknown, expired or used invitation;
     *                       {@value #INVALID} for a weak password, or when the address already has an account
     */
    @PermitAll
    public Registered acceptInvitation(InvitationAcceptance acceptance) {
        if (acceptance == null) {
            throw tokenInvalid("This invitation is unknown, expired or already accepted");
        }
        Instant now = invocation.now();
        Invitation invitation = findByToken(Invitation.class, acceptance.token())
                .filter(found -> found.isOpenAt(now))
                .orElseThrow(() -> tokenInvalid("This invitation is unknown, expired or already accepted"));
        List<Violation> violations = new ArrayList<>();
        String displayName = acceptance.displayName() == null || acceptance.displayName().isBlank()
                ? invitation.getDisplayName()
                : RegistrationChecks.displayName(acceptance.displayName(), "displayName", violations);
        checks.password(acceptance.password(), invitation.getEmail(), "password", violations);
        if (findUser(invitation.getEmail()).isPresent()) {
            violations.add(new Violation("email", "This address already has an account: sign in instead"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(INVALID, "The invitation cannot be accepted: see violations", violations);
        }
        User user = new User(invitation.getEmail(), displayName, hashing.hash(acceptance.password().toCharArray()),
                Set.of(Role.APPLICANT), invitation.getOrganisationId(), invitation.getLocale(), now);
        user.confirmEmail();
        invitation.accept(now);
        try {
            accounts.add(user);
        } catch (PersistenceException e) {
            throw new RuleViolation(INVALID, "The invitation cannot be accepted: see violations",
                    List.of(new Violation("email", "This address already has an account: sign in instead")));
        }
        audit.recordAs(user.getEmail(), Role.APPLICANT_NAME, "invitation.accepted", "User", user.getId(),
                "Invited colleague joined the organisation",
                Map.of("invitationId", invitation.getId(), "organisationId", invitation.getOrganisationId(),
                        "invitedBy", invitation.getInvitedBy()));
        return new Registered(user.getId(), user.getEmail(), invitation.getOrganisationId());
    }

    // ---------------------------------------------------------------------------------------------------------

    private Registered answerTaken(User owner, String email) {
        RegistrationMails.Mail mail = texts().addressTaken(owner.getLocale(), owner.getDisplayName());
        mails.queue(owner.getEmail(), mail.subject(), mail.body());
        audit.recordAs(email, null, "registration.duplicate", "User", owner.getId(),
                "Registration attempted with an address that has an account; its owner was told by e-mail",
                Map.of());
        return new Registered(0, email, 0);
    }

    private String issueConfirmation(User user, Instant now) {
        String token = OneTimeTokens.newToken();
        accounts.add(new EmailConfirmation(user.getId(), OneTimeTokens.hash(token), now,
                now.plus(Duration.ofHours(confirmationHours))));
        return token;
    }

    /** A link of this component by its token, locked: the applicant's invitations. */
    private <T> Optional<T> findByToken(Class<T> type, String token) {
        if (!OneTimeTokens.isPlausible(token)) {
            return Optional.empty();
        }
        return em.createQuery("select t from " + type.getSimpleName() + " t where t.tokenHash = :hash", type)
                .setParameter("hash", OneTimeTokens.hash(token))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    private Optional<User> findUser(String email) {
        return directory.byEmail(User.normaliseEmail(email));
    }

    private static RuleViolation tokenInvalid(String message) {
        return new RuleViolation(TOKEN_INVALID, message, List.of(new Violation("token", message)));
    }

    private RegistrationMails texts() {
        return new RegistrationMails(publicUrl);
    }
}
