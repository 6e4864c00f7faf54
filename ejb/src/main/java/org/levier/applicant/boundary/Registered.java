package org.levier.applicant.boundary;

/** A new applicant account, pending e-mail confirmation (or confirmed, when it came from an invitation). */
public record Registered(long userId, String email, long organisationId) {
}
