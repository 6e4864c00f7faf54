/**
 * Programmes (funds), their strategic axes and actions, and calls for projects.
 * Invariants: a programme code is unique; axis numbers are unique within a programme and action numbers too
 * (actions are numbered across the programme, each belongs to one axis); an action's envelope, when set, is
 * part of the allotment; a call closes after it opens and its minimum is not above its maximum.
 */
package org.levier.programme;
