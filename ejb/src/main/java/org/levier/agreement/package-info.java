/**
 * Funding agreements ("conventions"): the commitment per instrument signed from the committee's decision, its
 * tranche schedule, conditions precedent and versioned, justified amendments.
 * Invariants: a commitment never exceeds the committee's approved amount; the live tranches of an instrument sum
 * exactly to its commitment; an amendment never brings a commitment (or a tranche) below what is paid, approved or
 * pending on it; at signature (and on any increase) the programme's commitments stay within its allotment and the
 * action's within its envelope, checked by database sums under a lock on the programme row.
 */
package org.levier.agreement;
