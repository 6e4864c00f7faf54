/**
 * Equity stakes: the investment (shares, price per share, ownership), valuations over time (date, value, method) and
 * exits (proceeds); the multiple ((value + proceeds) / invested) and the IRR by XIRR over the dated cash flows.
 * Invariants: shares × price equals the amount invested to the cent; the amount invested stays within the
 * agreement's equity commitment; never more shares sold than held; one valuation a day; money never as double
 * (the XIRR solver alone iterates in double and returns a rate rounded to 6 decimals).
 */
package org.levier.equity;
