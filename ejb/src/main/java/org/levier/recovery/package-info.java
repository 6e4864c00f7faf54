/**
 * Money that comes back: a recovery order (ordre de reversement) asks a beneficiary to pay back a sum unduly paid,
 * with its reason and due date; receipts record what came back. Invariants, under the agreement's PESSIMISTIC_WRITE
 * lock (the lock every money movement of the agreement queues on): the sum ordered never exceeds what was paid, a
 * receipt never exceeds what is outstanding on its order, a receipt is not dated in the future, a bank reference is
 * used once. Received recoveries lower the realised figures (the portfolio component reads them by table).
 */
package org.levier.recovery;
