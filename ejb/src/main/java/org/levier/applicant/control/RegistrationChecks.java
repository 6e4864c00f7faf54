package org.levier.applicant.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.levier.applicant.boundary.OrganisationForm;
import org.levier.applicant.entity.Organisation;
import org.levier.identity.control.PasswordPolicy;
import org.levier.identity.entity.User;
import org.levier.shared.control.RuleViolation.Violation;
import org.levier.shared.entity.SizeClass;

/**
 * The checks of a registration or an invitation form, each adding its violations to one list so that the boundary
 * ({@link org.levier.applicant.boundary.Registrations}) reports them all together: e-mail syntax and length, name,
 * password policy, language, and the organisation (lengths, size class, identifier by its checksum, not registered
 * yet). Queries only, nothing stored.
 */
@Stateless
@PermitAll
public class RegistrationChecks {

    public static final int EMAIL_MAX = 254;
    public static final int DISPLAY_NAME_MAX = 200;
    private static final int LOCAL_PART_MAX = 64;
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    /** The organisation part of a registration once checked. */
    public record CheckedOrganisation(String legalName, String legalForm, String identifier, SizeClass sizeClass,
                                      Organisation.Address address) {
    }

    @PersistenceContext
    EntityManager em;

    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    /** Whether a normalised login is an e-mail address as registration accepts it (no violation recorded). */
    public static boolean isEmail(String login) {
        return login != null && login.length() <= EMAIL_MAX && EMAIL.matcher(login).matches();
    }

    /** The address, normalised; null (and a violation) when it is missing, too long or not an address. */
    public static String email(String raw, String field, List<Violation> violations) {
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

    /** The name, stripped; null (and a violation) when it is missing, too long or holds control characters. */
    public static String displayName(String raw, String field, List<Violation> violations) {
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

    /** Every weakness of the password (the policy's), as violations of {@code field}. */
    public void password(String password, String email, String field, List<Violation> violations) {
        passwordPolicy.weaknesses(password, email).forEach(weakness ->
                violations.add(new Violation(field, weakness.message())));
    }

    /** fr or en; fr when none is given. */
    public static String locale(String raw, List<Violation> violations) {
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

    /**
     * The organisation of a registration: names and address within their lengths, the size class, and a French
     * SIRET or SIREN passing its checksum (a foreign registration number otherwise) that no registered organisation
     * holds yet; null (with the violations) when anything is wrong.
     */
    public CheckedOrganisation organisation(OrganisationForm form, List<Violation> violations) {
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
}
