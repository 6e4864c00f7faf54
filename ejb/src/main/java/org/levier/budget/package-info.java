/**
 * Budget control: what a programme and each of its actions have committed (signed agreements), reserved (committee
 * approvals awaiting their agreement) and left of the allotment and envelopes.
 * Invariant: committed + reserved never exceeds the allotment, nor an action's envelope when it has one; both sums
 * are computed from the source rows after the programme row's lock (never kept as a counter that could drift).
 */
package org.levier.budget;
