/**
 * What every component shares: the {@code Money} value object, UTC instants that survive any JDBC driver,
 * the application clock, the domain exception base and the schema owner (Flyway, run once at start-up).
 */
package org.levier.shared;
