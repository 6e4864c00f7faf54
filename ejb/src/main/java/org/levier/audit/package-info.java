/**
 * The audit trail: every command that changes state, every login, failed login and report download appends an
 * event, hash-chained to the one before it (SHA-256 over a canonical form). Events are only ever inserted,
 * never updated or deleted by the application; {@code AuditTrail.verify()} recomputes the chain and names the first
 * broken sequence number when an event was altered, deleted or the tail cut off.
 */
package org.levier.audit;
