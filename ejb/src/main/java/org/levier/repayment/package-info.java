/**
 * Repayable advances after the project: the repayment schedule generated from the terms (first due date, number and
 * frequency of instalments) on the advance actually paid, repayments received, the outstanding balance, late
 * instalments flagged by a scheduled check (one node per schedule and day: claimed by a conditional UPDATE), and
 * the failure of the project ("constat d'échec") as a partial or total write-off with its decision.
 * Invariants: instalments sum exactly to the basis (half-even split, remainder cents on the last); repayments and
 * write-offs never exceed the outstanding balance; a schedule changes under PESSIMISTIC_WRITE on its row.
 */
package org.levier.repayment;
