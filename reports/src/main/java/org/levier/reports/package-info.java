/**
 * JasperReports documents of the fund: templates ({@code .jrxml}, compiled at build time), the projections that feed
 * them and the renderer. Reports read projections (records/beans), never live entities.
 */
package org.levier.reports;
