/**
 * Applicant organisations (companies, research bodies, associations, public bodies) and how people join them.
 * Invariants: an organisation is identified by a SIREN or SIRET that passes its checksum (Luhn, or La Poste's
 * digit-sum rule) or by a foreign registration number; a SIRET's first nine digits are its SIREN; one organisation
 * per SIRET; its first registrant creates it, and others join only by a member's invitation (never by typing its
 * SIRET); an applicant signs in only once its e-mail is confirmed; tokens are stored as SHA-256 only.
 */
package org.levier.applicant;
