package org.levier.applicant.boundary;

/**
 * What a person types to sign up as an applicant. Every field is a string as typed (even the size class), so that
 * each wrong value is reported by field name, all at once, instead of failing on the first conversion.
 *
 * @param locale {@code fr} (default) or {@code en}: the language of the account and of its e-mails
 */
public record Registration(String email, String password, String displayName, String locale,
                           OrganisationForm organisation) {

    /** Never prints the password (records print every component by default). */
    @Override
    public String toString() {
        return "Registration[email=" + email + ", displayName=" + displayName + ", locale=" + locale
                + ", organisation=" + organisation + "]";
    }
}
