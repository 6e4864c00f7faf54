/**
 * Payments leave as files: a fund director gathers approved disbursements whose organisation has a verified bank
 * account in force into a payment batch (the account snapshotted on each line), exports it once as a SEPA credit
 * transfer file (ISO 20022 pain.001.001.09, built with Prowide's model; stored, its SHA-256 audited, never rewritten),
 * then imports the bank's confirmation (a camt.054 debit notification, or lines confirmed by hand). Matched lines are
 * paid through the disbursement component's one pay use case, each in a transaction of its own; unmatched,
 * duplicate or already-paid lines are reported, not applied. A disbursement sits in at most one live batch (a unique
 * key on the live line, taken while its row is locked); cancelling a batch before export frees its disbursements.
 */
package org.levier.payment;
