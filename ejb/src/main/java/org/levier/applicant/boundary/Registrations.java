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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.levier.applicant.control.CompanyIdentifiers;
import org.levier.applicant.control.RegistrationMails;
import org.levier.applicant.entity.Invitation;
import org.levier.applicant.entity.Organisation;
import org.levier.audit.boundary.AuditTrail;
import org.levier.identity.control.OneTimeTokens;
import org.levier.identity.control.PasswordHashing;
import org.levier.identity.control.PasswordPolicy;
import org.levier.identity.entity.EmailConfirmation;
import org.levier.identity.entity.User;
import org.levier.notification.boundary.Mails;
import org.levier.shared.boundary.Invocation;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.entity.Role;
import org.levier.shared.entity.SizeClass;

/**
 * Applicant sign-up with e-mail confirmation, and colleagues joining an organisation by invitation.
 *
 * <p><b>Registering</b> checks everything at once (e-mail syntax, password policy, organisation identifier by its
 * checksum, size class, lengths) and reports every violation together ({@code registration.invalid}, fields such as
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

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 200;
    private static final int LOCAL_PART_MAX = 64;
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    @Inject
    Invocation invocation;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Mails mails;

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
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

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
        String email = checkEmail(request.email(), "email", violations);
        String displayName = checkDisplayName(request.displayName(), "displayName", violations);
        checkPassword(request.password(), email, "password", violations);
        String locale = checkLocale(request.locale(), violations);
        CheckedOrganisation organisation = checkOrganisation(request.organisation(), violations);
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
            em.persist(user);
            em.flush();
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
        EmailConfirmation confirmation = findByToken(EmailConfirmation.class, token)
                .filter(found -> found.isUsableAt(now))
                .orElseThrow(() -> tokenInvalid("This confirmation link is unknown, expired or already used"));
        User user = em.find(User.class, confirmation.getUserId(), LockModeType.PESSIMISTIC_WRITE);
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
        if (login == null || login.length() > EMAIL_MAX || !EMAIL.matcher(login).matches()) {
            return;
        }
        Optional<User> found = em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty() || found.get().isEmailConfirmed()) {
            return;
        }
        User user = found.get();
        Instant now = invocation.now();
        em.createQuery("select c from EmailConfirmation c where c.userId = :user and c.usedAt is null",
                        EmailConfirmation.class)
                .setParameter("user", user.getId())
                .getResultList()
                .forEach(open -> open.use(now));
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
        String invitee = checkEmail(email, "email", violations);
        String name = checkDisplayName(displayName, "displayName", violations);
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
                : checkDisplayName(acceptance.displayName(), "displayName", violations);
        checkPassword(acceptance.password(), invitation.getEmail(), "password", violations);
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
            em.persist(user);
            em.flush();
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

    /** The organisation part of a registration once checked. */
    private record CheckedOrganisation(String legalName, String legalForm, String identifier, SizeClass sizeClass,
                                       Organisation.Address address) {
    }

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
        em.persist(new EmailConfirmation(user.getId(), OneTimeTokens.hash(token), now,
                now.plus(Duration.ofHours(confirmationHours))));
        em.flush();
        return token;
    }

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
        return em.createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", User.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    private static RuleViolation tokenInvalid(String message) {
        return new RuleViolation(TOKEN_INVALID, message, List.of(new Violation("token", message)));
    }

    private static String checkEmail(String raw, String field, List<Violation> violations) {
        String email = User.normaliseEmail(raw);
        if (email == null || email.isEmpty()) {
            violations.add(new Violation(field, "An e-mail address is required"));
            return null;
        }
        if (email.length() > EMAIL_MAX) {
            violations.add(new Violation(field, "An e-mail address has at most " + EMAIL_MAX + " characters"));
            return null;
        }
        if (!EMAIL.matcher(email).matches() || email.indexOf('@') > LOCAL_PART_MAX) {
            violations.add(new Violation(field, "This is not a valid e-mail address"));
            return null;
        }
        return email;
    }

    private static String checkDisplayName(String raw, String field, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(new Violation(field, "A name is required"));
            return null;
        }
        String name = raw.strip();
        if (name.length() > DISPLAY_NAME_MAX) {
            violations.add(new Violation(field, "A name has at most " + DISPLAY_NAME_MAX + " characters"));
            return null;
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            violations.add(new Violation(field, "A name cannot contain control characters"));
            return null;
        }
        return name;
    }

    private void checkPassword(String password, String email, String field, List<Violation> violations) {
        passwordPolicy.weaknesses(password, email).forEach(weakness ->
                violations.add(new Violation(field, weakness.message())));
    }

    private static String checkLocale(String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return "fr";
        }
        String locale = raw.strip().toLowerCase(Locale.ROOT);
        if (!locale.equals("fr") && !locale.equals("en")) {
            violations.add(new Violation("locale", "The language is fr or en"));
            return "fr";
        }
        return locale;
    }

    private CheckedOrganisation checkOrganisation(OrganisationForm form, List<Violation> violations) {
        if (form == null) {
            violations.add(new Violation("organisation", "The organisation is required"));
            return null;
        }
        int before = violations.size();
        String legalName = required(form.legalName(), "organisation.legalName", 300, violations);
        String legalForm = optional(form.legalForm(), "organisation.legalForm", 100, violations);
        String addressLine = optional(form.addressLine(), "organisation.addressLine", 300, violations);
        String postalCode = optional(form.postalCode(), "organisation.postalCode", 20, violations);
        String city = optional(form.city(), "organisation.city", 120, violations);
        SizeClass sizeClass = sizeClass(form.sizeClass(), violations);
        String country = "FR";
        if (form.country() != null && !form.country().isBlank()) {
            if (COUNTRY.matcher(form.country().strip()).matches()) {
                country = form.country().strip().toUpperCase(Locale.ROOT);
            } else {
                violations.add(new Violation("organisation.country", "A country is a two-letter ISO code, e.g. FR"));
            }
        }
        String identifier = "FR".equals(country)
                ? frenchIdentifier(form.siret(), violations)
                : foreignIdentifier(form.foreignRegistration(), country, violations);
        if (violations.size() > before) {
            return null;
        }
        return new CheckedOrganisation(legalName, legalForm, identifier, sizeClass,
                new Organisation.Address(addressLine, postalCode, city, country));
    }

    private String frenchIdentifier(String raw, List<Violation> violations) {
        String field = "organisation.siret";
        String number = CompanyIdentifiers.normalise(raw);
        if (number == null || number.isEmpty()) {
            violations.add(new Violation(field, "A SIRET (14 digits) or a SIREN (9 digits) is required; "
                    + "a foreign organisation gives its country and registration number"));
            return null;
        }
        if (number.length() > 30 || !number.matches("\\d+") || number.length() != 14 && number.length() != 9) {
            violations.add(new Violation(field, "A SIRET has 14 digits and a SIREN 9"));
            return null;
        }
        boolean valid = number.length() == 14 ? CompanyIdentifiers.isValidSiret(number)
                : CompanyIdentifiers.isValidSiren(number);
        if (!valid) {
            violations.add(new Violation(field, (number.length() == 14 ? "This SIRET" : "This SIREN")
                    + " does not pass its checksum: check the number"));
            return null;
        }
        String siren = number.length() == 14 ? CompanyIdentifiers.sirenOf(number) : number;
        boolean registered = number.length() == 14
                ? !em.createQuery("select o.id from Organisation o where o.siret = :siret"
                        + " or (o.siret is null and o.siren = :siren)", Long.class)
                .setParameter("siret", number).setParameter("siren", siren).setMaxResults(1).getResultList().isEmpty()
                : !em.createQuery("select o.id from Organisation o where o.siren = :siren", Long.class)
                .setParameter("siren", siren).setMaxResults(1).getResultList().isEmpty();
        if (registered) {
            violations.add(new Violation(field, "This organisation is already registered: ask one of its members "
                    + "to invite you (Levier lets members invite colleagues)"));
            return null;
        }
        return number;
    }

    private String foreignIdentifier(String raw, String country, List<Violation> violations) {
        String field = "organisation.foreignRegistration";
        String number = CompanyIdentifiers.normalise(raw);
        if (number == null || number.isEmpty()) {
            violations.add(new Violation(field,
                    "The registration number is required for an organisation outside France"));
            return null;
        }
        if (number.length() > 60 || number.chars().anyMatch(Character::isISOControl)) {
            violations.add(new Violation(field, "A registration number has at most 60 characters"));
            return null;
        }
        boolean registered = !em.createQuery("select o.id from Organisation o where o.foreignRegistration = :number"
                        + " and o.country = :country", Long.class)
                .setParameter("number", number).setParameter("country", country)
                .setMaxResults(1).getResultList().isEmpty();
        if (registered) {
            violations.add(new Violation(field, "This organisation is already registered: ask one of its members "
                    + "to invite you"));
            return null;
        }
        return number;
    }

    private static SizeClass sizeClass(String raw, List<Violation> violations) {
        String field = "organisation.sizeClass";
        if (raw == null || raw.isBlank()) {
            violations.add(new Violation(field, "The size class is required"));
            return null;
        }
        try {
            return SizeClass.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "Unknown size class; one of " + List.of(SizeClass.values())));
            return null;
        }
    }

    private static String required(String raw, String field, int max, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(new Violation(field, "Required"));
            return null;
        }
        return optional(raw, field, max, violations);
    }

    private static String optional(String raw, String field, int max, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (value.length() > max) {
            violations.add(new Violation(field, "At most " + max + " characters"));
            return null;
        }
        return value;
    }

    private RegistrationMails texts() {
        return new RegistrationMails(publicUrl);
    }
}
