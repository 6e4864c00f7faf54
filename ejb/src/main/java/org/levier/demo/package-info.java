/**
 * The demo ({@code levier.demo=true}): the demonstration accounts and, with {@code levier.demo.portfolio=true}, a
 * labelled synthetic portfolio across every component, so that a fresh run shows a fund at work.
 */
@Seeding("The demo portfolio is the rows of every component (organisations, calls, dossiers, committee sessions, "
        + "agreements, disbursements, progress reports) laid down in one transaction at start-up, with one audit event "
        + "saying so, as years of a fund's work would have left them; the components' use cases would date them today "
        + "and audit each one. It runs only when the demo is switched on.")
package org.levier.demo;

import org.levier.shared.Seeding;
