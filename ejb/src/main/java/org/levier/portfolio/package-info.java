/**
 * Portfolio and leverage: what the fund has committed and paid per axis, action and instrument, and the leverage
 * of its money on the requested, committed and realised bases. Every figure is a database aggregate (GROUP BY),
 * never a sum over loaded entities; every ratio is a ratio of sums, never an average of ratios. The demo portfolio
 * (fictitious, labelled "(démo)") reproduces Dunkerque's committed leverage of 7.68 exactly.
 */
package org.levier.portfolio;
