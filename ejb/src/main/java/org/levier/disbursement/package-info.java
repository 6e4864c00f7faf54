/**
 * Disbursements: money requested against a tranche of an agreement (by an analyst, or by the applicant for its own
 * agreement with evidence), approved by a fund director who is not the requester, then paid (value date, bank
 * reference) or cancelled before payment. Invariants, each checked in the use case under PESSIMISTIC_WRITE on the
 * agreement row (so all money movements of one agreement queue): paid + approved + pending never exceeds the
 * commitment per instrument, nor the tranche's amount per tranche; no request or approval while a condition
 * precedent is unmet; a requester never approves its own request; a repeated Idempotency-Key of the same requester
 * returns the first request and creates nothing.
 */
package org.levier.disbursement;
