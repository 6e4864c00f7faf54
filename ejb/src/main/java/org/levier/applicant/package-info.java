/**
 * Applicant organisations (companies, research bodies, associations, public bodies).
 * Invariants: an organisation is identified by a SIREN or SIRET that passes its checksum (Luhn, or La Poste's
 * digit-sum rule) or by a foreign registration number; a SIRET's first nine digits are its SIREN.
 */
package org.levier.applicant;
