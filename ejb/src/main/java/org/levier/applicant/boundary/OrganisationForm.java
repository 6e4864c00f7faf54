package org.levier.applicant.boundary;

/**
 * The organisation a first registrant creates, as typed.
 *
 * @param siret               a SIRET (14 digits) or a SIREN (9 digits), spaces/dots/dashes allowed; for a French
 *                            organisation (country empty or {@code FR})
 * @param foreignRegistration the registration number of a foreign organisation, with a {@code country} other than FR
 * @param sizeClass           a {@link org.levier.shared.entity.SizeClass} name
 * @param country             ISO 3166-1 alpha-2 code; empty means FR
 */
public record OrganisationForm(String legalName, String legalForm, String siret, String foreignRegistration,
                               String sizeClass, String addressLine, String postalCode, String city, String country) {
}
